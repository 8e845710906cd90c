package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;
import io.jlivepatch.it.fixture.InstanceTarget;

/** A constructor: the object would be left uninitialised. */
@LivePatch(id = "refused-constructor", description = "must be refused")
public final class RefusedConstructorPatch {

    private RefusedConstructorPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.InstanceTarget", method = "<init>", descriptor = "(Ljava/lang/String;)V")
    public static void init(InstanceTarget self, String label) {
    }
}
