package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;
import io.jlivepatch.it.fixture.FinalTarget;

/** A final method. */
@LivePatch(id = "kind-final", description = "fix the final method")
public final class FinalPatch {

    private FinalPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.FinalTarget", method = "fixed")
    public static String fixed(FinalTarget self) {
        return "final patched";
    }
}
