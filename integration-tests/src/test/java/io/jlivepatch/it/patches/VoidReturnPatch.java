package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;
import io.jlivepatch.it.fixture.PrimitiveTarget;

/** A void method: the fixture reads the side effect back. */
@LivePatch(id = "kind-void", description = "record another way")
public final class VoidReturnPatch {

    private VoidReturnPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.PrimitiveTarget", method = "record")
    public static void record(String what) {
        PrimitiveTarget.note("patched " + what);
    }
}
