package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;
import io.jlivepatch.it.fixture.LateTarget;

/** Patches a class before it is loaded: the target stays pending until it is. */
@LivePatch(id = "late", description = "patch a class that comes late")
public final class LatePatch {

    private LatePatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.LateTarget", method = "get")
    public static String get(LateTarget self) {
        return "late patched";
    }
}
