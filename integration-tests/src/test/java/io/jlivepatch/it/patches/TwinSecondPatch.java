package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/** The other of two patches with one id in the same jar. */
@LivePatch(id = "twin", description = "second twin")
public final class TwinSecondPatch {

    private TwinSecondPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.DuplicateTarget", method = "second")
    public static String second() {
        return "second twin";
    }
}
