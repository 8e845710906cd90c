package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/** A good patch, packed in one jar with {@link BadMissingMethodPatch}: the jar as a whole must be refused. */
@LivePatch(id = "mixed-good", description = "good, but in a bad jar")
public final class MixedGoodPatch {

    private MixedGoodPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.MixedTarget", method = "value")
    public static String value() {
        return "mixed patched";
    }
}
