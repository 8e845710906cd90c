package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/** A patch of a method with no room left for a trampoline, and of a method beside it (TooLargeIT). */
@LivePatch(id = "big-fix", description = "a patch of a method that is too large to instrument")
public final class BigPatch {

    private BigPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.BigTarget", method = "value")
    public static String value() {
        return "big2";
    }

    @Redirect(type = "io.jlivepatch.it.fixture.BigTarget", method = "small")
    public static String small() {
        return "small2";
    }
}
