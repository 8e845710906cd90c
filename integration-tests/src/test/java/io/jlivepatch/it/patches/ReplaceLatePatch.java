package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;
import io.jlivepatch.it.fixture.LateInner;
import io.jlivepatch.it.fixture.LateOuter;

/**
 * A cumulative patch of {@link LatePairPatch}'s classes that changes outer and hold, not inner:
 * inner, whose class loads late, gets a nop entry and returns to its original ({@code o3:i1}).
 */
@LivePatch(id = "replace-late", description = "replaces late-pair, inner back to its original", replace = true)
public final class ReplaceLatePatch {

    private ReplaceLatePatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.LateOuter", method = "outer")
    public static String outer() {
        return "o3:" + LateInner.inner();
    }

    @Redirect(type = "io.jlivepatch.it.fixture.LateOuter", method = "hold")
    public static String hold() {
        LateOuter.pause();
        return "h3";
    }
}
