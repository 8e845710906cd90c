package io.jlivepatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.it.patches.SecondPatch;
import io.jlivepatch.it.patches.StaticPatch;
import io.jlivepatch.it.support.Cli;
import io.jlivepatch.it.support.ControlClient;
import io.jlivepatch.it.support.PatchJars;
import io.jlivepatch.it.support.TargetJvm;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
        TargetJvm.Builder builder = TargetJvm.builder().javaAgent(null)
                .jvmOption("-javaagent:" + PatchJars.otherAgent(jars) + "=io/jlivepatch/it/fixture/StaticTarget");
        for (String option : jvmOptions) {
            builder.jvmOption(option);
        }
        TargetJvm target = builder.start();
        assertEquals("static=hello world", target.call("static"));
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
            long deadline = disabled + TimeUnit.SECONDS.toNanos(30);
            String probe;
            while (!(probe = target.call("trampoline-probe")).equals("trampoline-probe=original 3")
                    && System.nanoTime() < deadline) {
                assertEquals("trampoline-probe=trampoline 2", probe);
                Thread.sleep(100);
            }
            assertEquals("trampoline-probe=original 3", probe);
            assertTrue(System.nanoTime() - disabled >= TimeUnit.MILLISECONDS.toNanos(5000),
                    "taken out before the linger had passed");
            assertEquals("static=hello world", target.call("static"));

            // The next enable puts it back, as without a linger.
            assertEquals(List.of("enabled patch 'kind-static'"), control.run("enable", "kind-static"));
            assertEquals("trampoline-probe=trampoline 4", target.call("trampoline-probe"));
            assertEquals("static=patched world", target.call("static"));
        }
    }
}
