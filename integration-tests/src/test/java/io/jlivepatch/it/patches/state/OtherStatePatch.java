package io.jlivepatch.it.patches.state;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/** A patch of LogLevel that declares no state: not cumulative, touches no state. */
@LivePatch(id = "other-fix", description = "not cumulative, touches no state", replace = false)
public final class OtherStatePatch {

    private OtherStatePatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.LogLevel", method = "describe")
    public static String describe() {
        return "other-fix";
    }
}
