package io.jlivepatch.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import io.jlivepatch.bootstrap.Epoch;
import io.jlivepatch.bootstrap.ThreadRecord;
import io.jlivepatch.epoch.Barrier;
import io.jlivepatch.epoch.GracePeriodProbe;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Opaque announcement against a grace period with the {@link Barrier#HANDSHAKE} barrier (the default
 * on JDK 19+): a {@code Thread#getStackTrace()} of each registered online thread, between the
 * writer's epoch advance and its scan. Before JDK 19 the barrier is one safepoint, and so it is
 * when more records than {@code Barrier.MAX_HANDSHAKES} are online in the fork (then this test
 * runs what {@link AnnounceSafepointRace} does); the real per-thread handshake is exercised only
 * when the jar runs on JDK 19+.
 *
 * <p>Orders the reader's announcement (opaque store in {@link Epoch#enter}) before its read of the
 * data, as seen by the writer: the partner is the handshake in {@code Barrier.HANDSHAKE.await},
 * which the reader's thread (RUNNABLE, spinning or reading) must process at a poll. Forbids
 * {@code 0, 0}: the reader read the old data while the scan found it IDLE and passed.
 */
@JCStressTest
@Outcome(id = "1, 0", expect = ACCEPTABLE, desc = "read NEW: the section began after the publication; the scan passes")
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "read NEW; the scan saw an older announcement and waits anyway (conservative)")
@Outcome(id = "0, 1", expect = ACCEPTABLE, desc = "read OLD; the scan sees the section in an older epoch and waits for it")
@Outcome(id = "0, 0", expect = FORBIDDEN, desc = "read OLD, yet the scan passed: reclamation would free what the reader still uses")
@Outcome(id = {"2, 0", "2, 1", "3, 0", "3, 1"}, expect = ACCEPTABLE_INTERESTING,
        desc = "inconclusive: the writer did not scan within a second, so the reader left its section")
@State
public class AnnounceHandshakeRace extends PublicationRace {

    public AnnounceHandshakeRace() {
        Epoch.setVolatileAnnouncements(false);
    }

    @Actor
    public void reader(II_Result r) {
        ThreadRecord record = Epoch.enter();
        r.r1 = holdUntilScanned(data);
        Epoch.exit(record);
    }

    @Actor
    public void writer(II_Result r) {
        publish();
        r.r2 = scanned(GracePeriodProbe.wouldWait(Barrier.HANDSHAKE));
    }
}
