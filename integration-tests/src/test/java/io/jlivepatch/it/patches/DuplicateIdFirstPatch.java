package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/** The first of two patches with one id; loaded first, it applies. */
@LivePatch(id = "duplicate", description = "first of the id")
public final class DuplicateIdFirstPatch {

    private DuplicateIdFirstPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.DuplicateTarget", method = "first")
    public static String first() {
        return "first patched";
    }
}
