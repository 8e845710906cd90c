package io.jlivepatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.it.patches.PairBisPatch;
import io.jlivepatch.it.patches.PairPatch;
import io.jlivepatch.it.support.Cli;
import io.jlivepatch.it.support.ControlClient;
import io.jlivepatch.it.support.PairStats;
import io.jlivepatch.it.support.PatchJars;
import io.jlivepatch.it.support.TargetJvm;
import io.jlivepatch.it.support.ThreadDumps;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The consistency model under load: sixteen busy threads call the versioned pair through
 * {@code outer} while the test stacks, unstacks and reverses {@code pair} ({@code o2:i2}) and
 * {@code pair-bis} ({@code o3:i3}) for about a minute. No call may ever answer a mixed pair.
 *
 * <p>Bounded: {@value #DEFAULT_SECONDS} s of load by default ({@code -Djlivepatch.stress.seconds=N}
 * changes it), each request is given {@link #STEP_TIMEOUT} before the test fails with thread dumps
 * of the target and of itself, and the whole test has a hard timeout.
 */
@Tag("stress")
class ConsistencyStress {

    private static final long DEFAULT_SECONDS = 60;
    private static final Duration LOAD = Duration.ofSeconds(Long.getLong("jlivepatch.stress.seconds", DEFAULT_SECONDS));
    /** Below the agent's 60 s transition timeout, so a stuck transition is dumped before it backs out. */
    private static final Duration STEP_TIMEOUT = Duration.ofSeconds(30);

    /** Requests to the agent, then the pair a thread without a frame of it answers afterwards. */
    private record Step(List<List<String>> requests, String answer) {
        static Step of(String answer, String... request) {
            return new Step(List.of(List.of(request)), answer);
        }
    }

    /**
     * One cycle, from and back to {@code pair} with {@code pair-bis} on top: every transition
     * between no patch, one and two stacked in either order, the removal of an entry below the
     * top (which needs no thread to switch), and both kinds of reversal in flight (when the first
     * request is done before the second arrives, the second is an ordinary one; the state is the
     * same either way).
     */
    private static final List<Step> CYCLE = List.of(
            Step.of("o2:i2", "disable", "pair-bis"),
            Step.of("o1:i1", "disable", "pair"),
            Step.of("o3:i3", "enable", "pair-bis"),
            Step.of("o2:i2", "enable", "pair"),
            Step.of("o2:i2", "disable", "pair-bis"),
            new Step(List.of(List.of("enable", "--no-wait", "pair-bis"), List.of("disable", "pair-bis")), "o2:i2"),
            Step.of("o1:i1", "disable", "pair"),
            Step.of("o2:i2", "enable", "pair"),
            Step.of("o3:i3", "enable", "pair-bis"),
            new Step(List.of(List.of("disable", "--no-wait", "pair-bis"), List.of("enable", "pair-bis")), "o3:i3"));

    @TempDir
    Path jars;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void noCallEverRunsAMixedPairWhilePatchesStackAndLeave() throws Exception {
        Path pair = PatchJars.of(jars, "pair", PairPatch.class);
        Path bis = PatchJars.of(jars, "pair-bis", PairBisPatch.class);
        ExecutorService requests = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "stress-requests");
            t.setDaemon(true);
            return t;
        });
        try (TargetJvm target = TargetJvm.startFixture()) {
            assertEquals("pair-load-start=started 16", target.call("pair-load-start"));
            Cli.load(target.pid(), pair).assertSuccess();
            ControlClient control = ControlClient.of(target.pid());
            control.run("load", bis.toString());
            assertEquals("pair=o3:i3", target.call("pair"));

            long deadline = System.nanoTime() + LOAD.toNanos();
            int cycles = 0;
            int sent = 0;
            while (System.nanoTime() - deadline < 0) {
                for (Step step : CYCLE) {
                    for (List<String> request : step.requests()) {
                        bounded(requests, target, () -> control.run(request.toArray(String[]::new)), request);
                        sent++;
                    }
                    String where = "after " + step.requests() + " in cycle " + (cycles + 1);
                    assertEquals("pair=" + step.answer(), target.call("pair"), where);
                    PairStats stats = PairStats.parse(target.call("stats"));
                    assertEquals(PairStats.NO_FAILURES, stats.failures(), "first seen " + where + ": " + stats.line());
                }
                cycles++;
            }
            assertEquals("load-stop=stopped", target.call("load-stop"), "the busy threads finish");
            PairStats stats = PairStats.parse(target.call("stats"));
            System.out.println("[stress] " + cycles + " cycles, " + sent + " requests in " + LOAD.toSeconds()
                    + " s; " + stats.line());
            assertEquals(PairStats.NO_FAILURES, stats.failures(), stats.line());
            assertTrue(stats.original() > 0 && stats.patched() > 0 && stats.patchedAgain() > 0,
                    "the busy threads ran every version: " + stats.line());
        } finally {
            requests.shutdownNow();
        }
    }

    /** Runs one request, failing with thread dumps when it does not answer in time. */
    private static void bounded(ExecutorService requests, TargetJvm target, Runnable request, List<String> what)
            throws InterruptedException {
        Future<?> answer = requests.submit(request);
        try {
            answer.get(STEP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new AssertionError(what + " failed", e.getCause());
        } catch (TimeoutException e) {
            // Dump first: the cancel closes the connection, and the agent's thread serving it ends.
            String dumps = ThreadDumps.forFailure(target.pid());
            answer.cancel(true);
            throw new AssertionError(what + " did not answer within " + STEP_TIMEOUT.toSeconds() + " s" + dumps);
        }
    }
}
