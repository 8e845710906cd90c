package io.jlivepatch.it;

import static io.jlivepatch.it.support.Transcript.loaded;
import static io.jlivepatch.it.support.Transcript.patching;
import static io.jlivepatch.it.support.Transcript.unpatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.it.patches.PairBisPatch;
import io.jlivepatch.it.patches.HoldingPatch;
import io.jlivepatch.it.patches.PairPatch;
import io.jlivepatch.it.support.Cli;
import io.jlivepatch.it.support.PatchJars;
import io.jlivepatch.it.support.PatchList;
import io.jlivepatch.it.support.TargetJvm;
import io.jlivepatch.it.support.Transcript;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The transition scenarios of the kernel's livepatch selftests
 * ({@code tools/testing/selftests/livepatch/test-livepatch.sh}), each asserting the exact
 * transcript of lifecycle lines the target printed (see {@link Transcript} for the filter), the
 * answers of the versioned pair {@link io.jlivepatch.it.fixture.PairTarget} at each step, and what
 * {@code list} and {@code threads} show.
 *
 * <p>A thread stalls a transition by parking inside the original {@code outer} ({@code park-outer}).
 * The scenarios that stall without wanting a back-out start the agent with the JVM, with stall
 * reports an hour apart and no timeout, so that a slow machine cannot add lines to their
 * transcripts; the others attach it through the CLI, as a user would.
 */
class TransitionIT {

    /** Agent arguments for a stall that only the test ends. */
    private static final String QUIET_STALLS = "stall-report=3600,transition-timeout=0";

    /**
     * The frame that holds a thread parked in the original {@code outer}. It entered before the
     * trampoline was put in, so its frame is of a version that retransformation made obsolete,
     * and HotSpot gives no source line for those: the report says what that may mean.
     */
    private static final String PARKED_FRAME = "io.jlivepatch.it.fixture.PairTarget.outer(Unknown Source: code from"
            + " before a retransformation, or without debug information)";

    private static final String PARKED = "parked-outer";
    private static final Pattern NO_TRANSITION_THREAD = Pattern.compile("\\d+ - \"[^\"]*\"");
    private static final Pattern TRANSITION_THREAD = Pattern.compile("\\d+ (?:un)?patched(?: pending)? \"[^\"]*\"");
    private static final Pattern PROGRESS = Pattern.compile("(?:un)?patching: (\\d+)/(\\d+) threads switched");

    @TempDir
    Path jars;

    /** test-livepatch.sh "basic function of a simple livepatch": load, disable, unload. */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void enablesAndDisablesAPatchWithNoThreadInTheWay() {
        Path jar = PatchJars.of(jars, "pair", PairPatch.class);
        try (TargetJvm target = TargetJvm.startFixture()) {
            long pid = target.pid();
            assertNoTransition(pid);
            assertEquals("pair=o1:i1", target.call("pair"));
            assertEquals(List.of("loaded patch 'pair' (2 functions), enabled"),
                    Cli.load(pid, jar).assertSuccess().stdout());
            assertEquals("pair=o2:i2", target.call("pair"), "after load");
            assertNoTransition(pid);
            assertEquals(List.of("disabled patch 'pair'"), Cli.disable(pid, "pair").assertSuccess().stdout());
            assertEquals("pair=o1:i1", target.call("pair"), "after disable");
            Cli.unload(pid, "pair").assertSuccess();
            assertEquals(List.of(), Cli.list(pid).patchList().patches(), "after unload");
            assertNoTransition(pid);
            Transcript.assertAfterExit(target, Transcript.loadDisableUnload("pair", jar));
        }
    }

