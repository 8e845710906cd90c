package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;
import io.jlivepatch.it.fixture.InstanceTarget;

/** An instance method: the receiver comes first. */
@LivePatch(id = "kind-instance", description = "describe with the receiver's state")
public final class InstancePatch {

    private InstancePatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.InstanceTarget", method = "describe")
    public static String describe(InstanceTarget self, int count) {
        return "patched " + self.label() + " x" + count;
    }
}
