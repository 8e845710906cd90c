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
 * Opaque announcement against a grace period with the {@link Barrier#SAFEPOINT} barrier (JDK 17's
 * default): one global safepoint between the writer's epoch advance and its scan, a
 * {@code ThreadDump} of the barrier's own idle thread ({@code Thread.getStackTrace()} before JDK
 * 19, {@code ThreadMXBean.getThreadInfo} with a depth of 1 from JDK 19).
 *
 * <p>Orders the reader's announcement (opaque store in {@link Epoch#enter}) before its read of the
 * data, as seen by the writer: the partner is the safepoint in {@code Barrier.SAFEPOINT.await},
 * which serialises every Java thread, so the announcement is either visible to the scan or made
 * after the safepoint, and then the data read sees the publication. Forbids {@code 0, 0}: the
 * reader read the old data while the scan found it IDLE (or in the new epoch) and passed.
 */
@JCStressTest
@Outcome(id = "1, 0", expect = ACCEPTABLE, desc = "read NEW: the section began after the publication; the scan passes")
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "read NEW; the scan saw an older announcement and waits anyway (conservative)")
@Outcome(id = "0, 1", expect = ACCEPTABLE, desc = "read OLD; the scan sees the section in an older epoch and waits for it")
@Outcome(id = "0, 0", expect = FORBIDDEN, desc = "read OLD, yet the scan passed: reclamation would free what the reader still uses")
@Outcome(id = {"2, 0", "2, 1", "3, 0", "3, 1"}, expect = ACCEPTABLE_INTERESTING,
        desc = "inconclusive: the writer did not scan within a second, so the reader left its section")
@State
public class AnnounceSafepointRace extends PublicationRace {

    public AnnounceSafepointRace() {
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
        r.r2 = scanned(GracePeriodProbe.wouldWait(Barrier.SAFEPOINT));
    }
}
