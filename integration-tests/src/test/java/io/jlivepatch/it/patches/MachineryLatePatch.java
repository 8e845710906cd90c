package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.PostPatch;
import io.jlivepatch.api.PrePatch;
import io.jlivepatch.api.Redirect;
import io.jlivepatch.it.fixture.LateTarget;

/**
 * A class that loads after its patch, for {@code RefusalListIT}'s trace: its first call links
 * through the agent's linker, which defines the replacement and runs the callbacks. Replacement
 * and callbacks call no JDK method, so that what the trace sees there is the agent's.
 */
@LivePatch(id = "machinery-late", description = "a late class, calling no JDK method")
public final class MachineryLatePatch {

    private MachineryLatePatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.LateTarget", method = "get")
    public static String get(LateTarget self) {
        return "late patched";
    }

    @PrePatch
    public static void prePatch() {
        // Nothing: the linker's running of it is what is traced.
    }

    @PostPatch
    public static void postPatch() {
        // As above.
    }
}
