package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;
import io.jlivepatch.it.fixture.BigTarget;

/** A versioned pair whose inner method has no room for a trampoline . */
@LivePatch(id = "big-pair-fix", description = "outer and a too large inner, one patch")
public final class BigPairPatch {

    private BigPairPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.BigTarget", method = "pair")
    public static String pair() {
        return "o2:" + BigTarget.value();
    }

    @Redirect(type = "io.jlivepatch.it.fixture.BigTarget", method = "value")
    public static String value() {
        return "i2";
    }
}
