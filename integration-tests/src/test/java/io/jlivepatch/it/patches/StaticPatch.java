package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/** A static method. */
@LivePatch(id = "kind-static", description = "greet another way")
public final class StaticPatch {

    private StaticPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.StaticTarget", method = "greet")
    public static String greet(String name) {
        return "patched " + name;
    }
}
