package io.jlivepatch.bench;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;
import java.util.concurrent.CountDownLatch;

/**
 * Redirects {@link TransitionTarget}'s methods like {@link StablePatch} does {@link StableTarget}'s;
 * its transition stays open (see {@link TransitionTarget#hold}), so the trampolines run the
 * transition path.
 */
@LivePatch(id = TransitionPatch.ID, description = "benchmark: trampolines in transition")
public final class TransitionPatch {

    static final String ID = "bench-transition";

    private TransitionPatch() {
    }

    @Redirect(type = "io.jlivepatch.bench.TransitionTarget", method = "mix")
    public static int mix(TransitionTarget self, int v) {
        int h = (v ^ self.salt) * 0x85EBCA6B;
        return h ^ (h >>> 13);
    }

    @Redirect(type = "io.jlivepatch.bench.TransitionTarget", method = "mixStatic")
    public static int mixStatic(int v, int salt) {
        int h = (v ^ salt) * 0x85EBCA6B;
        return h ^ (h >>> 13);
    }

    @Redirect(type = "io.jlivepatch.bench.TransitionTarget", method = "hold")
    public static void hold(CountDownLatch arrived) throws InterruptedException {
        TransitionTarget.hold(arrived);
    }
}
