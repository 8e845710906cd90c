package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/** A method returning {@code long}; its parameters check the argument slots too. */
@LivePatch(id = "kind-long", description = "another long")
public final class LongReturnPatch {

    private LongReturnPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.PrimitiveTarget", method = "longValue")
    public static long longValue(long a, int b) {
        return a * b;
    }
}
