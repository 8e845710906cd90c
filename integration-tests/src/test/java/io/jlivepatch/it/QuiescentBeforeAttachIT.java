package io.jlivepatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.it.patches.PairPatch;
import io.jlivepatch.it.support.Cli;
import io.jlivepatch.it.support.ItEnvironment;
import io.jlivepatch.it.support.PatchJars;
import io.jlivepatch.it.support.TargetJvm;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quiescent regions entered before the agent was attached (issue 10, scenario 10): a thread
 * inside a {@code @Quiescent} method when the agent arrives runs that frame as it was, without
 * the offline store, so it never went offline and the not-watching warning never came although a
 * patched method ran inside the region. Now the agent finds it (at attach, and in the
 * transition's rounds), and its patched calls in a transition run by the region's rules,
 * warning included, while it stays tracked.
 */
class QuiescentBeforeAttachIT {

    private static final String REGION = "io.jlivepatch.it.fixture.OfflineThreads.annotatedLoop";

    @TempDir
    Path jars;

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aRegionEnteredBeforeAttachIsFoundAndRunsByItsRules() throws Exception {
        assertFoundAndRunsByItsRules("offline-start", "started 2", "offline-annotated-0");
    }

    /**
     * The same with a virtual thread (JDK 21+), which the attach's look at the platform threads
     * does not see: it switched itself at its first patched call's exit before any round looked
     * at its stack, so it was never marked, and its patched calls inside the region ran without
     * the region's rules or warning (carried from review). The attach now looks at the tracked
     * virtual threads too, when a class loaded before it has regions.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aRegionAVirtualThreadEnteredBeforeAttachIsFoundAndRunsByItsRules() throws Exception {
        Assumptions.assumeTrue(ItEnvironment.javaFeatureVersion() >= 21, "virtual threads are JDK 21+");
        assertFoundAndRunsByItsRules("offline-start-virtual", "started 1", "offline-annotated-virtual");
    }

    /**
     * Starts the fixture's threads inside the region ({@code startCase}), no agent yet, then
     * loads {@code pair} while a parked thread holds the transition: {@code thread}'s patched
     * calls in the region come under its rules, with the warning that it entered the region
     * before the agent.
     */
    private void assertFoundAndRunsByItsRules(String startCase, String started, String thread) throws Exception {
        Path jar = PatchJars.of(jars, "pair", PairPatch.class);
        try (TargetJvm target = TargetJvm.startFixture()) {
            assertEquals(startCase + "=" + started, target.call(startCase), "inside their regions, no agent yet");
            assertEquals("park-outer=parked", target.call("park-outer"), "will hold the transition");
            CompletableFuture<Cli.Result> load = CompletableFuture.supplyAsync(() -> Cli.load(target.pid(), jar));
            target.awaitStderrLine("the region's warning", l -> l.startsWith("jlivepatch: warning: 'pair': ")
                    && l.contains(" ran on thread '" + thread + "' ")
                    && l.contains("inside quiescent region " + REGION + ", called from ")
                    && l.contains(": the thread entered the region before the agent was attached, so it runs the region"
                            + " unmarked and reclamation still tracks it; policy watch: "), Duration.ofSeconds(30));
            assertEquals("release-outer=o1:i1", target.call("release-outer"));
            load.get(60, TimeUnit.SECONDS).assertSuccess();
            String stopped = target.call("offline-stop");
            assertTrue(stopped.contains(" mixed 0 ") && stopped.contains(" failed 0 "), stopped);
        }
    }
}
