package io.jlivepatch.it.patches.authoring;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/** A static counter in a patch of a class deployed in two loaders. */
@LivePatch(id = "redeploy-count", description = "review 5")
public final class RedeployCountFix {
    private static int calls;

    private RedeployCountFix() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.redeploy.RedeployTarget", method = "value")
    public static String value() {
        return "v2#" + (++calls);
    }
}
