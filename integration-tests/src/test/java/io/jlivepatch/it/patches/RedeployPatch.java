package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/** The fix of {@code RedeployTarget.value}, for every copy a redeploy defines. */
@LivePatch(id = "redeploy-fix", description = "fix every deployed copy")
public final class RedeployPatch {

    private RedeployPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.redeploy.RedeployTarget", method = "value")
    public static String value() {
        return "v2";
    }
}
