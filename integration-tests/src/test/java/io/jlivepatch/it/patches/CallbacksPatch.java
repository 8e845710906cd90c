package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.PostPatch;
import io.jlivepatch.api.PostUnpatch;
import io.jlivepatch.api.PreUnpatch;
import io.jlivepatch.api.PrePatch;
import io.jlivepatch.api.Redirect;
import io.jlivepatch.it.fixture.CallbackTarget;

/** Every callback, each recording itself in the target's event log. */
@LivePatch(id = "callbacks", description = "records its callbacks")
public final class CallbacksPatch {

    private CallbacksPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.CallbackTarget", method = "value")
    public static String value() {
        return "patched";
    }

    @PrePatch
    public static void prePatch() {
        CallbackTarget.record("pre-patch");
    }

    @PostPatch
    public static void postPatch() {
        CallbackTarget.record("post-patch");
    }

    @PreUnpatch
    public static void preUnpatch() {
        CallbackTarget.record("pre-unpatch");
    }

    @PostUnpatch
    public static void postUnpatch() {
        CallbackTarget.record("post-unpatch");
    }
}
