package io.jlivepatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void thePrologueLeavesWithTheLastPatchOnTheMethodAndComesBackWithTheNext() throws Exception {
        Path kind = PatchJars.of(jars, "kind", StaticPatch.class);
        Path second = PatchJars.of(jars, "second", SecondPatch.class);
        try (TargetJvm target = TargetJvm.builder().javaAgent(null)
                .jvmOption("-javaagent:" + PatchJars.otherAgent(jars) + "=io/jlivepatch/it/fixture/StaticTarget")
                .start()) {
            assertEquals("static=hello world", target.call("static"));
            assertEquals("trampoline-probe=original 1", target.call("trampoline-probe"));

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
}
