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
 * Nested read sections: the reader enters twice, leaves the inner section, and only then reads the
 * data, still inside the outer one; the writer runs a grace period with the {@link
 * Barrier#HANDSHAKE} barrier (opaque announcements).
 *
 * <p>Orders the outer entry's announcement before the data read, across an inner entry and exit:
 * the inner exit must leave the announcement alone (only the outermost exit stores IDLE, with
 * release). Partner: the handshake and the writer's acquire load of the announcement in its scan.
 * Forbids {@code 0, 0}: the reader, inside its outer section, read the old data while the scan
 * found it IDLE and passed, which is what an inner exit that cleared the announcement would show.
 */
@JCStressTest
@Outcome(id = "1, 0", expect = ACCEPTABLE, desc = "read NEW: the section began after the publication; the scan passes")
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "read NEW; the scan saw an older announcement and waits anyway (conservative)")
@Outcome(id = "0, 1", expect = ACCEPTABLE, desc = "read OLD; the scan sees the outer section in an older epoch and waits for it")
@Outcome(id = "0, 0", expect = FORBIDDEN,
        desc = "read OLD inside the outer section, yet the scan passed: the inner exit cleared the announcement")
@Outcome(id = {"2, 0", "2, 1", "3, 0", "3, 1"}, expect = ACCEPTABLE_INTERESTING,
        desc = "inconclusive: the writer did not scan within a second, so the reader left its section")
@State
public class NestedAnnounceRace extends PublicationRace {

    public NestedAnnounceRace() {
        Epoch.setVolatileAnnouncements(false);
    }

    @Actor
    public void reader(II_Result r) {
        ThreadRecord outer = Epoch.enter();
        ThreadRecord inner = Epoch.enter();
        Epoch.exit(inner);
        r.r1 = holdUntilScanned(data);
        Epoch.exit(outer);
    }

    @Actor
    public void writer(II_Result r) {
        publish();
        r.r2 = scanned(GracePeriodProbe.wouldWait(Barrier.HANDSHAKE));
    }
}
