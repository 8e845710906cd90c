package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.PostUnpatch;
import io.jlivepatch.api.PreUnpatch;
import io.jlivepatch.api.Redirect;
import io.jlivepatch.it.fixture.CallbackTarget;
import io.jlivepatch.it.fixture.GraceTarget;
import io.jlivepatch.it.fixture.TwoGates;

/** The three methods of {@link GraceTarget}, and unpatch callbacks that record themselves. */
@LivePatch(id = "grace", description = "holds grace periods")
public final class GracePatch {

    private GracePatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.GraceTarget", method = "hold")
    public static String hold() {
        GraceTarget.pause();
        return "h2";
    }

    @Redirect(type = "io.jlivepatch.it.fixture.GraceTarget", method = "work")
    public static String work() {
        return TwoGates.pauseHere() ? "w2:" + GraceTarget.tail() : "w2";
    }

    @Redirect(type = "io.jlivepatch.it.fixture.GraceTarget", method = "tail")
    public static String tail() {
        return "t2";
    }

    @PreUnpatch
    public static void preUnpatch() {
        CallbackTarget.record("pre-unpatch");
    }

    @PostUnpatch
    public static void postUnpatch() {
        CallbackTarget.record("post-unpatch");
    }
}
