package io.jlivepatch.it.patches.state;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/** A patch of LogLevel that declares no state: cumulative, without the console log level state. */
@LivePatch(id = "drop-state", description = "cumulative, without the console log level state", replace = true)
public final class DropStatePatch {

    private DropStatePatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.LogLevel", method = "describe")
    public static String describe() {
        return "drop-state";
    }
}
