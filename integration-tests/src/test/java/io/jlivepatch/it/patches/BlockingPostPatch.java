package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.PostPatch;
import io.jlivepatch.api.Redirect;
import io.jlivepatch.it.fixture.Blocker;

/** A patch whose post-patch callback, which runs under the patch lock at the completion, waits until the test says. */
@LivePatch(id = "blocking-postpatch", description = "holds the patch lock in its post-patch callback")
public final class BlockingPostPatch {

    private BlockingPostPatch() {
    }

    /** A class the fixture has loaded: callbacks run per loaded target class. */
    @Redirect(type = "io.jlivepatch.it.fixture.CallbackTarget", method = "value")
    public static String value() {
        return "post-blocking";
    }

    @PostPatch
    public static void postPatch() {
        Blocker.await("callback");
    }
}
