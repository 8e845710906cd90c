package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/** A method returning {@code boolean}; its parameters check the argument slots too. */
@LivePatch(id = "kind-boolean", description = "another boolean")
public final class BooleanReturnPatch {

    private BooleanReturnPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.PrimitiveTarget", method = "booleanValue")
    public static boolean booleanValue(int n) {
        return n < 0;
    }
}
