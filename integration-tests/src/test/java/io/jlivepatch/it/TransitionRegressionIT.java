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

/** Regression tests of the transition machinery, each for a bug that {@link ConsistencyStress} found. */
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
        Path jar = PatchJars.of(jars, "pair", PairPatch.class);
        try (TargetJvm target = TargetJvm.startFixture()) {
            Cli.load(target.pid(), jar).assertSuccess();
            assertEquals("park-outer=parked", target.call("park-outer"));
            ControlClient control = ControlClient.of(target.pid());
            control.run("disable", "--no-wait", "pair");
            ConsistencyIT.awaitPending(target.pid(), "parked-outer");
            assertEquals(List.of("enabled patch 'pair'"), within(target, () -> control.run("enable", "pair")),
                    "the reversal");
            assertEquals("release-outer=o2:i2", target.call("release-outer"));
            assertEquals("pair=o2:i2", target.call("pair"));
        }
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
