package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/** A patch of the method with room for a trampoline only (TooLargeIT). */
@LivePatch(id = "small-fix", description = "a patch of the small method beside a too large one")
public final class SmallPatch {

    private SmallPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.BigTarget", method = "small")
    public static String small() {
        return "small2";
    }
}
