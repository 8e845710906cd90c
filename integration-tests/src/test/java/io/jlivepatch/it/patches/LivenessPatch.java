package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.PostUnpatch;
import io.jlivepatch.api.PrePatch;
import io.jlivepatch.api.Redirect;
import io.jlivepatch.it.fixture.LivenessTarget;

/**
 * A patch whose reclamation clears a flag its code checks: {@code @PrePatch} sets it,
 * {@code @PostUnpatch} (run once the patch is off every stack and a grace period has passed)
 * clears it, and the replacement answers {@code reclaimed} if it runs with the flag clear.
 */
@LivePatch(id = "liveness", description = "checks it is not reclaimed")
public final class LivenessPatch {

    private static volatile boolean alive;

    private LivenessPatch() {
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
