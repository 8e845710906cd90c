package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/** A varargs method: the replacement takes the array. */
@LivePatch(id = "kind-varargs", description = "join with dashes")
public final class VarargsPatch {

    private VarargsPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.VarargsTarget", method = "join")
    public static String join(String... parts) {
        return "patched " + String.join("-", parts);
    }
}
