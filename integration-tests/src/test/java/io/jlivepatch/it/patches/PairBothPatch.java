package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/** Review 3: redirects RedeployPair.a and .b together. */
@LivePatch(id = "pair-both", description = "a and b together")
public final class PairBothPatch {

    private PairBothPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.redeploy.RedeployPair", method = "a")
    public static String a() {
        return "a2";
    }

    @Redirect(type = "io.jlivepatch.it.fixture.redeploy.RedeployPair", method = "b")
    public static String b() {
        return "b2";
    }
}
