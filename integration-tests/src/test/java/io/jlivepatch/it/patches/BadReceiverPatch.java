package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/** Replaces an instance method but forgets the receiver parameter. */
@LivePatch(id = "bad-receiver", description = "must be refused")
public final class BadReceiverPatch {

    private BadReceiverPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.InstanceTarget", method = "describe", descriptor = "(I)Ljava/lang/String;")
    public static String describe(int count) {
        return "patched x" + count;
    }
}
