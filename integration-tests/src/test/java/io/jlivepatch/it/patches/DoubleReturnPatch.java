package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/** A method returning {@code double}; its parameters check the argument slots too. */
@LivePatch(id = "kind-double", description = "another double")
public final class DoubleReturnPatch {

    private DoubleReturnPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.PrimitiveTarget", method = "doubleValue")
    public static double doubleValue(double d, long l) {
        return d + l;
    }
}
