package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;
import io.jlivepatch.it.fixture.BridgeTarget;

/**
 * The real method behind a bridge: the fixture calls through {@code Function#apply(Object)}, so the
 * call goes through the bridge javac emitted and must still reach the replacement.
 */
@LivePatch(id = "kind-bridge", description = "count differently")
public final class BridgePatch {

    private BridgePatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.BridgeTarget", method = "apply")
    public static Integer apply(BridgeTarget self, String s) {
        return 100 + s.length();
    }
}
