package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.PrePatch;
import io.jlivepatch.api.Redirect;

/**
 * Patches both classes of a deployment; the pre-patch callback of {@code RedeployTarget}'s object
 * calls its deployment's {@code RedeployNested.value} for the first time, on the thread that
 * links {@code RedeployTarget}: that slot's link is deferred (relink).
 */
@LivePatch(id = "redeploy-nested", description = "a callback that first calls another class of its deployment")
public final class RedeployNestedPatch {

    private RedeployNestedPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.redeploy.RedeployTarget", method = "value")
    public static String value() {
        return "v2";
    }

    @Redirect(type = "io.jlivepatch.it.fixture.redeploy.RedeployNested", method = "value")
    public static String nested() {
        return "n2";
    }

    @PrePatch
    public static void prePatch(Class<?> object) throws Exception {
        if (object.getSimpleName().equals("RedeployTarget")) {
            Class<?> n = Class.forName(object.getPackageName() + ".RedeployNested", true, object.getClassLoader());
            n.getMethod("value").invoke(null);
        }
    }
}
