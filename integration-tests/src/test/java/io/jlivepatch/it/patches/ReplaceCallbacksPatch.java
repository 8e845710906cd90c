package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.PostPatch;
import io.jlivepatch.api.PostUnpatch;
import io.jlivepatch.api.PreUnpatch;
import io.jlivepatch.api.PrePatch;
import io.jlivepatch.api.Redirect;
import io.jlivepatch.it.fixture.CallbackTarget;

/** A cumulative patch with callbacks of its own, replacing {@link CallbacksPatch}. */
@LivePatch(id = "replace-callbacks", description = "replaces the callbacks patch", replace = true)
public final class ReplaceCallbacksPatch {

    private ReplaceCallbacksPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.CallbackTarget", method = "value")
    public static String value() {
        return "replaced";
    }

    @PrePatch
    public static void prePatch() {
        CallbackTarget.record("replace pre-patch");
    }

    @PostPatch
    public static void postPatch() {
        CallbackTarget.record("replace post-patch");
    }

    @PreUnpatch
    public static void preUnpatch() {
        CallbackTarget.record("replace pre-unpatch");
    }

    @PostUnpatch
    public static void postUnpatch() {
        CallbackTarget.record("replace post-unpatch");
    }
}
