package io.jlivepatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.it.patches.MachineryLatePatch;
import io.jlivepatch.it.patches.MachineryOriginalPatch;
import io.jlivepatch.it.patches.MachineryPairPatch;
import io.jlivepatch.it.patches.MachineryRollbackPatch;
import io.jlivepatch.it.patches.MachineryTrylockPatch;
import io.jlivepatch.it.patches.MachineryWarnPatch;
import io.jlivepatch.it.patches.RefusedArraysPatch;
import io.jlivepatch.it.support.Cli;
import io.jlivepatch.it.support.ControlClient;
import io.jlivepatch.it.support.ItEnvironment;
import io.jlivepatch.it.support.PatchJars;
import io.jlivepatch.it.support.TargetJvm;
import io.jlivepatch.it.trace.MachineryTrace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The refusal list is derived, not typed (DESIGN §9; issue 10, scenario 3): what the agent's
 * paths on application threads run is never a target, or a patch of it would run inside the
 * machinery that runs patches, and recurse or deadlock there.
 *
 * <p>The derivation: a fixture JVM with the agent ({@code bootstrap=boot}, so that JDK classes
 * are targets) and a test-only tracer ({@link io.jlivepatch.it.trace.MachineryTracer}), which
 * hooks the entry of every method of every JDK class the agent does not refuse, and the entry
 * points of the agent's paths ({@link io.jlivepatch.it.trace.MachineryPath}). The test walks every
 * path for real, through
 * the control socket and the fixture, and fails naming each JDK class a path ran that
 * {@code Targets.neverPatchReason} does not refuse.
 */
class RefusalListIT {

    /** Five calls of the pair in a quiescent region, each whole. */
    private static final String OFFLINE_CALLS = "=offline(-block)?-caller( (o1:i1|o2:i2)){5}";

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void thePathsOfTheAgentRunOnlyOnClassesItRefuses() throws Exception {
        // Kept after the run, for whoever updates the list: where each class first ran, in full.
        Path report = Files.createDirectories(Path.of("target", "refusal-list"))
                .resolve("machinery-trace-java" + ItEnvironment.javaFeatureVersion() + ".txt").toAbsolutePath();
        Files.deleteIfExists(report);
        long started = System.nanoTime();
        // Interpreted only: compiled code runs an intrinsic (Arrays.copyOf, String.equals, ...)
        // without its bytecode, and so without the tracer's hook.
        try (TargetJvm target = TargetJvm.builder().javaAgent("bootstrap=boot")
                .jvmOption(MachineryTrace.javaAgentOption(dir, report)).jvmOption("-Xint").start()) {
            walkEveryPath(target);
            assertEquals(0, target.exit(), "the traced JVM exits by itself, and writes its report then");
        }
        MachineryTrace.Report trace = MachineryTrace.Report.read(report);
        System.out.printf("[refusal list] traced %d JDK classes (%d retransformed in %d ms), the traced JVM %d ms;"
                + " entries per path %s%n", trace.instrumented(), trace.retransformed(), trace.retransformMillis(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), trace.entries());

        assertFalse(trace.untracked(), "a path ran on a thread the recorder could not track");
        List<String> unwalked = trace.entries().entrySet().stream().filter(e -> e.getValue() == 0)
                .map(e -> e.getKey().name()).toList();
        assertEquals(List.of(), unwalked, "paths the walk never reached");
        assertEquals(List.of("io.jlivepatch.bootstrap.Dispatcher", "io.jlivepatch.bootstrap.Epoch",
                "io.jlivepatch.bootstrap.PatchLock", "io.jlivepatch.bootstrap.Trampolines",
                "io.jlivepatch.core.MethodTable", "io.jlivepatch.core.NotWatching",
                "io.jlivepatch.transition.StackCheck"), trace.probed(), "the classes of the agent's entry points");
        assertEquals(List.of("io.jlivepatch.it.fixture.LateTarget", "io.jlivepatch.it.fixture.PairTarget"),
                trace.trampolined(), "the classes with trampolines");
        assertEquals(Map.of(), trace.skipped(), "JDK classes the agent does not refuse, which the tracer could not"
                + " hook, so nothing checks them");
        assertEquals(Map.of(), trace.loaded().entrySet().stream()
                .filter(e -> e.getKey().startsWith("io.jlivepatch.") && !e.getKey().startsWith("io.jlivepatch.it."))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "classes of the agent loaded on a"
                + " path: loading them out of the agent jar runs the JDK's class loading (zip, jar, security) inside"
                + " the machinery; load them with the agent");
        if (!trace.classes().isEmpty()) {
            fail("the agent's paths ran " + trace.classes().size() + " JDK classes it does not refuse as targets"
                    + " (Targets.neverPatchReason); by package, each with the paths it ran on and where it first ran"
                    + " (the whole stack is in " + report + "):\n" + byPackage(trace));
        }
    }

