package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/** One of two patches with one id in the same jar: the jar must be refused whole. */
@LivePatch(id = "twin", description = "first twin")
public final class TwinFirstPatch {

    private TwinFirstPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.DuplicateTarget", method = "first")
    public static String first() {
        return "first twin";
    }
}
