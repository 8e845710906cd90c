package io.jlivepatch.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import io.jlivepatch.bootstrap.PatchLock;
import io.jlivepatch.bootstrap.PinProbe;
import io.jlivepatch.bootstrap.ThreadRecord;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * The {@code trylock} policy's pin against the core taking the patch lock ({@link PatchLock}):
 * while a pinned section runs, nothing may change patches, as if it held the lock.
 *
 * <p>Orders, in the pinning thread, the read of the mutex (free), the compare-and-set of the
 * pin, and a second read of the mutex (else it lets go); partner: the core's acquisition of the
 * mutex (a compare-and-set of its state) before its read of the pin, after which it waits for
 * the pin to go. All volatile or compare-and-set: a Dekker pair, sequentially consistent.
 * Forbids {@code 1, 1}: the pinning thread held its pin while the core was inside its locked
 * section.
 *
 * <p>{@code r1}: 1 the pin was taken, 0 not (the mutex or the pin was held: the policy then runs
 * the call as {@code original} does). {@code r2}: 1 the pinning thread saw the core inside its
 * section while it held the pin.
 *
 * <p>Quick mode, 2-core x86: 0 forbidden in about 10 million rounds. Negative control (not
 * committed): without the second read of the mutex in {@code PatchLock.tryPin}, the pinning
 * thread can read the mutex free, the core lock it and read no pin, and the pin go in after: the
 * forbidden outcome came up 2 to 55 times per fork (quick mode).
 */
@JCStressTest
@Outcome(id = "1, 0", expect = ACCEPTABLE, desc = "pinned, and the core was not in its section meanwhile")
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "not pinned: the mutex or another pin was held")
@Outcome(id = "1, 1", expect = FORBIDDEN, desc = "pinned while the core was inside its locked section")
@State
public class PinRace {

    /** Whether the core is inside its locked section; set and cleared under the lock. */
    private volatile boolean coreInside;

    @Actor
    public void core() {
        PatchLock lock = PatchLock.get();
        lock.lock("PinRace core");
        try {
            coreInside = true;
            Thread.onSpinWait();
            coreInside = false;
        } finally {
            lock.unlock();
        }
    }

    @Actor
    public void pinner(II_Result r) {
        ThreadRecord pinned = PinProbe.tryPin();
        if (pinned == null) {
            return;
        }
        r.r1 = 1;
        r.r2 = coreInside ? 1 : 0;
        PinProbe.unpin(pinned);
    }
}
