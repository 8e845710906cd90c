package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/** The second of two patches with one id: the id is taken, so loading it is refused. */
@LivePatch(id = "duplicate", description = "second of the id")
public final class DuplicateIdSecondPatch {

    private DuplicateIdSecondPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.DuplicateTarget", method = "second")
    public static String second() {
        return "second patched";
    }
}
