package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/** A method returning {@code short}; its parameters check the argument slots too. */
@LivePatch(id = "kind-short", description = "another short")
public final class ShortReturnPatch {

    private ShortReturnPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.PrimitiveTarget", method = "shortValue")
    public static short shortValue(short s) {
        return (short) (s * 3);
    }
}
