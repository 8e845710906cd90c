package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.PostUnpatch;
import io.jlivepatch.api.PrePatch;
import io.jlivepatch.api.Redirect;
import io.jlivepatch.it.fixture.CallbackTarget;

/** A pre-patch callback that refuses: the patch must not be applied, and post-unpatch not run. */
@LivePatch(id = "refusing", description = "refuses in its pre-patch callback")
public final class RefusingPrePatch {

    private RefusingPrePatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.CallbackTarget", method = "value")
    public static String value() {
        return "refused-but-running";
    }

    @PrePatch
    public static boolean prePatch() {
        CallbackTarget.record("refusing-pre-patch");
        return false;
    }

    @PostUnpatch
    public static void postUnpatch() {
        CallbackTarget.record("refusing-post-unpatch");
    }
}
