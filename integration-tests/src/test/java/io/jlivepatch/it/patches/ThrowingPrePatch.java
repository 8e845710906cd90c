package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.PrePatch;
import io.jlivepatch.api.Redirect;

/** A pre-patch callback that throws: the patch is refused with the exception named. */
@LivePatch(id = "throwing", description = "throws in its pre-patch callback")
public final class ThrowingPrePatch {

    private ThrowingPrePatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.CallbackTarget", method = "value")
    public static String value() {
        return "thrown-but-running";
    }

    @PrePatch
    public static void prePatch() {
        throw new IllegalStateException("not today");
    }
}
