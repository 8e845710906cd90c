package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/** A static method of an interface. */
@LivePatch(id = "kind-interface-static", description = "another motto")
public final class InterfaceStaticPatch {

    private InterfaceStaticPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.DefaultTarget", method = "motto")
    public static String motto() {
        return "patched interface static";
    }
}
