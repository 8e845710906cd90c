package io.jlivepatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.it.patches.PairPatch;
import io.jlivepatch.it.support.Cli;
import io.jlivepatch.it.support.PatchJars;
import io.jlivepatch.it.support.TargetJvm;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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
        Path jar = PatchJars.of(jars, "pair", PairPatch.class);
        try (TargetJvm target = TargetJvm.startFixture()) {
            assertEquals("offline-start=started 2", target.call("offline-start"), "inside their regions, no agent yet");
            assertEquals("park-outer=parked", target.call("park-outer"), "will hold the transition");
            CompletableFuture<Cli.Result> load = CompletableFuture.supplyAsync(() -> Cli.load(target.pid(), jar));
            target.awaitStderrLine("the region's warning", l -> l.startsWith("jlivepatch: warning: 'pair': ")
                    && l.contains(" ran on thread 'offline-annotated-0' ")
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
