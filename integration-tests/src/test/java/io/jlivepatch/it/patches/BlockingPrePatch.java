package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.PrePatch;
import io.jlivepatch.api.Redirect;
import io.jlivepatch.it.fixture.Blocker;

/** A patch whose pre-patch callback, which runs under the patch lock, waits until the test says. */
@LivePatch(id = "blocking-prepatch", description = "holds the patch lock in its pre-patch callback")
public final class BlockingPrePatch {

    private BlockingPrePatch() {
    }

    /** A class the fixture has loaded: pre-patch callbacks run per loaded target class. */
    @Redirect(type = "io.jlivepatch.it.fixture.CallbackTarget", method = "value")
    public static String value() {
        return "blocking";
    }

    @PrePatch
    public static void prePatch() {
        Blocker.await("callback");
    }
}
