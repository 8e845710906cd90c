package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;
import io.jlivepatch.it.fixture.PrivateTarget;

/** A private method, reached through a public one that stays as it is. */
@LivePatch(id = "kind-private", description = "tell another secret")
public final class PrivatePatch {

    private PrivatePatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.PrivateTarget", method = "secret")
    public static String secret(PrivateTarget self, int level) {
        return "patched-secret-" + level;
    }
}
