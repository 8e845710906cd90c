package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;
import io.jlivepatch.it.fixture.PairTarget;

/**
 * A cumulative patch of the pair's {@code outer} alone: enabled, it replaces every patch before
 * it, and {@code inner}, which only those changed, returns to its original: {@code o3:i1}.
 */
@LivePatch(id = "replace-outer", description = "the outer half, replacing every patch before it", replace = true)
public final class ReplaceOuterPatch {

    private ReplaceOuterPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.PairTarget", method = "outer")
    public static String outer() {
        String head = "o3:";
        PairTarget.pause();
        return head + PairTarget.inner();
    }
}
