package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/** A second patch of RedeployTarget.value (issue 14's second review). */
@LivePatch(id = "redeploy-v3", description = "v3")
public final class RedeployV3Patch {

    private RedeployV3Patch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.redeploy.RedeployTarget", method = "value")
    public static String value() {
        return "v3";
    }
}
