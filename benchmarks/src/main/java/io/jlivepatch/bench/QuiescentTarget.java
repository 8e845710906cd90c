package io.jlivepatch.bench;

import io.jlivepatch.api.Quiescent;
import io.jlivepatch.bootstrap.Epoch;
import java.util.concurrent.CountDownLatch;

/**
 * Quiescent regions for {@link QuiescentBenchmark}: {@link #region} and its twin {@link #plain}
 * differ only in the annotation, so the agent's offline and online stores are all that tells
 * them apart.
 */
public final class QuiescentTarget {

    private QuiescentTarget() {
    }

    @Quiescent
    public static int region(int v) {
        return v * 0x9E3779B1 ^ (v >>> 15);
    }

    public static int plain(int v) {
        return v * 0x9E3779B1 ^ (v >>> 15);
    }

    /** Whether the agent made the annotated methods regions: the thread is offline inside. */
    @Quiescent
    public static boolean offlineInside() {
        return Epoch.recordOf(Thread.currentThread()).offlineVolatile();
    }

    /** A long blocking wait, offline: until {@code release} opens. */
    @Quiescent
    public static void idle(CountDownLatch started, CountDownLatch release) throws InterruptedException {
        started.countDown();
        release.await();
    }
}
