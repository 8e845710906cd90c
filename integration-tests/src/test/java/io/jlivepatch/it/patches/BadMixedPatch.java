package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/** One good target and one missing: all or nothing, so the good one must stay unpatched. */
@LivePatch(id = "bad-mixed", description = "must be refused")
public final class BadMixedPatch {

    private BadMixedPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.MixedTarget", method = "value")
    public static String value() {
        return "mixed patched";
    }

    @Redirect(type = "io.jlivepatch.it.fixture.MixedTarget", method = "noSuchValue")
    public static String noSuchValue() {
        return "never";
    }
}
