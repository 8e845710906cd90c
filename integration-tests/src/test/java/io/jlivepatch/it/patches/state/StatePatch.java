package io.jlivepatch.it.patches.state;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.PostPatch;
import io.jlivepatch.api.PostUnpatch;
import io.jlivepatch.api.PreUnpatch;
import io.jlivepatch.api.PrePatch;
import io.jlivepatch.api.Redirect;
import io.jlivepatch.api.State;

/** The kernel's {@code test_klp_state.c}: cumulative, console log level state version 1. */
@LivePatch(id = StatePatch.MODULE, description = "console log level state, version 1", replace = true,
        states = @State(id = LogLevelCallbacks.CONSOLE_LOGLEVEL_STATE, version = 1))
public final class StatePatch {

    static final String MODULE = "test-klp-state";

    private StatePatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.LogLevel", method = "describe")
    public static String describe() {
        return MODULE + " at level " + io.jlivepatch.it.fixture.LogLevel.console;
    }

    @PrePatch
    public static boolean prePatch(Class<?> object) {
        LogLevelCallbacks.log(MODULE, "pre_patch_callback: " + object.getSimpleName());
        return LogLevelCallbacks.allocate(MODULE, false);
    }

    @PostPatch
    public static void postPatch(Class<?> object) {
        LogLevelCallbacks.log(MODULE, "post_patch_callback: " + object.getSimpleName());
        LogLevelCallbacks.fix(MODULE, false);
    }

    @PreUnpatch
    public static void preUnpatch(Class<?> object) {
        LogLevelCallbacks.log(MODULE, "pre_unpatch_callback: " + object.getSimpleName());
        LogLevelCallbacks.restore(MODULE, false);
    }

    @PostUnpatch
    public static void postUnpatch(Class<?> object) {
        LogLevelCallbacks.log(MODULE, "post_unpatch_callback: " + object.getSimpleName());
        LogLevelCallbacks.free(MODULE, false);
    }
}
