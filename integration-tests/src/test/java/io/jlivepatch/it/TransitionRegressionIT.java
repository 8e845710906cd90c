package io.jlivepatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jlivepatch.it.patches.PairPatch;
import io.jlivepatch.it.support.Cli;
import io.jlivepatch.it.support.ControlClient;
import io.jlivepatch.it.support.PatchJars;
import io.jlivepatch.it.support.TargetJvm;
import io.jlivepatch.it.support.ThreadDumps;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression tests of the transition machinery: a bug {@link ConsistencyStress} found, and one that
 * the test for it found first.
 */
class TransitionRegressionIT {

    @TempDir
    Path jars;

    /**
     * A reversal does not wait for a thread that never left the state it returns to. The thread
     * parked inside the patched {@code outer} entered it through the stable fast path, so it has
     * no record; the disable waits for it. The enable that reverses the disable found no record,
     * checked the thread's stack, which still holds {@code outer}, and stalled on a thread that
     * was in its target state all along; a reversal never times out, so it stalled for good.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aReversalDoesNotWaitForAThreadThatNeverLeftItsTarget() throws Exception {
        try (TargetJvm target = TargetJvm.startFixture()) {
            ControlClient control = disableHeldByAThreadWithoutARecord(target);
            assertEquals(List.of("enabled patch 'pair'"), within(target, () -> control.run("enable", "pair")),
                    "the reversal");
            assertEquals("release-outer=o2:i2", target.call("release-outer"));
            assertEquals("pair=o2:i2", target.call("pair"));
        }
    }

    /**
     * A retry scheduled for a transition that ended otherwise does not stand for the next one. A
     * transition that a reversal completed at once left its last retry scheduled, and the flag
     * that says one is; the next transition, held in its first round, then scheduled none, and
     * the stale retry, finding another transition, ran no round: the next transition never
     * completed, nor timed out. The disable below comes a few milliseconds after the reversal,
     * while the stale retry still waits out its back-off (up to 250 ms): without the fix, the
     * test fails on almost every run, not on every one.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aRetryLeftByAReversedTransitionDoesNotSwallowTheNextOnes() throws Exception {
        try (TargetJvm target = TargetJvm.startFixture()) {
            ControlClient control = disableHeldByAThreadWithoutARecord(target);
            control.run("enable", "pair");
            CompletableFuture<List<String>> disable = CompletableFuture.supplyAsync(() -> control.run("disable", "pair"));
            ConsistencyIT.awaitPending(target.pid(), "parked-outer");
            assertEquals("release-outer=o2:i2", target.call("release-outer"));
            assertEquals(List.of("disabled patch 'pair'"), within(target, disable::join),
                    "the disable, retried once the parked thread left");
            assertEquals("pair=o1:i1", target.call("pair"));
        }
    }

    /**
     * Loads {@code pair}, parks a thread inside its {@code outer}, entered through the stable fast
     * path (so the thread has no record), and starts a disable that the thread holds.
     */
    private ControlClient disableHeldByAThreadWithoutARecord(TargetJvm target) throws InterruptedException {
        Cli.load(target.pid(), PatchJars.of(jars, "pair", PairPatch.class)).assertSuccess();
        assertEquals("park-outer=parked", target.call("park-outer"));
        ControlClient control = ControlClient.of(target.pid());
        control.run("disable", "--no-wait", "pair");
        ConsistencyIT.awaitPending(target.pid(), "parked-outer");
        return control;
    }

    /** Runs a request on another thread; fails with thread dumps when it does not answer in 30 s. */
    private static List<String> within(TargetJvm target, Supplier<List<String>> request) throws Exception {
        CompletableFuture<List<String>> answer = CompletableFuture.supplyAsync(request);
        try {
            return answer.get(30, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("no answer in 30 s" + ThreadDumps.forFailure(target.pid()), e);
        }
    }
}