    /**
     * test-livepatch.sh "multiple livepatches": the second stacks on the first, and disabling in
     * reverse order uncovers each in turn.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void stacksTwoPatchesAndUnstacksThemInReverseOrder() {
        Path pair = PatchJars.of(jars, "pair", PairPatch.class);
        Path pairBis = PatchJars.of(jars, "pair-bis", PairBisPatch.class);
        try (TargetJvm target = TargetJvm.startFixture()) {
            long pid = target.pid();
            assertNoTransition(pid);
            assertEquals("pair=o1:i1", target.call("pair"));
            Cli.load(pid, pair).assertSuccess();
            assertEquals("pair=o2:i2", target.call("pair"), "with 'pair' enabled");
            Cli.load(pid, pairBis).assertSuccess();
            assertEquals("pair=o3:i3", target.call("pair"), "with 'pair-bis' enabled on top of 'pair'");
            PatchList both = Cli.list(pid).patchList();
            assertEquals(List.of("pair", "pair-bis"), both.patches().stream().map(PatchList.Patch::id).toList(),
                    "oldest first: " + both);
            assertTrue(both.get("pair").enabled() && both.get("pair-bis").enabled(), both.toString());
            assertNoTransition(pid);
            Cli.disable(pid, "pair-bis").assertSuccess();
            assertEquals("pair=o2:i2", target.call("pair"), "'pair-bis' disabled, 'pair' still enabled");
            Cli.disable(pid, "pair").assertSuccess();
            assertEquals("pair=o1:i1", target.call("pair"), "both disabled");
            Cli.unload(pid, "pair-bis").assertSuccess();
            Cli.unload(pid, "pair").assertSuccess();
            assertNoTransition(pid);

            List<String> expected = new ArrayList<>();
            expected.add(loaded("pair", pair));
            expected.addAll(patching("pair"));
            expected.add(loaded("pair-bis", pairBis));
            expected.addAll(patching("pair-bis"));
            expected.addAll(unpatching("pair-bis"));
            expected.addAll(unpatching("pair"));
            expected.add("jlivepatch: 'pair-bis': unloaded");
            expected.add("jlivepatch: 'pair': unloaded");
            Transcript.assertAfterExit(target, expected);
        }
    }

    /**
     * A load stalls on a thread parked in the original {@code outer}; a disable of the patch
     * reverses the transition, which the parked thread does not hold (it never left the
     * unpatched state). The load fails, and leaves nothing loaded.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aDisableReversesAStalledPatchingTransition() throws Exception {
        Path jar = PatchJars.of(jars, "pair", PairPatch.class);
        try (TargetJvm target = TargetJvm.startFixtureWithAgent(QUIET_STALLS)) {
            long pid = target.pid();
            assertNoTransition(pid);
            assertEquals("park-outer=parked", target.call("park-outer"));
            CompletableFuture<Cli.Result> load = CompletableFuture.supplyAsync(() -> Cli.load(pid, jar));
            assertStalledOn(pid, "pair", "patching", PARKED);
            assertFalse(load.isDone(), "the load returned while its transition stalled: " + load);
            assertEquals(List.of("disabled patch 'pair'"), Cli.disable(pid, "pair").assertSuccess().stdout());
            assertEquals("jlivepatch: patch 'pair' was not loaded: its transition was reversed on request",
                    load.get(Cli.TIMEOUT.toSeconds(), TimeUnit.SECONDS).assertFailure());
            assertEquals("release-outer=o1:i1", target.call("release-outer"), "the parked thread's pair");
            assertEquals("pair=o1:i1", target.call("pair"), "after the reversal");
            assertEquals(List.of(), Cli.list(pid).patchList().patches(), "a failed load leaves no patch");
            assertNoTransition(pid);

            List<String> expected = new ArrayList<>();
            expected.add(loaded("pair", jar));
            expected.addAll(patching("pair").subList(0, 3));
            expected.add("jlivepatch: 'pair': reversing transition from patching to unpatching");
            expected.addAll(unpatching("pair").subList(1, 4));
            // The refusal is the CLI's alone: the host's stderr holds lifecycle lines only.
            Transcript.assertAfterExit(target, expected);
        }
    }

    /**
     * An enable stalls on a parked thread; {@code force} completes it at once and pins the
     * patch, which then cannot be unloaded. The forced thread was inside the original
     * {@code outer} and finishes it with the patched {@code inner}: the mix that the consistency
     * model exists to prevent, and the reason a forced patch stays loaded.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void forceCompletesAStalledTransitionAndPinsThePatch() throws Exception {
        Path jar = PatchJars.of(jars, "pair", PairPatch.class);
        try (TargetJvm target = TargetJvm.startFixtureWithAgent(QUIET_STALLS)) {
            long pid = target.pid();
            assertNoTransition(pid);
            Cli.load(pid, jar).assertSuccess();
            Cli.disable(pid, "pair").assertSuccess();
            assertEquals("park-outer=parked", target.call("park-outer"));
            List<String> started = Cli.run("enable", "--no-wait", Long.toString(pid), "pair").assertSuccess().stdout();
            assertEquals(1, started.size(), "enable --no-wait answers one line: " + started);
            assertTrue(started.get(0).matches("enabling patch 'pair'; the transition goes on \\("
                    + "\\d+/\\d+ threads switched\\)"), started.get(0));
            assertStalledOn(pid, "pair", "patching", PARKED);
            assertEquals(List.of("forced the transition of patch 'pair'"),
                    Cli.force(pid, "pair").assertSuccess().stdout());
            PatchList.Patch forced = Cli.list(pid).patchList().get("pair");
            assertTrue(forced.enabled() && forced.forced() && forced.transition().isEmpty(), forced.line());
            assertNoTransition(pid);
            assertEquals("pair=o2:i2", target.call("pair"), "after force");
            assertEquals("release-outer=o1:i2", target.call("release-outer"), "the forced thread's pair");
            Cli.disable(pid, "pair").assertSuccess();
            assertEquals("pair=o1:i1", target.call("pair"), "after disable");
            assertEquals("jlivepatch: patch 'pair' was forced, so a thread may still run its code; it stays loaded",
                    Cli.unload(pid, "pair").assertFailure());
            PatchList.Patch kept = Cli.list(pid).patchList().get("pair");
            assertTrue(!kept.enabled() && kept.forced(), kept.line());
            assertNoTransition(pid);

            List<String> expected = new ArrayList<>();
            expected.add(loaded("pair", jar));
            expected.addAll(patching("pair"));
            expected.addAll(unpatching("pair"));
            expected.addAll(patching("pair").subList(0, 3));
            expected.add("jlivepatch: warning: 'pair': forcing remaining threads to the patched state");
            expected.addAll(patching("pair").subList(3, 5));
            expected.addAll(unpatching("pair"));
            Transcript.assertAfterExit(target, expected);
        }
    }

    /**
     * A load stalls on a parked thread past {@code transition-timeout}: stall reports name the
     * thread and its frame, the transition is backed out, and the load fails with one line that
     * says so. The JVM is as before: no patch, the original pair everywhere.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aStallPastTheTimeoutBacksTheTransitionOut() {
        Path jar = PatchJars.of(jars, "pair", PairPatch.class);
        try (TargetJvm target = TargetJvm.startFixtureWithAgent("transition-timeout=2,stall-report=1")) {
            long pid = target.pid();
            assertEquals("park-outer=parked", target.call("park-outer"));
            long parked = threadId(assertNoTransition(pid), PARKED);
            String holder = "thread '" + PARKED + "' (#" + parked + ") in " + PARKED_FRAME;
            assertEquals("jlivepatch: patch 'pair' was not loaded: its transition stalled for 2 s on " + holder
                    + ", so it was reversed", Cli.load(pid, jar).assertFailure());
            assertEquals(List.of(), Cli.list(pid).patchList().patches(), "a failed load leaves no patch");
            assertEquals("pair=o1:i1", target.call("pair"), "after the back-out");
            assertEquals("release-outer=o1:i1", target.call("release-outer"), "the parked thread's pair");
            assertNoTransition(pid);

            List<String> expected = new ArrayList<>();
            expected.add(loaded("pair", jar));
            expected.addAll(patching("pair").subList(0, 3));
            expected.add("jlivepatch: warning: 'pair': patching transition stalled for <N> s: " + holder);
            expected.add("jlivepatch: warning: 'pair': patching transition stalled for 2 s; backing it out");
            expected.add("jlivepatch: 'pair': reversing transition from patching to unpatching");
            expected.addAll(unpatching("pair").subList(1, 4));
            Transcript.assertAfterExit(target, expected);
        }
    }

    /**
     * Issue 11, part 5: a thread held inside a patch's own code names that line, and the patch,
     * in the stall report and the back-out answer; before, they named the target's frame alone,
     * as if the original ran, and without a line ({@code PatchHold.java}): the prologue carries
     * the method's first line (20) now.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aStallInsidePatchCodeNamesThePatchLine() {
        try (TargetJvm target = TargetJvm.startFixtureWithAgent("transition-timeout=2,stall-report=1")) {
            long pid = target.pid();
            Cli.load(pid, PatchJars.of(jars, "holding", HoldingPatch.class)).assertSuccess();
            assertEquals("patch-hold-start=inside", target.call("patch-hold-start"));
            String answer = Cli.disable(pid, "holding").assertFailure();
            String where = "jlivepatch:holding//io.jlivepatch.it.patches.HoldingPatch.target(HoldingPatch.java:"
                    + HoldingPatch.BLOCK_LINE + "), patch 'holding' replacing io.jlivepatch.it.fixture.PatchHold.target(";
            assertTrue(answer.matches("jlivepatch: patch 'holding' was not disabled: its transition stalled for 2 s on"
                    + " thread 'patch-hold' \\(#\\d+\\) in " + java.util.regex.Pattern.quote(where)
                    + "PatchHold\\.java:20\\), so it was reversed"), answer);
            assertTrue(target.stderrLines().stream().anyMatch(l -> l.contains("unpatching transition stalled for")
                    && l.contains(where)), String.join("\n", target.stderrLines()));
            assertEquals("patch-hold-release=t2", target.call("patch-hold-release"));
        }
    }

    // ---------------------------------------------------------------- transcripts

    // ---------------------------------------------------------------- threads and list

    /**
     * Asserts that {@code threads} shows no transition: its first line says so and every other
     * line is {@code <tid> - "<name>"}, one of them {@code main}. Answers the lines.
     */
    private static List<String> assertNoTransition(long pid) {
        List<String> lines = Cli.threads(pid).assertSuccess().stdout();
        String shown = "threads:\n" + String.join("\n", lines);
        assertTrue(!lines.isEmpty() && lines.get(0).equals("no transition"), shown);
        List<String> threads = lines.subList(1, lines.size());
        assertEquals(List.of(), threads.stream().filter(l -> !NO_TRANSITION_THREAD.matcher(l).matches()).toList(),
                "lines that are not '<tid> - \"<name>\"' in " + shown);
        assertTrue(threads.stream().anyMatch(l -> l.endsWith(" - \"main\"")), shown);
        return lines;
    }