    /**
     * Every {@link io.jlivepatch.it.trace.MachineryPath}, each walked by a real call on an application thread. The
     * replacements of the patches used here call no JDK method, so that what the trace sees
     * inside a trampoline's method handle is the agent's.
     */
    private void walkEveryPath(TargetJvm target) throws Exception {
        ControlClient control = ControlClient.of(target.pid());
        assertEquals("pair=o1:i1", target.call("pair"));
        // For the whole walk: threads in quiescent regions that call the pair in every transition,
        // and come online at the end, after grace periods dropped them.
        assertEquals("offline-start=started 2", target.call("offline-start"));

        // A class that loads after its patch: the linker defines its replacement and runs its callbacks.
        control.run("load", jar(MachineryLatePatch.class).toString());
        assertEquals("late=late patched", target.call("late"));

        // The transition path, held open by a thread parked inside outer: threads of their own for
        // their first read sections (more than the registry keeps before it prunes), and calls in
        // quiescent regions under the agent's not-watching policy, watch.
        CompletableFuture<ControlClient.Answer> load = heldOpen(target, control, "load",
                jar(MachineryPairPatch.class).toString());
        String newcomers = target.call("pair-newcomers");
        assertTrue(newcomers.matches("pair-newcomers=(o1:i1\\*\\d+ ?)?(o2:i2\\*\\d+)?"), newcomers);
        assertCalls(target, "offline-calls");
        assertCalls(target, "offline-block-calls");
        assertEquals("release-outer=o1:i1", target.call("release-outer"));
        assertOk(load.get(60, TimeUnit.SECONDS), "load machinery-pair");

        // The stable path, long enough for the JDK to customise the method handles it calls.
        assertEquals("pair-calls=o2:i2*2000", target.call("pair-calls"));

        // A thread's own switch at its outermost exit: in an unpatching transition that only its
        // own check, which goes by descriptor, lets go.
        assertEquals("park-self-switcher=parked", target.call("park-self-switcher"));
        CompletableFuture<ControlClient.Answer> disable = CompletableFuture.supplyAsync(
                () -> control.request("disable", "machinery-pair"));
        awaitPending(control, "self-switcher");
        assertEquals("open-self-switcher=open", target.call("open-self-switcher"));
        assertOk(disable.get(60, TimeUnit.SECONDS), "disable machinery-pair");
        String switched = target.call("release-self-switcher");
        assertTrue(switched.matches("release-self-switcher=o2:i2\\*\\d+ o1:i1\\*\\d+"), switched);
        control.run("unload", "machinery-pair");

        // The other not-watching policies, each in a held patching transition of its own.
        for (Class<?> patch : List.of(MachineryTrylockPatch.class, MachineryOriginalPatch.class,
                MachineryWarnPatch.class)) {
            String id = patch.getAnnotation(LivePatch.class).id();
            CompletableFuture<ControlClient.Answer> held = heldOpen(target, control, "load", jar(patch).toString());
            // Whole pairs are not promised under warn.
            String calls = target.call("offline-calls");
            assertTrue(calls.matches("offline-calls=offline-caller( o[12]:i[12]){5}"), calls);
            assertEquals("release-outer=o1:i1", target.call("release-outer"));
            assertOk(held.get(60, TimeUnit.SECONDS), "load " + id);
            control.run("disable", id);
            control.run("unload", id);
        }
        String offline = target.call("offline-stop");
        assertTrue(offline.contains(" failed 0 "), offline);
        // Rollback last, once the loop threads are gone: they would reverse the transition before
        // the parked thread holds it.
        CompletableFuture<ControlClient.Answer> held = heldOpen(target, control, "load",
                jar(MachineryRollbackPatch.class).toString());
        assertCalls(target, "offline-calls");
        // The reversal runs on the agent's worker, queued by the offline call: released before
        // it ran, the parked thread let a round already due complete the transition, and the
        // reversal then found none (seen once in CI, JDK 25, under load).
        target.awaitStderrLine("the rollback", l -> l.contains("not-watching policy rollback: backing the transition out"),
                Duration.ofSeconds(30));
        assertEquals("release-outer=o1:i1", target.call("release-outer"));
        ControlClient.Answer answer = held.get(60, TimeUnit.SECONDS);
        assertFalse(answer.ok(), "an offline call reverses the rollback patch's transition: " + answer);
        assertTrue(answer.lines().get(0).contains("not-watching policy is rollback"), answer.lines().get(0));
    }

