package io.jlivepatch.control;

import io.jlivepatch.core.PatchManager;
import io.jlivepatch.core.PatchStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * How the control plane writes what the core answers: the one place each line format is made,
 * for the CLI and JMX alike.
 */
final class Listing {

    private Listing() {
    }

    /**
     * {@code list}: per patch {@code <id> <enabled|disabled>[ replace][ forced][ (patching:
     * 3/4 threads switched)][ (<what waits>)][ "<description>"]}, then its targets indented,
     * {@code <class.method(descriptor)> <state>[ (<n> classes)]}.
     */
    static List<String> patches(List<PatchStatus> patches) {
        List<String> lines = new ArrayList<>();
        for (PatchStatus p : patches) {
            lines.add(p.id() + " " + (p.enabled() ? "enabled" : "disabled")
                    + (p.replace() ? " replace" : "")
                    + (p.forced() ? " forced" : "")
                    + (p.transition() != null ? " (" + p.transition() + ")" : "")
                    + (p.waiting() != null ? " (" + p.waiting() + ")" : "")
                    + (p.description().isEmpty() ? "" : " \"" + p.description() + "\""));
            for (PatchStatus.Target t : p.targets()) {
                lines.add("  " + t.method() + " " + t.state() + (t.classes() > 1 ? " (" + t.classes() + " classes)" : ""));
            }
        }
        return lines;
    }

    /** {@code list} as the CLI prints it: the patches, or a line saying there are none, then the barrier. */
    static List<String> list(PatchManager manager) {
        List<String> lines = patches(manager.list());
        if (lines.isEmpty()) {
            lines.add("no patches loaded");
        }
        lines.add("grace periods: " + manager.barrier() + " barrier");
        return lines;
    }

    /** What {@code load} answers: a line per patch. */
    static List<String> loaded(List<PatchManager.Loaded> loaded) {
        List<String> lines = new ArrayList<>();
        for (PatchManager.Loaded p : loaded) {
            lines.add("loaded patch '" + p.id() + "' (" + p.functions() + " function" + (p.functions() == 1 ? "" : "s")
                    + "), enabled");
        }
        return lines;
    }
}
