package io.jlivepatch.it.patches.state;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.PostPatch;
import io.jlivepatch.api.PostUnpatch;
import io.jlivepatch.api.PreUnpatch;
import io.jlivepatch.api.PrePatch;
import io.jlivepatch.api.Redirect;
import io.jlivepatch.api.State;

/** The kernel's {@code test_klp_state3.c}: cumulative, console log level state version 2. */
@LivePatch(id = State3Patch.MODULE, description = "console log level state, version 2", replace = true,
        states = @State(id = LogLevelCallbacks.CONSOLE_LOGLEVEL_STATE, version = 2))
public final class State3Patch {

    static final String MODULE = "test-klp-state3";

    private State3Patch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.LogLevel", method = "describe")
    public static String describe() {
        return MODULE + " at level " + io.jlivepatch.it.fixture.LogLevel.console;
    }

    @PrePatch
    public static boolean prePatch(Class<?> object) {
        LogLevelCallbacks.log(MODULE, "pre_patch_callback: " + object.getSimpleName());
        return LogLevelCallbacks.allocate(MODULE, true);
    }

    @PostPatch
    public static void postPatch(Class<?> object) {
        LogLevelCallbacks.log(MODULE, "post_patch_callback: " + object.getSimpleName());
        LogLevelCallbacks.fix(MODULE, true);
    }

    @PreUnpatch
    public static void preUnpatch(Class<?> object) {
        LogLevelCallbacks.log(MODULE, "pre_unpatch_callback: " + object.getSimpleName());
        LogLevelCallbacks.restore(MODULE, true);
    }

    @PostUnpatch
    public static void postUnpatch(Class<?> object) {
        LogLevelCallbacks.log(MODULE, "post_unpatch_callback: " + object.getSimpleName());
        LogLevelCallbacks.free(MODULE, true);
    }
}
