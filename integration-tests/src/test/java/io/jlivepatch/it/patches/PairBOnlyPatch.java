package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/** RedeployPair.b only (issue 14's second review: a load that re-arms b). */
@LivePatch(id = "pair-b-only", description = "b only")
public final class PairBOnlyPatch {

    private PairBOnlyPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.redeploy.RedeployPair", method = "b")
    public static String b() {
        return "bq";
    }
}
