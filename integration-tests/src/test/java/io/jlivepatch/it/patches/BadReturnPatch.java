package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/** The target exists as named, but the replacement returns Object where it returns String. */
@LivePatch(id = "bad-return", description = "must be refused")
public final class BadReturnPatch {

    private BadReturnPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.StaticTarget", method = "greet", descriptor = "(Ljava/lang/String;)Ljava/lang/String;")
    public static Object greet(String name) {
        return "patched " + name;
    }
}
