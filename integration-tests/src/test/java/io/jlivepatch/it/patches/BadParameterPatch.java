package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/** The target exists as named, but the replacement takes an Integer where it takes a String. */
@LivePatch(id = "bad-parameter", description = "must be refused")
public final class BadParameterPatch {

    private BadParameterPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.StaticTarget", method = "greet", descriptor = "(Ljava/lang/String;)Ljava/lang/String;")
    public static String greet(Integer name) {
        return "patched " + name;
    }
}
