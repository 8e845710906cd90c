package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/** A second patch of {@code RedeployPair.b}, loaded after others ({@code RedeployIT}). */
@LivePatch(id = "pair-b2", description = "b again")
public final class PairB2Patch {

    private PairB2Patch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.redeploy.RedeployPair", method = "b")
    public static String b() {
        return "bz";
    }
}
