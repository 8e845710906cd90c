package io.jlivepatch.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

import io.jlivepatch.bootstrap.Epoch;
import io.jlivepatch.bootstrap.ThreadRecord;
import io.jlivepatch.epoch.GracePeriodProbe;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * The negative control: an opaque announcement, as with the barriers, but a writer that runs
 * <em>no</em> barrier between its epoch advance and its scan. Nothing orders the reader's
 * announcement store before its data load (x86 reorders a store with a later load), so the
 * outcome the other tests forbid is expected here, and is marked interesting rather than
 * forbidden so that it does not fail the run: seeing it proves the harness can see the reordering
 * the barriers exist to prevent (DESIGN §4 saw it 206 times in 2 M rounds of a litmus test).
 *
 * <p>It is also what a switch from opaque to volatile announcements at run time would run into,
 * unless one more grace period with a barrier follows the switch: a reader that read the mode as
 * opaque, against a writer that already skips the barrier.
 */
@JCStressTest
@Outcome(id = "1, 0", expect = ACCEPTABLE, desc = "read NEW: the section began after the publication; the scan passes")
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "read NEW; the scan saw an older announcement and waits anyway (conservative)")
@Outcome(id = "0, 1", expect = ACCEPTABLE, desc = "read OLD; the scan sees the section in an older epoch and waits for it")
@Outcome(id = "0, 0", expect = ACCEPTABLE_INTERESTING,
        desc = "read OLD, yet the scan passed: the store-load reordering that the barriers forbid elsewhere")
@Outcome(id = {"2, 0", "2, 1", "3, 0", "3, 1"}, expect = ACCEPTABLE_INTERESTING,
        desc = "inconclusive: the writer did not scan within a second, so the reader left its section")
@State
public class AnnounceNoBarrierRace extends PublicationRace {

    public AnnounceNoBarrierRace() {
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
        r.r2 = scanned(GracePeriodProbe.wouldWait(null));
    }
}
