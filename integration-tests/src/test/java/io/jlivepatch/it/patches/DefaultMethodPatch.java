package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;
import io.jlivepatch.it.fixture.DefaultTarget;

/** An interface default method, called on a class that inherits it. */
@LivePatch(id = "kind-default", description = "greet by default another way")
public final class DefaultMethodPatch {

    private DefaultMethodPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.DefaultTarget", method = "greeting")
    public static String greeting(DefaultTarget self) {
        return "patched default greeting";
    }
}
