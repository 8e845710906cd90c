package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/** A method returning {@code float}; its parameters check the argument slots too. */
@LivePatch(id = "kind-float", description = "another float")
public final class FloatReturnPatch {

    private FloatReturnPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.PrimitiveTarget", method = "floatValue")
    public static float floatValue(float f, double d) {
        return f + (float) d;
    }
}
