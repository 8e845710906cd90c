package io.jlivepatch.epoch;

import io.jlivepatch.bootstrap.Epoch;
import io.jlivepatch.bootstrap.ThreadRecord;

/**
 * The first look of a grace period, for jcstress actors that must not wait: the first step of
 * {@link EpochDomain#synchronize()} itself ({@code EpochDomain.begin}: advance, snapshot, fence,
 * barrier), then one scan.
 *
 * <p>It lives in {@code io.jlivepatch.epoch} of the stress module only to reach the
 * package-private {@code EpochDomain.begin} and {@link Barrier#await}: the agent's classes and
 * this one are loaded by the same (application) class loader in a jcstress fork, so they share
 * the runtime package.
 */
public final class GracePeriodProbe {

    private GracePeriodProbe() {
    }

    /** The target epoch of a grace period and the records it waits for. */
    public record Look(long target, ThreadRecord[] records) {
    }

    /** {@code synchronize()}'s first step, {@code EpochDomain.begin}. */
    public static Look begin(Barrier barrier) {
        EpochDomain.Snapshot s = EpochDomain.begin(barrier);
        return new Look(s.target(), s.records());
    }

    /**
     * The grace period for the epoch that this call advances to, up to its first scan: whether
     * {@code synchronize()} would wait for some record rather than pass at once.
     *
     * @param barrier the barrier to run, or {@code null} for none (the negative control)
     */
    public static boolean wouldWait(Barrier barrier) {
        EpochDomain.Snapshot s = EpochDomain.begin(barrier);
        for (ThreadRecord r : s.records()) {
            if (EpochDomain.inOlderEpoch(r, s.target())) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code EpochDomain.inOlderEpoch} over an announcement read earlier, without the liveness and
     * offline checks, which never matter to the registration race: its reader is a live jcstress
     * actor, online.
     */
    public static boolean inOlderEpoch(long announced, long target) {
        return announced != Epoch.IDLE && announced < target;
    }
}
