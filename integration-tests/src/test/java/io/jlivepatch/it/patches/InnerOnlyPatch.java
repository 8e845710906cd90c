package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/** Replaces the pair's {@code inner} alone, stacked on {@link PairPatch}: {@code o2:i3} over it. */
@LivePatch(id = "inner-only", description = "the inner half of the pair")
public final class InnerOnlyPatch {

    private InnerOnlyPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.PairTarget", method = "inner")
    public static String inner() {
        return "i3";
    }
}
