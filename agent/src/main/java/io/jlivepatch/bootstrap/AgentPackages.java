package io.jlivepatch.bootstrap;

import java.util.List;

/**
 * The agent's own packages: the one list of them. Never patched, skipped where a stack walk
 * looks for the application's frames, never given quiescent regions. A test lists the packages
 * of the agent jar and checks that each is here.
 */
public final class AgentPackages {

    /** Every package of the agent jar, shaded dependencies included, as prefixes {@code a.b.}. */
    public static final List<String> ALL = List.of(
            "io.jlivepatch.agent.", "io.jlivepatch.bootstrap.", "io.jlivepatch.build.", "io.jlivepatch.cli.", "io.jlivepatch.control.",
            "io.jlivepatch.core.", "io.jlivepatch.epoch.", "io.jlivepatch.internal.", "io.jlivepatch.log.", "io.jlivepatch.patch.",
            "io.jlivepatch.quiescent.", "io.jlivepatch.trampoline.", "io.jlivepatch.transition.",
            "io.jlivepatch.shaded.", "io.jlivepatch.api.");

    private AgentPackages() {
    }

    /** Whether the class of binary name {@code className} belongs to the agent (or its api). */
    public static boolean contains(String className) {
        for (String p : ALL) {
            if (className.startsWith(p)) {
                return true;
            }
        }
        return false;
    }
}
