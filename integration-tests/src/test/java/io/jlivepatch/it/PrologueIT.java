package io.jlivepatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.it.patches.PairPatch;
import io.jlivepatch.it.patches.SecondPatch;
import io.jlivepatch.it.patches.StaticPatch;
import io.jlivepatch.it.support.Cli;
import io.jlivepatch.it.support.ControlClient;
import io.jlivepatch.it.support.PatchJars;
import io.jlivepatch.it.support.TargetJvm;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, item 3: the trampoline comes out of a method once no patch can run in it, and goes
 * back in before a patch is enabled on it again, the way ftrace takes its call out. What the class
 * holds is read by another agent whose transformer runs after jlivepatch's
 * ({@code SlowTransformerAgent}): {@code trampoline <n>} or {@code original <n>}, what the n-th
 * definition or retransformation of {@code StaticTarget} left.
 */
class PrologueIT {

    @TempDir
    Path jars;

    /**
     * A target JVM with the probing agent, {@code StaticTarget} loaded without a trampoline (no
     * jlivepatch yet: the first load attaches it).
     */
    private TargetJvm startProbed(String... jvmOptions) throws Exception {
        return startProbing("StaticTarget", "static=hello world", jvmOptions);
    }

    /**
     * {@link #startProbed(String...)} for the fixture class {@code probed}, loaded by the case
     * {@code loadedBy} answers (for example {@code static=hello world}).
     */
    private TargetJvm startProbing(String probed, String loadedBy, String... jvmOptions) throws Exception {
        TargetJvm.Builder builder = TargetJvm.builder().javaAgent(null)
                .jvmOption("-javaagent:" + PatchJars.otherAgent(jars) + "=io/jlivepatch/it/fixture/" + probed);
        for (String option : jvmOptions) {
            builder.jvmOption(option);
        }
        TargetJvm target = builder.start();
        assertEquals(loadedBy, target.call(loadedBy.substring(0, loadedBy.indexOf('='))));
        assertEquals("trampoline-probe=original 1", target.call("trampoline-probe"));
        return target;
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void thePrologueLeavesWithTheLastPatchOnTheMethodAndComesBackWithTheNext() throws Exception {
        Path kind = PatchJars.of(jars, "kind", StaticPatch.class);
        Path second = PatchJars.of(jars, "second", SecondPatch.class);
        try (TargetJvm target = startProbed()) {
            Cli.load(target.pid(), kind).assertSuccess();
            assertEquals("trampoline-probe=trampoline 2", target.call("trampoline-probe"));
            assertEquals("static=patched world", target.call("static"));
            Cli.load(target.pid(), second).assertSuccess();
            assertEquals("static=second hello, world", target.call("static"));
            ControlClient control = ControlClient.of(target.pid());

            // A patch stays on the method: the trampoline stays, not even retransformed.
            assertEquals(List.of("disabled patch 'second'"), control.run("disable", "second"));
            assertEquals("static=patched world", target.call("static"));
            assertEquals("trampoline-probe=trampoline 2", target.call("trampoline-probe"));

            // The last one leaves: the class gets its original code back, before the disable answers.
            assertEquals(List.of("disabled patch 'kind-static'"), control.run("disable", "kind-static"));
            assertEquals("trampoline-probe=original 3", target.call("trampoline-probe"));
            assertEquals("static=hello world", target.call("static"));

            // An enable puts it back before its transition, and the patch runs.
            assertEquals(List.of("enabled patch 'second'"), control.run("enable", "second"));
            assertEquals("trampoline-probe=trampoline 4", target.call("trampoline-probe"));
            assertEquals("static=second hello, world", target.call("static"));
            assertEquals(List.of("enabled patch 'kind-static'"), control.run("enable", "kind-static"));
            assertEquals("trampoline-probe=trampoline 4", target.call("trampoline-probe"));
            assertEquals("static=patched world", target.call("static"));

            // Both leave again; unloads retransform nothing more.
            assertEquals(List.of("disabled patch 'kind-static'"), control.run("disable", "kind-static"));
            assertEquals(List.of("disabled patch 'second'"), control.run("disable", "second"));
            assertEquals("trampoline-probe=original 5", target.call("trampoline-probe"));
            assertEquals(List.of("unloaded patch 'second'"), control.run("unload", "second"));
            assertEquals(List.of("unloaded patch 'kind-static'"), control.run("unload", "kind-static"));
            assertEquals("trampoline-probe=original 5", target.call("trampoline-probe"));

            // A new load of a method whose trampoline was taken out puts it back.
            Cli.load(target.pid(), kind).assertSuccess();
            assertEquals("trampoline-probe=trampoline 6", target.call("trampoline-probe"));
            assertEquals("static=patched world", target.call("static"));
        }
    }

    /**
     * {@code -Djlivepatch.prologueLingerMillis}: the trampoline stays for that long after the last
     * disable, so an enable meanwhile retransforms nothing (the method and its callers stay
     * compiled), and it comes out once the time has passed with no patch on the method.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void withALingerTheTrampolineStaysForAQuickReenableAndLeavesAfterIt() throws Exception {
        Path kind = PatchJars.of(jars, "kind", StaticPatch.class);
        try (TargetJvm target = startProbed("-Djlivepatch.prologueLingerMillis=5000")) {
            Cli.load(target.pid(), kind).assertSuccess();
            assertEquals("trampoline-probe=trampoline 2", target.call("trampoline-probe"));
            ControlClient control = ControlClient.of(target.pid());

            // Disabled: the original runs, through the idle trampoline, which is not taken out yet.
            assertEquals(List.of("disabled patch 'kind-static'"), control.run("disable", "kind-static"));
            assertEquals("static=hello world", target.call("static"));
            assertEquals("trampoline-probe=trampoline 2", target.call("trampoline-probe"));

            // Enabled again within the linger: no retransformation, and the patch runs.
            assertEquals(List.of("enabled patch 'kind-static'"), control.run("enable", "kind-static"));
            assertEquals("trampoline-probe=trampoline 2", target.call("trampoline-probe"));
            assertEquals("static=patched world", target.call("static"));

            // Disabled, and left: the trampoline comes out once the linger has passed.
            long disabled = System.nanoTime();
            assertEquals(List.of("disabled patch 'kind-static'"), control.run("disable", "kind-static"));
            assertEquals("trampoline-probe=trampoline 2", target.call("trampoline-probe"));
            awaitTakenOut(target, disabled, 5000);
            assertEquals("static=hello world", target.call("static"));

            // The next enable puts it back, as without a linger.
            assertEquals(List.of("enabled patch 'kind-static'"), control.run("enable", "kind-static"));
            assertEquals("trampoline-probe=trampoline 4", target.call("trampoline-probe"));
            assertEquals("static=patched world", target.call("static"));
        }
    }

    /**
     * A forced completion calls a pending linger off: the trampolines stay until the next
     * completion whose grace period passes, as without a linger (a thread the force switched may
     * still be in the method it entered through the transition path). The linger an enable's
     * completion started comes due while a disable is stalled (its task looks again later), and
     * then the disable is forced: no linger may take the trampoline out after that, however long
     * one waits (an unload or a refused enable would, at once); the next graced completion starts
     * the linger again.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aForcedCompletionCallsTheLingerOff() throws Exception {
        long linger = 5000;
        Path jar = PatchJars.of(jars, "pair", PairPatch.class);
        try (TargetJvm target = startProbing("PairTarget", "pair=o1:i1", "-Djlivepatch.prologueLingerMillis=" + linger)) {
            Cli.load(target.pid(), jar).assertSuccess();
            assertEquals("trampoline-probe=trampoline 2", target.call("trampoline-probe"));
            ControlClient control = ControlClient.of(target.pid());

            // A disable and a quick enable, through the control socket: nothing retransformed, and
            // the enable's completion starts the linger the force is to call off, due no sooner
            // than a linger after `started` (the load's own came before, through a CLI JVM, whose
            // start a busy machine can stretch past the linger).
            assertEquals(List.of("disabled patch 'pair'"), control.run("disable", "pair"));
            long started = System.nanoTime();
            assertEquals(List.of("enabled patch 'pair'"), control.run("enable", "pair"));
            long completed = System.nanoTime();
            assertEquals("trampoline-probe=trampoline 2", target.call("trampoline-probe"));
            assertEquals("pair=o2:i2", target.call("pair"));

            // A thread inside the patched outer holds the disable's transition past the linger's
            // due time.
            assertEquals("park-outer=parked", target.call("park-outer"));
            assertTrue(control.request("disable", "--no-wait", "pair").ok());
            // A disable that started after the due time would find the due task done, and the
            // force nothing to call off (the test would pass without the call-off).
            Assumptions.assumeTrue(System.nanoTime() - started < TimeUnit.MILLISECONDS.toNanos(linger),
                    "the machine took longer than the linger to enable and stall the disable");
            Thread.sleep(Math.max(0, TimeUnit.NANOSECONDS.toMillis(completed - System.nanoTime()) + linger + 1000));
            assertEquals("trampoline-probe=trampoline 2", target.call("trampoline-probe"), "in the stalled transition");
            assertEquals(List.of("forced the transition of patch 'pair'"), control.run("force", "pair"));
            assertEquals("pair=o1:i1", target.call("pair"), "after the forced disable");

            // The task that found the transition in flight looks again a linger after the due
            // time; well past that, the trampoline is still there.
            Thread.sleep(linger + 2000);
            assertEquals("trampoline-probe=trampoline 2", target.call("trampoline-probe"), "after the force");

            // The next graced completions start the linger again, and it takes the trampoline out.
            assertEquals("release-outer=o2:i1", target.call("release-outer"), "the forced thread's pair");
            assertEquals(List.of("enabled patch 'pair'"), control.run("enable", "pair"));
            assertEquals("pair=o2:i2", target.call("pair"));
            long disabled = System.nanoTime();
            assertEquals(List.of("disabled patch 'pair'"), control.run("disable", "pair"));
            awaitTakenOut(target, disabled, linger);
        }
    }

    /**
     * Waits until the linger started by a disable at {@code disabled} ({@link System#nanoTime})
     * has taken the trampoline out ({@code original 3}), which must not happen before
     * {@code lingerMillis} have passed; until then the class keeps it ({@code trampoline 2}).
     */
    private static void awaitTakenOut(TargetJvm target, long disabled, long lingerMillis) throws Exception {
        long deadline = disabled + TimeUnit.SECONDS.toNanos(30);
        String probe;
        while (!(probe = target.call("trampoline-probe")).equals("trampoline-probe=original 3")
                && System.nanoTime() < deadline) {
            assertEquals("trampoline-probe=trampoline 2", probe);
            Thread.sleep(100);
        }
        assertEquals("trampoline-probe=original 3", probe);
        assertTrue(System.nanoTime() - disabled >= TimeUnit.MILLISECONDS.toNanos(lingerMillis),
                "taken out before the linger had passed");
    }
}
