package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;
import io.jlivepatch.it.fixture.Gate;
import io.jlivepatch.it.fixture.copies.CopiedPair;

/** Both halves of {@link CopiedPair}, in every loader's copy: {@code o2:i2}. */
@LivePatch(id = "copied-pair", description = "both halves of the copied pair")
public final class CopiedPairPatch {

    private CopiedPairPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.copies.CopiedPair", method = "outer")
    public static String outer() {
        String head = "o2:";
        Gate.block();
        return head + CopiedPair.inner();
    }

    @Redirect(type = "io.jlivepatch.it.fixture.copies.CopiedPair", method = "inner")
    public static String inner() {
        return "i2";
    }
}
