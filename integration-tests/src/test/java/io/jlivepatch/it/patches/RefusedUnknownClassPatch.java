package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/**
 * A target class neither loaded nor on the class path, named without a descriptor: its method's
 * descriptor cannot be derived, so a load is refused (and check says so: review 13c F5).
 */
@LivePatch(id = "refused-unknown-class", description = "must be refused")
public final class RefusedUnknownClassPatch {

    private RefusedUnknownClassPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.NoSuchClass", method = "value")
    public static int value() {
        return 0;
    }
}
