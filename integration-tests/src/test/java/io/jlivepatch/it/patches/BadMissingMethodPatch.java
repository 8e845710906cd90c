package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/** Names a method the target class does not have. */
@LivePatch(id = "bad-missing-method", description = "must be refused")
public final class BadMissingMethodPatch {

    private BadMissingMethodPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.StaticTarget", method = "greetLoudly")
    public static String greetLoudly(String name) {
        return name;
    }
}
