package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.PostUnpatch;
import io.jlivepatch.api.PrePatch;
import io.jlivepatch.api.Redirect;
import io.jlivepatch.it.fixture.LivenessTarget;
import io.jlivepatch.it.fixture.PairTarget;

/**
 * {@link PairPatch} and {@link LivenessPatch} in one patch that names its own not-watching policy,
 * {@code original}, over the agent's: the per-patch override of DESIGN §5. Answers as they do:
 * {@code o2:i2}, and {@code alive} until its {@code @PostUnpatch} ran, {@code reclaimed} after.
 */
@LivePatch(id = "original-policy", description = "the pair and the liveness check, policy original",
        notWatching = "original")
public final class OriginalPolicyPatch {

    private static volatile boolean alive;

    private OriginalPolicyPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.PairTarget", method = "outer")
    public static String outer() {
        String head = "o2:";
        PairTarget.pause();
        return head + PairTarget.inner();
    }

    @Redirect(type = "io.jlivepatch.it.fixture.PairTarget", method = "inner")
    public static String inner() {
        return "i2";
    }

    @Redirect(type = "io.jlivepatch.it.fixture.LivenessTarget", method = "value")
    public static String value() {
        LivenessTarget.work();
        return alive ? "alive" : "reclaimed";
    }

    @PrePatch
    public static void prePatch() {
        alive = true;
    }

    @PostUnpatch
    public static void postUnpatch() {
        alive = false;
    }
}
