package io.jlivepatch.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import io.jlivepatch.trampoline.TransformGate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * A class transform racing a load's registration of targets ({@link TransformGate}): the load
 * registers, then closes the phase and looks once whether a transform of it is still in flight
 * (a wait with no time left); the transform enters, reads the targets, and is still running (its
 * class not defined yet) at the end of the round.
 *
 * <p>Orders, in the transform, its increment of the phase's counter (and second read of the
 * phase) before its read of the targets; partner: the load's registration (a volatile store),
 * then its flip of the phase, then its read of the closed phase's counter. All sequentially
 * consistent. Forbids {@code 1, 0}: the load found no transform in flight while one that read
 * the targets from before the registration was running; the load would look for loaded classes
 * and miss the class that transform defines.
 *
 * <p>{@code r1}: 1 the load found the closed phase empty. {@code r2}: 1 the transform read the
 * registered target.
 *
 * <p>Quick mode, 2-core x86: 0 forbidden in about 10 million rounds. Negative control (not
 * committed): with the transform reading the targets before it enters, {@code 1, 0} came up 2,126
 * to 18,245 times per fork (0.04 to 0.23 %).
 */
@JCStressTest
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "the transform entered after the flip and read the target")
@Outcome(id = "0, 1", expect = ACCEPTABLE, desc = "the load saw the transform, which read the target anyway")
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "the load saw the transform in flight and would wait for it")
@Outcome(id = "1, 0", expect = FORBIDDEN, desc = "a transform with stale targets was missed")
@State
public class TransformGateRace {

    private final TransformGate gate = new TransformGate();
    private volatile int registered;

    @Actor
    public void load(II_Result r) {
        registered = 1;
        r.r1 = gate.awaitEarlier(0, TimeUnit.NANOSECONDS) ? 1 : 0;
    }

    @Actor
    public void transform(II_Result r) {
        gate.enter();
        r.r2 = registered;
    }
}
