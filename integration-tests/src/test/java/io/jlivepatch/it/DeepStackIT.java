package io.jlivepatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jlivepatch.it.patches.PairPatch;
import io.jlivepatch.it.support.Cli;
import io.jlivepatch.it.support.ItEnvironment;
import io.jlivepatch.it.support.PatchJars;
import io.jlivepatch.it.support.TargetJvm;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stacks deeper than the JVM's stack-trace limit (issue 10, scenario 5). A thread busy 1,500
 * frames below the original {@code outer} (entered before the patch) shows a stack trace of 1,024
 * frames, without {@code outer}, where the limit applies: the stack of one mounted virtual
 * thread, or on JDK 19+ of one platform thread. Before, such a thread was switched while inside
 * {@code outer} and finished it with the patched {@code inner} ({@code o1:i2}). A stack cut short
 * now holds the transition.
 */
class DeepStackIT {

    @TempDir
    Path jars;

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aBusyPlatformThreadDeeperThanTheLimitHoldsTheTransition() throws Exception {
        holdsAndKeepsTheOriginalPair("deep-outer");
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aBusyVirtualThreadDeeperThanTheLimitHoldsTheTransition() throws Exception {
        assumeTrue(ItEnvironment.javaFeatureVersion() >= 21, "virtual threads need Java 21 or later");
        holdsAndKeepsTheOriginalPair("deep-virtual-outer");
    }

    /**
     * Under a small stack-trace limit (16 frames) every thread deeper than it, the agent's own idle
     * workers too, showed a stack cut short and held each transition for a minute and more (a
     * hunt); a platform thread's stack is now taken again whole. The deep thread still holds
     * until it leaves outer, and the load then completes in the test's bounds.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void underASmallStackTraceLimitOnlyTheThreadInTheMethodHolds() throws Exception {
        holdsAndKeepsTheOriginalPair("deep-outer", "-XX:MaxJavaStackTraceDepth=16");
    }

    private void holdsAndKeepsTheOriginalPair(String name, String... jvmOptions) throws Exception {
        Path jar = PatchJars.of(jars, "pair", PairPatch.class);
        TargetJvm.Builder builder = TargetJvm.builder();
        for (String option : jvmOptions) {
            builder.jvmOption(option);
        }
        try (TargetJvm target = builder.start()) {
            assertEquals("park-" + name + "=parked", target.call("park-" + name));
            CompletableFuture<Cli.Result> load = ConsistencyIT.startHeldBy(target, name, "'pair' patching",
                    () -> Cli.load(target.pid(), jar));
            assertEquals("inner=i2", target.call("inner"), "a thread with a shallow stack is switched");
            assertEquals("release-" + name + "=o1:i1", target.call("release-" + name), "the deep thread mixed versions");
            load.get(30, TimeUnit.SECONDS).assertSuccess();
            assertEquals("pair=o2:i2", target.call("pair"));
            assertTrue(target.stderrLines().stream().noneMatch(l -> l.contains("stalled") && l.contains("jlivepatch-")),
                    "the agent's own threads held the transition: " + String.join("\n", target.stderrLines()));
        }
    }
}
