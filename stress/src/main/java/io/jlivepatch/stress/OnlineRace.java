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
 * A thread leaving a quiescent region and entering a read section, racing a grace period with the
 * {@link Barrier#HANDSHAKE} barrier, which skips offline threads, as the scan does.
 *
 * <p>Orders the reader's volatile store of {@code offline = false} in {@link Epoch#goOnline}
 * before its acquire load of the epoch in {@link Epoch#enter}; partner: the writer's volatile
 * epoch store in {@link Epoch#advance} and the full fence after it, before its volatile reads of
 * {@code offline} in the barrier and the scan (a Dekker pair). A writer that still sees the reader
 * offline, and so neither handshakes nor waits for it, must have advanced before the reader loaded
 * the epoch; the reader then announces the new epoch and reads the new data. Forbids {@code 0, 0}:
 * the reader read the old data, yet the scan passed.
 */
@JCStressTest
@Outcome(id = "1, 0", expect = ACCEPTABLE, desc = "read NEW: the section began after the publication; the scan passes")
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "read NEW; the scan saw an older announcement and waits anyway (conservative)")
@Outcome(id = "0, 1", expect = ACCEPTABLE, desc = "read OLD; the scan saw the reader online in an older epoch and waits for it")
@Outcome(id = "0, 0", expect = FORBIDDEN, desc = "read OLD, yet the scan passed: it skipped a reader that had come online")
@Outcome(id = {"2, 0", "2, 1", "3, 0", "3, 1"}, expect = ACCEPTABLE_INTERESTING,
        desc = "inconclusive: the writer did not scan within a second, so the reader left its section")
@State
public class OnlineRace extends PublicationRace {

    public OnlineRace() {
        Epoch.setVolatileAnnouncements(false);
    }

    @Actor
    public void reader(II_Result r) {
        ThreadRecord offline = Epoch.goOffline("OnlineRace");
        Epoch.goOnline(offline);
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
