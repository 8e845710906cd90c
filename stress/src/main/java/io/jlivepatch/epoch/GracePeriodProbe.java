package io.jlivepatch.epoch;

import io.jlivepatch.bootstrap.Epoch;
import io.jlivepatch.bootstrap.ThreadRecord;

/**
 * The first look of a grace period, cut out of {@link EpochDomain#synchronize()} so that a
 * jcstress actor can run it without waiting: advance, snapshot, barrier, and one scan.
 *
 * <p>It lives in {@code io.jlivepatch.epoch} of the stress module only to reach the
 * package-private {@link Barrier#await}: the agent's classes and this one are loaded by the same
 * (application) class loader in a jcstress fork, so they share the runtime package. Each step is
 * the one {@code synchronize()} takes, with the same access modes; keep them in step.
 */
public final class GracePeriodProbe {

    private GracePeriodProbe() {
    }

    /** {@code synchronize()}'s barrier step over {@code records}. */
    public static void await(Barrier barrier, ThreadRecord[] records) {
        barrier.await(records);
    }

    /**
     * The grace period for the epoch that this call advances to, up to its first scan: whether
     * {@code synchronize()} would wait for some record rather than pass at once.
     *
     * @param barrier the barrier to run, or {@code null} for none (the negative control)
     */
    public static boolean wouldWait(Barrier barrier) {
        long target = Epoch.advance();
        ThreadRecord[] records = Epoch.records();
        if (barrier != null) {
            barrier.await(records);
        }
        for (ThreadRecord r : records) {
            if (inOlderEpoch(r.announcedAcquire(), target)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code EpochDomain.inOlderEpoch} without its liveness check, which never matters here:
     * every reader of these tests is a live jcstress actor.
     */
    public static boolean inOlderEpoch(long announced, long target) {
        return announced != Epoch.IDLE && announced < target;
    }
}
