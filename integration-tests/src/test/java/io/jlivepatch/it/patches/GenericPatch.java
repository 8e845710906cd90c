package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/** A generic method, matched by its erasure. */
@LivePatch(id = "kind-generic", description = "take the minimum instead")
public final class GenericPatch {

    private GenericPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.GenericTarget", method = "max")
    public static <T extends Comparable<T>> T max(T a, T b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
