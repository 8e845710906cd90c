package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/** Review 3: makes RedeployPair.a a target before the patch of both loads. */
@LivePatch(id = "pair-a", description = "a only")
public final class PairAPatch {

    private PairAPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.redeploy.RedeployPair", method = "a")
    public static String a() {
        return "aq";
    }
}
