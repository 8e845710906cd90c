package io.jlivepatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.it.patches.BlockingPrePatch;
import io.jlivepatch.it.patches.LatePairPatch;
import io.jlivepatch.it.support.Cli;
import io.jlivepatch.it.support.ControlClient;
import io.jlivepatch.it.support.PatchJars;
import io.jlivepatch.it.support.PatchList;
import io.jlivepatch.it.support.TargetJvm;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A target whose class loads after its patch is bound when a trampoline first links, on the
 * thread that calls it, without the patch lock (issue 10, scenario 2). The pair of
 * {@code LateOuter.outer} (loaded) and {@code LateInner.inner} (loaded by outer's first call)
 * changes together: a caller answers {@code o2:i2} or {@code o1:i1}, never a mix.
 */
class LateLinkingIT {

    @TempDir
    Path jars;

    /**
     * While another patch's pre-patch callback holds the patch lock, two threads call the pair
     * for the first time at once. Before, the first linker waited for the lock, and the other
     * caller gave up after a second and ran the original callee under the patched caller
     * ({@code o2:i1}); {@code list} waited for the lock too.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void firstCallsLinkWhileThePatchLockIsHeld() throws Exception {
        Path pair = PatchJars.of(jars, "late-pair", LatePairPatch.class);
        Path blocking = PatchJars.of(jars, "blocking", BlockingPrePatch.class);
        try (TargetJvm target = TargetJvm.startFixture()) {
            Cli.load(target.pid(), pair).assertSuccess();
            ControlClient control = ControlClient.of(target.pid());
            assertEquals("pending", target(control, "LateInner", "inner").state(), "nothing loaded LateInner yet");
            CompletableFuture<ControlClient.Answer> load = CompletableFuture.supplyAsync(
                    () -> control.request("load", blocking.toString()));
            assertEquals("blocker-waiting=waiting", target.call("blocker-waiting"), "the pre-patch callback holds the lock");

            assertEquals("late-outer-twice=o2:i2,o2:i2", target.call("late-outer-twice"),
                    "both first callers run the patched pair, at once");
            assertEquals("patched", target(control, "LateInner", "inner").state(), "list answers, the lock held");

            assertEquals("blocker-release=released", target.call("blocker-release"));
            assertTrue(load.get(60, TimeUnit.SECONDS).ok(), "the blocking patch loads once released");
            assertEquals("late-outer=o2:i2", target.call("late-outer"));
        }
    }

    /**
     * A thread switched to the unpatched state enters {@code outer} in a read section and waits
     * there until the completing grace period waits for it; then it calls {@code inner} for the
     * first time. Before, its linker waited for the patch lock, which the grace period held while
     * it waited for that very section: both waited until the grace period gave up (60 s), and
     * {@code list} answered nothing meanwhile. Now the call links at once, runs the original
     * callee as its state says, and the disable completes.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aFirstCallInsideAReadSectionDoesNotWaitForTheGracePeriod() throws Exception {
        Path pair = PatchJars.of(jars, "late-pair", LatePairPatch.class);
        try (TargetJvm target = TargetJvm.startFixture()) {
            Cli.load(target.pid(), pair).assertSuccess();
            ControlClient control = ControlClient.of(target.pid());
            assertEquals("park-late-hold=parked", target.call("park-late-hold"), "holds the disable");
            assertTrue(control.request("disable", "--no-wait", "late-pair").ok());
            assertEquals("start-late-outer=at-a", target.call("start-late-outer"));
            control.awaitThreadState("late-outer", "unpatched");
            assertEquals("open-a-late-outer=at-b", target.call("open-a-late-outer"),
                    "switched, then inside outer, in a read section");

            int from = target.stderrLines().size();
            assertEquals("release-late-hold=h2", target.call("release-late-hold"));
            target.awaitStderrLine("the completion", l -> l.endsWith("'late-pair': completing unpatching transition"),
                    Duration.ofSeconds(20));
            assertTrue(target.stderrLines().size() > from);
            assertEquals("open-b-late-outer=o1:i1", target.call("open-b-late-outer"),
                    "the first call of inner linked inside the section and ran its thread's state");
            target.awaitStderrLine("the end of the disable", l -> l.endsWith("'late-pair': unpatching complete"),
                    Duration.ofSeconds(20));
            assertEquals("late-outer=o1:i1", target.call("late-outer"));
        }
    }

    private static PatchList.Target target(ControlClient control, String simpleClass, String method) {
        return PatchList.parse("list", control.run("list")).get("late-pair")
                .target("io.jlivepatch.it.fixture." + simpleClass, method);
    }
}
