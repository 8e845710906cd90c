package io.jlivepatch.bench;

import java.util.concurrent.CountDownLatch;

/**
 * {@link StableTarget}'s twin whose patch, {@link TransitionPatch}, never completes its
 * transition: a thread stays inside {@link #hold()}, a changing method, so every call of
 * {@link #mix} and {@link #mixStatic} takes the trampoline's transition path.
 */
public final class TransitionTarget {

    /** Package-private, so that the patch class may read it. */
    int salt;

    /** Opened never: the holder thread stays inside {@link #hold()} until the fork ends. */
    static final CountDownLatch NEVER = new CountDownLatch(1);

    public TransitionTarget(int salt) {
        this.salt = salt;
    }

    public int mix(int v) {
        int h = (v ^ salt) * 0x9E3779B1;
        return h ^ (h >>> 15);
    }

    public static int mixStatic(int v, int salt) {
        int h = (v ^ salt) * 0x9E3779B1;
        return h ^ (h >>> 15);
    }

    /** Where the holder thread waits, keeping the transition of its patch open. */
    public static void hold(CountDownLatch arrived) throws InterruptedException {
        arrived.countDown();
        NEVER.await();
    }
}
