package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;
import io.jlivepatch.it.fixture.PairTarget;

/**
 * The pair for {@code RefusalListIT}'s trace, under the agent's not-watching policy: {@code o2:i2},
 * calling no JDK method: the tracer counts what a trampoline's method handle runs as the agent's
 * machinery, the replacement included.
 */
@LivePatch(id = "machinery-pair", description = "the pair, calling no JDK method")
public final class MachineryPairPatch {

    private MachineryPairPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.PairTarget", method = "outer")
    public static String outer() {
        // By identity: String.equals would be a JDK call. Literals are interned.
        return PairTarget.inner() == "i2" ? "o2:i2" : "o2:i1";
    }

    @Redirect(type = "io.jlivepatch.it.fixture.PairTarget", method = "inner")
    public static String inner() {
        return "i2";
    }
}
