package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;
import io.jlivepatch.it.fixture.PairTarget;

/**
 * Replaces both methods of the pair again, stacked on {@link PairPatch}: {@code o3:i3}. Its
 * {@code outer} calls {@code PairTarget.inner()}, whichever version is on top for the thread.
 */
@LivePatch(id = "pair-bis", description = "both halves of the pair, again")
public final class PairBisPatch {

    private PairBisPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.PairTarget", method = "outer")
    public static String outer() {
        String head = "o3:";
        PairTarget.pause();
        return head + PairTarget.inner();
    }

    @Redirect(type = "io.jlivepatch.it.fixture.PairTarget", method = "inner")
    public static String inner() {
        return "i3";
    }
}
