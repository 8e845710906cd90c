package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/** Review 4: redirects SweepLoop.outer and .inner together. */
@LivePatch(id = "sweep-loop", description = "outer and inner together")
public final class SweepLoopPatch {

    private SweepLoopPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.redeploy.SweepLoop", method = "outer")
    public static String outer() {
        return "outer2";
    }

    @Redirect(type = "io.jlivepatch.it.fixture.redeploy.SweepLoop", method = "inner")
    public static String inner() {
        return "i2";
    }
}