    /** A patch of {@code java.util.Arrays.copyOf}, which linking a call site runs, is refused, and breaks nothing. */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aPatchOfArraysCopyOfIsRefusedAndBreaksNothing() {
        Path jar = PatchJars.of(dir, "refused-arrays", RefusedArraysPatch.class);
        try (TargetJvm target = TargetJvm.startFixtureWithAgent("bootstrap=boot")) {
            assertEquals("array-list=100", target.call("array-list"));
            String error = Cli.load(target.pid(), jar).assertFailure();
            String refusal = "jlivepatch: cannot patch java.util.Arrays.copyOf([Ljava/lang/Object;I)"
                    + "[Ljava/lang/Object;: java.util.Arrays runs the patching machinery (";
            assertTrue(error.matches(Pattern.quote(refusal) + ".+\\)"), error);
            assertEquals("array-list=100", target.call("array-list"));
            assertEquals(List.of(), Cli.list(target.pid()).patchList().patches(), "nothing loaded");
            assertEquals("pair=o1:i1", target.call("pair"));
        }
    }

    private Path jar(Class<?> patch) {
        return PatchJars.of(dir, patch.getSimpleName(), patch);
    }

    /**
     * Parks a thread inside the original {@code outer}, sends {@code request} (which starts a
     * patching transition) in the background, and answers once the parked thread holds it open.
     */
    private static CompletableFuture<ControlClient.Answer> heldOpen(TargetJvm target, ControlClient control,
            String... request) throws InterruptedException {
        assertEquals("park-outer=parked", target.call("park-outer"));
        CompletableFuture<ControlClient.Answer> answer = CompletableFuture.supplyAsync(() -> control.request(request));
        awaitPending(control, "parked-outer");
        return answer;
    }

    /** Polls {@code threads} through the control socket until thread {@code name} is pending. */
    private static void awaitPending(ControlClient control, String name) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        List<String> last = List.of();
        while (System.nanoTime() < deadline) {
            ControlClient.Answer threads = control.request("threads");
            if (threads.ok()) {
                last = threads.lines();
                if (last.stream().anyMatch(l -> l.endsWith(" pending \"" + name + "\""))) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        fail("thread '" + name + "' never held a transition:\n" + String.join("\n", last));
    }

    private static void assertCalls(TargetJvm target, String offlineCalls) {
        String answer = target.call(offlineCalls);
        assertTrue(answer.matches(offlineCalls + OFFLINE_CALLS), answer);
    }

    private static void assertOk(ControlClient.Answer answer, String what) {
        assertTrue(answer.ok(), what + " failed: " + answer.lines());
    }

    /**
     * One package a line: {@code Class (PATHS from caller, in agent frame)}: the paths the class
     * ran on, the caller of its first method that ran on one, and the innermost frame of the agent
     * below that.
     */
    private static String byPackage(MachineryTrace.Report trace) {
        Map<String, List<String>> packages = new TreeMap<>();
        trace.classes().forEach((c, paths) -> {
            List<String> stack = trace.stacks().getOrDefault(c, List.of());
            String from = stack.size() < 2 ? "" : " from " + frame(stack.get(1));
            String agent = stack.stream().skip(1).filter(f -> f.startsWith("io.jlivepatch.")).findFirst()
                    .filter(f -> !f.equals(stack.get(1))).map(f -> ", in " + frame(f)).orElse("");
            packages.computeIfAbsent(c.substring(0, c.lastIndexOf('.')), k -> new ArrayList<>())
                    .add(c.substring(c.lastIndexOf('.') + 1) + " (" + paths.stream().map(Enum::name)
                            .collect(Collectors.joining(",")) + from + agent + ")");
        });
        return packages.entrySet().stream().map(e -> "  " + e.getKey() + ": " + String.join(", ", e.getValue()))
                .collect(Collectors.joining("\n"));
    }

    /** A stack frame without its module: {@code java.util.ArrayList.grow(ArrayList.java:237)}. */
    private static String frame(String f) {
        return f.substring(f.indexOf('/') + 1);
    }
}
