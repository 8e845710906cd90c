package io.jlivepatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.it.patches.StaticPatch;
import io.jlivepatch.it.support.Cli;
import io.jlivepatch.it.support.ItEnvironment;
import io.jlivepatch.it.support.PatchJars;
import io.jlivepatch.it.support.TargetJvm;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The grace periods' barrier is chosen by what the JVM offers, and choosing it prints nothing of
 * the JDK's: with native access granted on JDK 22+, Linux {@code membarrier}; otherwise
 * handshakes on JDK 19+ and a safepoint before. Every transition ends with a grace period, so a
 * load and a disable run the chosen barrier.
 */
class BarrierIT {

    @TempDir
    Path jars;

    @Test
    void withNativeAccessTheBarrierIsMembarrierFromJdk22() {
        int feature = ItEnvironment.javaFeatureVersion();
        String expected = feature >= 22 ? "membarrier" : feature >= 19 ? "handshake" : "safepoint";
        TargetJvm.Builder builder = TargetJvm.builder().javaAgent(null);
        if (feature >= 22) {
            builder.jvmOption("--enable-native-access=ALL-UNNAMED");
        }
        assertBarrier(builder, expected);
    }

    @Test
    void withoutNativeAccessTheJdksOwnDefaultBarrier() {
        int feature = ItEnvironment.javaFeatureVersion();
        assertBarrier(TargetJvm.builder().javaAgent(null), feature >= 19 ? "handshake" : "safepoint");
    }

    private void assertBarrier(TargetJvm.Builder builder, String expected) {
        Path jar = PatchJars.of(jars, "kind-static", StaticPatch.class);
        try (TargetJvm target = builder.start()) {
            String before = target.call("static");
            Cli.load(target.pid(), jar).assertSuccess();
            assertEquals(expected, Cli.list(target.pid()).patchList().barrier(), "list names the barrier");
            Cli.disable(target.pid(), "kind-static").assertSuccess();
            assertEquals(before, target.call("static"), "the patch came off again");
            List<String> stderr = target.stderrLines();
            assertTrue(stderr.stream().anyMatch(l -> l.startsWith("jlivepatch: agent ")
                    && l.endsWith(", " + expected + " barrier)")), "the start-up line names the barrier: " + stderr);
            assertTrue(stderr.stream().allMatch(l -> l.startsWith("jlivepatch: ")),
                    "nothing but the agent's own lines on stderr: " + stderr);
        }
    }
}
