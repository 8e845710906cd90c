package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;
import io.jlivepatch.it.fixture.PairTarget;

/** Replaces both methods of the pair: {@code o2:i2}, where the original answers {@code o1:i1}. */
@LivePatch(id = "pair", description = "both halves of the pair")
public final class PairPatch {

    private PairPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.PairTarget", method = "outer")
    public static String outer() {
        String head = "o2:";
        PairTarget.pause();
        return head + PairTarget.inner();
    }

    @Redirect(type = "io.jlivepatch.it.fixture.PairTarget", method = "inner")
    public static String inner() {
        return "i2";
    }
}
