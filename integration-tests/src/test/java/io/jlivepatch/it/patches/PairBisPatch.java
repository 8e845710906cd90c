package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;
import io.jlivepatch.it.fixture.PairTarget;

/** Replaces both methods of the pair again, stacked on {@link PairPatch} or alone: {@code o3:i3}. */
@LivePatch(id = "pair-bis", description = "the pair again")
public final class PairBisPatch {

    private PairBisPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.PairTarget", method = "outer")
    public static String outer() {
        PairTarget.pause();
        return "o3:" + PairTarget.inner();
    }

    @Redirect(type = "io.jlivepatch.it.fixture.PairTarget", method = "inner")
    public static String inner() {
        return "i3";
    }
}
