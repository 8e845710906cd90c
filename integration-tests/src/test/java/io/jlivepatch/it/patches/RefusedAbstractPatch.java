package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;
import io.jlivepatch.it.fixture.Shape;

/** An abstract method has no body to put a trampoline in. */
@LivePatch(id = "refused-abstract", description = "must be refused")
public final class RefusedAbstractPatch {

    private RefusedAbstractPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.Shape", method = "area")
    public static double area(Shape self) {
        return -1;
    }
}
