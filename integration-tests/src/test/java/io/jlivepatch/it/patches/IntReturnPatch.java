package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/** A method returning {@code int}; its parameters check the argument slots too. */
@LivePatch(id = "kind-int", description = "another int")
public final class IntReturnPatch {

    private IntReturnPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.PrimitiveTarget", method = "intValue")
    public static int intValue(int a, long b) {
        return a + (int) b;
    }
}
