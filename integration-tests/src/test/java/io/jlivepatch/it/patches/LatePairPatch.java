package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;
import io.jlivepatch.it.fixture.LateInner;
import io.jlivepatch.it.fixture.LateOuter;
import io.jlivepatch.it.fixture.TwoGates;

/** The pair of {@link LateOuter} and {@link LateInner}, whose callee loads late: {@code o2:i2}. */
@LivePatch(id = "late-pair", description = "a pair whose callee loads late")
public final class LatePairPatch {

    private LatePairPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.LateOuter", method = "outer")
    public static String outer() {
        String head = "o2:";
        TwoGates.pauseHere();
        return head + LateInner.inner();
    }

    @Redirect(type = "io.jlivepatch.it.fixture.LateOuter", method = "hold")
    public static String hold() {
        LateOuter.pause();
        return "h2";
    }

    @Redirect(type = "io.jlivepatch.it.fixture.LateInner", method = "inner")
    public static String inner() {
        return "i2";
    }
}
