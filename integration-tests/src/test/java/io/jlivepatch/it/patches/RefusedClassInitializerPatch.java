package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/** A class initialiser: it has run already and never runs again. */
@LivePatch(id = "refused-clinit", description = "must be refused")
public final class RefusedClassInitializerPatch {

    private RefusedClassInitializerPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.StaticTarget", method = "<clinit>", descriptor = "()V")
    public static void clinit() {
    }
}
