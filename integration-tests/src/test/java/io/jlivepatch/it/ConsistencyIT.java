package io.jlivepatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jlivepatch.it.patches.PairBisPatch;
import io.jlivepatch.it.patches.PairPatch;
import io.jlivepatch.it.support.Cli;
import io.jlivepatch.it.support.ItEnvironment;
import io.jlivepatch.it.support.PairStats;
import io.jlivepatch.it.support.PatchJars;
import io.jlivepatch.it.support.TargetJvm;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proof obligations of DESIGN §6, one test each, with the versioned pair of
 * {@link io.jlivepatch.it.fixture.PairTarget}: {@code outer} and {@code inner} change together,
 * so a thread that ran a mixed pair answers {@code o1:i2} or {@code o2:i1}.
 */
class ConsistencyIT {

    @TempDir
    Path jars;

    /**
     * A thread parked inside the original {@code outer} when the first patch arrives entered it
     * before any trampoline ran a read section: only a stack check sees it. The transition waits
     * for it, and the thread finishes its call with the original {@code inner}, while a thread
     * that holds no frame of the pair runs the patched one meanwhile.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aThreadParkedInTheOriginalCallerKeepsTheOriginalPair() throws Exception {
        Path jar = PatchJars.of(jars, "pair", PairPatch.class);
        try (TargetJvm target = TargetJvm.startFixture()) {
            assertEquals("pair=o1:i1", target.call("pair"));
            assertEquals("park-outer=parked", target.call("park-outer"));
            CompletableFuture<Cli.Result> load = startHeldBy(target, "parked-outer", "'pair' patching",
                    () -> Cli.load(target.pid(), jar));
            assertEquals("inner=i2", target.call("inner"), "the fixture's main thread holds no frame of the pair:"
                    + " the transition switches it while the parked thread holds the transition open");
            assertEquals("release-outer=o1:i1", target.call("release-outer"), "the parked thread ran a mixed pair");
            load.get(60, TimeUnit.SECONDS).assertSuccess();
            assertEquals("pair=o2:i2", target.call("pair"));
        }
    }

    /**
     * A thread parked inside {@code outer} of the first patch entered it through the stable fast
     * path, without a read section: only a stack check sees it. While the second patch goes on
     * top, the transition waits for it, and it finishes its call with the first patch's
     * {@code inner}; the same while the second patch leaves again.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aThreadInTheStableFastPathKeepsItsPairWhileTheNextPatchTransitions() throws Exception {
        Path pair = PatchJars.of(jars, "pair", PairPatch.class);
        Path bis = PatchJars.of(jars, "pair-bis", PairBisPatch.class);
        try (TargetJvm target = TargetJvm.startFixture()) {
            Cli.load(target.pid(), pair).assertSuccess();
            assertEquals("pair=o2:i2", target.call("pair"));
            assertEquals("park-outer=parked", target.call("park-outer"));
            CompletableFuture<Cli.Result> load = startHeldBy(target, "parked-outer", "'pair-bis' patching",
                    () -> Cli.load(target.pid(), bis));
            assertEquals("inner=i3", target.call("inner"), "a thread without a frame of the pair is switched");
            assertEquals("release-outer=o2:i2", target.call("release-outer"), "the parked thread ran a mixed pair");
            load.get(60, TimeUnit.SECONDS).assertSuccess();
            assertEquals("pair=o3:i3", target.call("pair"));

            assertEquals("park-outer=parked", target.call("park-outer"));
            CompletableFuture<Cli.Result> disable = startHeldBy(target, "parked-outer", "'pair-bis' unpatching",
                    () -> Cli.disable(target.pid(), "pair-bis"));
            assertEquals("inner=i2", target.call("inner"), "a thread without a frame of the pair is switched");
            assertEquals("release-outer=o3:i3", target.call("release-outer"), "the parked thread ran a mixed pair");
            disable.get(60, TimeUnit.SECONDS).assertSuccess();
            assertEquals("pair=o2:i2", target.call("pair"));
        }
    }

    /**
     * A thread started while a transition stalls, whose first slow path is its first sight by
     * the agent, starts in the old state and pending: parked inside its first call, it is listed
     * as {@code unpatched pending}, and that call answers the original pair. It then switches on
     * its own, while the transition still waits for another thread, and never mixes.
     *
     * <p>A round of the transition may see a newcomer first, between its start and its first
     * call, with no frame of the pair, and switch it at once, as it should: that newcomer never
     * was pending, so the test starts another one (this window is a fraction of a millisecond in
     * the 250 ms between rounds).
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aThreadFirstSeenDuringATransitionStartsInTheOldStateAndPending() throws Exception {
        Path jar = PatchJars.of(jars, "pair", PairPatch.class);
        try (TargetJvm target = TargetJvm.startFixture()) {
            assertEquals("park-outer=parked", target.call("park-outer"));
            CompletableFuture<Cli.Result> load = startHeldBy(target, "parked-outer", "'pair' patching",
                    () -> Cli.load(target.pid(), jar));
            String newcomer = null;
            for (int i = 1; i <= 3 && newcomer == null; i++) {
                String name = "newcomer-" + i;
                assertEquals("park-" + name + "=parked", target.call("park-" + name));
                String state = stateOf(target.pid(), name);
                if (state.equals("unpatched pending")) {
                    newcomer = name;
                } else {
                    assertEquals("patched", state, "newcomer " + name);
                    String answers = target.call("release-" + name);
                    assertTrue(answers.matches("release-" + name + "=(o1:i1\\*\\d+ )?o2:i2\\*\\d+"),
                            "a newcomer the transition switched early ran a mixed pair or switched back: " + answers);
                }
            }
            assertTrue(newcomer != null, "three newcomers in a row were switched before their first call");
            String answers = target.call("release-" + newcomer);
            assertTrue(answers.matches("release-" + newcomer + "=o1:i1\\*\\d+ o2:i2\\*\\d+"),
                    "the newcomer must answer the original pair first, then switch once and never mix: " + answers);
            assertFalse(load.isDone(), "the transition completed with a thread inside the old outer");
            assertEquals("release-outer=o1:i1", target.call("release-outer"), "the parked thread ran a mixed pair");
            load.get(60, TimeUnit.SECONDS).assertSuccess();
            assertEquals("pair=o2:i2", target.call("pair"));
        }
    }

    /**
     * A virtual thread parked inside the original {@code outer} is unmounted: no platform
     * thread's stack shows it, and it never ran a slow path. The transition must still wait for
     * it, and it must finish its call with the original {@code inner}.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void anUnmountedVirtualThreadParkedInTheOriginalCallerKeepsTheOriginalPair() throws Exception {
        assumeTrue(ItEnvironment.javaFeatureVersion() >= 21, "virtual threads need Java 21 or later");
        Path jar = PatchJars.of(jars, "pair", PairPatch.class);
        try (TargetJvm target = TargetJvm.startFixture()) {
            assertEquals("pair=o1:i1", target.call("pair"));
            assertEquals("park-virtual-outer=parked", target.call("park-virtual-outer"));
            CompletableFuture<Cli.Result> load = startHeldBy(target, "parked-virtual-outer", "'pair' patching",
                    () -> Cli.load(target.pid(), jar));
            assertEquals("release-virtual-outer=o1:i1", target.call("release-virtual-outer"),
                    "the parked virtual thread ran a mixed pair");
            load.get(60, TimeUnit.SECONDS).assertSuccess();
            assertEquals("pair=o2:i2", target.call("pair"));
        }
    }

    /**
     * Threads switch themselves at their outermost trampoline exit. The self-switcher calls the
     * pair in a loop from inside an overload of {@code outer}: the transition's check of other
     * threads' stacks goes by method name, so it sees that thread inside {@code outer} at every
     * instant and can never switch it. Parked inside the overload, outside {@code outer()}
     * itself, it is listed as pending, which shows that premise; once it runs, both the patching
     * and the unpatching transition complete, which only its own check at its outermost exit can
     * have allowed, and its answers show one switch each way. Sixteen busy threads call the
     * pair through the slow path meanwhile, and none ever answers a mixed pair.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void threadsSwitchThemselvesAtTheirOutermostExit() throws Exception {
        Path jar = PatchJars.of(jars, "pair", PairPatch.class);
        try (TargetJvm target = TargetJvm.startFixture()) {
            assertEquals("pair-load-start=started 16", target.call("pair-load-start"));
            assertEquals("park-self-switcher=parked", target.call("park-self-switcher"));
            CompletableFuture<Cli.Result> load = startHeldBy(target, "self-switcher", "'pair' patching",
                    () -> Cli.load(target.pid(), jar));
            assertEquals("open-self-switcher=open", target.call("open-self-switcher"));
            load.get(60, TimeUnit.SECONDS).assertSuccess();
            assertEquals("pair=o2:i2", target.call("pair"));
            Cli.disable(target.pid(), "pair").assertSuccess();
            assertEquals("pair=o1:i1", target.call("pair"));

            String answers = target.call("release-self-switcher");
            assertTrue(answers.matches("release-self-switcher=o1:i1\\*\\d+ o2:i2\\*\\d+ o1:i1\\*\\d+"),
                    "the self-switcher must switch once each way and never mix: " + answers);
            assertEquals("load-stop=stopped", target.call("load-stop"), "the busy threads finish");
            PairStats stats = PairStats.parse(target.call("stats"));
            assertEquals(PairStats.NO_FAILURES, stats.failures(), stats.line());
            assertTrue(stats.original() > 0 && stats.patched() > 0, "the busy threads ran both versions: " + stats.line());
        }
    }

    /**
     * Runs {@code command}, a CLI command that starts a transition and waits for it, on another
     * thread; answers it once thread {@code name} is listed as pending in transition
     * {@code transition} ({@code 'pair' patching}), asserting that the command is still waiting.
     */
    static CompletableFuture<Cli.Result> startHeldBy(TargetJvm target, String name, String transition,
            Supplier<Cli.Result> command) throws InterruptedException {
        CompletableFuture<Cli.Result> running = CompletableFuture.supplyAsync(command);
        List<String> threads = awaitPending(target.pid(), name);
        assertTrue(threads.get(0).startsWith("transition " + transition + ": "), threads.get(0));
        assertFalse(running.isDone(),
                "the transition completed while thread '" + name + "' was inside a changing method");
        return running;
    }

    /** The state {@code threads} lists for thread {@code name}: {@code unpatched pending}, {@code patched}, ... */
    static String stateOf(long pid, String name) {
        List<String> lines = Cli.run("threads", Long.toString(pid)).assertSuccess().stdout();
        String suffix = " \"" + name + "\"";
        for (String line : lines) {
            if (line.endsWith(suffix)) {
                String idAndState = line.substring(0, line.length() - suffix.length());
                return idAndState.substring(idAndState.indexOf(' ') + 1);
            }
        }
        throw new AssertionError("thread '" + name + "' is not listed:\n" + String.join("\n", lines));
    }

    /** Polls {@code threads} until thread {@code name} is listed as pending; answers the listing. */
    static List<String> awaitPending(long pid, String name) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        List<String> last = List.of();
        while (System.nanoTime() < deadline) {
            Cli.Result r = Cli.run("threads", Long.toString(pid));
            if (r.exitCode() == 0) {
                last = r.stdout();
                if (last.stream().anyMatch(l -> l.endsWith(" pending \"" + name + "\""))) {
                    return last;
                }
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        throw new AssertionError("thread '" + name + "' never showed as pending:\n" + String.join("\n", last));
    }
}