    /**
     * Waits until {@code threads} shows thread {@code name} pending in the transition of patch
     * {@code id}, then asserts the whole listing (a first line with the progress, one line per
     * thread, that thread {@code unpatched pending} when {@code verb} is {@code patching}) and
     * the progress on the patch's line of {@code list}.
     */
    private static void assertStalledOn(long pid, String id, String verb, String name) throws InterruptedException {
        List<String> lines = ConsistencyIT.awaitPending(pid, name);
        String shown = "threads:\n" + String.join("\n", lines);
        String header = lines.get(0);
        String prefix = "transition '" + id + "' ";
        assertTrue(header.startsWith(prefix), shown);
        assertBehind(header.substring(prefix.length()), verb, shown);
        List<String> threads = lines.subList(1, lines.size());
        assertEquals(List.of(), threads.stream().filter(l -> !TRANSITION_THREAD.matcher(l).matches()).toList(),
                "lines that are not '<tid> <patched|unpatched>[ pending] \"<name>\"' in " + shown);
        String state = verb.equals("patching") ? "unpatched" : "patched";
        long tid = threadId(lines, name);
        assertTrue(threads.contains(tid + " " + state + " pending \"" + name + "\""), shown);

        PatchList.Patch listed = Cli.list(pid).patchList().get(id);
        assertTrue(listed.transition().isPresent(), "no transition on the line of '" + id + "': " + listed.line());
        assertBehind(listed.transition().get(), verb, listed.line());
    }

    /** Asserts that {@code progress} reads {@code <verb>: n/m threads switched} with n < m. */
    private static void assertBehind(String progress, String verb, String shown) {
        Matcher m = PROGRESS.matcher(progress);
        assertTrue(m.matches() && progress.startsWith(verb + ": ")
                && Integer.parseInt(m.group(1)) < Integer.parseInt(m.group(2)),
                "expected '" + verb + ": n/m threads switched' with n < m, in: " + shown);
    }

    /** The id of thread {@code name} in a {@code threads} listing. */
    private static long threadId(List<String> threads, String name) {
        String suffix = " \"" + name + "\"";
        return threads.stream().skip(1).filter(l -> l.endsWith(suffix))
                .mapToLong(l -> Long.parseLong(l.substring(0, l.indexOf(' '))))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no thread '" + name + "' in\n" + String.join("\n", threads)));
    }
}
