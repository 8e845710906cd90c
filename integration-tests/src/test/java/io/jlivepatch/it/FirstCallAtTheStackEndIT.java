package io.jlivepatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.it.patches.CopiedPairPatch;
import io.jlivepatch.it.support.Cli;
import io.jlivepatch.it.support.ControlClient;
import io.jlivepatch.it.support.PatchJars;
import io.jlivepatch.it.support.TargetJvm;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class that loads after its patch binds each method's slot at that method's first call, on
 * the calling thread (the linker). helper-72's hunt: a first call near the end of its thread's
 * stack overflowed inside the binding, which took the StackOverflowError for the class's failure
 * and linked the trampoline to the original code for good, while the class's other method, bound
 * at a normal call, ran the patch: {@code o2:i1}, silently for a copy in another class loader.
 * Now such a call fails with the overflow, as it would without the agent, and the next call
 * binds. Each case first calls one method of CopiedPair at the end of a 512 KiB stack, then the
 * pair normally.
 */
class FirstCallAtTheStackEndIT {

    @TempDir
    Path jars;

    /** The application's own class, the patch given at start-up, inner first called deep. */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void theApplicationsClassUnderAStartUpPatch() throws Exception {
        Path jar = PatchJars.of(jars, "copied-pair", CopiedPairPatch.class);
        try (TargetJvm target = TargetJvm.startFixtureWithAgent("patch=" + jar)) {
            String deep = target.call("copied-deepinner-0");
            assertTrue(deep.equals("copied-deepinner-0=i2") || deep.contains("StackOverflowError"), deep);
            assertEquals("copied-call-0=o2:i2", target.call("copied-call-0"));
            assertEquals(java.util.List.of(), target.stderrLines().stream().filter(l -> l.contains("cannot bind"))
                    .toList(), "no binding was given up");
        }
    }

    /** Copies in class loaders of their own under a stable patch: one's inner, another's outer first called deep. */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void copiesWhoseFirstCallIsAtTheStackEndRunThePatchWhole() throws Exception {
        Path jar = PatchJars.of(jars, "copied-pair", CopiedPairPatch.class);
        try (TargetJvm target = TargetJvm.startFixture()) {
            Cli.load(target.pid(), jar).assertSuccess();
            assertEquals("copied-call-0=o2:i2", target.call("copied-call-0"));
            assertEquals("copied-deploy=1", target.call("copied-deploy"));
            target.call("copied-deepinner-1");
            assertEquals("copied-deploy=2", target.call("copied-deploy"));
            target.call("copied-deepouter-2");
            assertEquals("copied-all=o2:i2,o2:i2,o2:i2", target.call("copied-all"));
        }
    }

    /** The same with the copies defined and first called while a patching transition is held. */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void copiesFirstCalledAtTheStackEndDuringATransitionRunThePatchWholeOnceItCompletes() throws Exception {
        Path jar = PatchJars.of(jars, "copied-pair", CopiedPairPatch.class);
        try (TargetJvm target = TargetJvm.startFixture()) {
            assertEquals("copied-park-0-0=parked", target.call("copied-park-0-0"));
            CompletableFuture<Cli.Result> load = ConsistencyIT.startHeldBy(target, "copied-0",
                    "'copied-pair' patching", () -> Cli.load(target.pid(), jar));
            target.call("copied-deploy");
            target.call("copied-deepinner-1");
            target.call("copied-deploy");
            target.call("copied-deepouter-2");
            String during = target.call("copied-all");
            assertTrue(during.matches("copied-all=(o1:i1|o2:i2),(o1:i1|o2:i2),(o1:i1|o2:i2)"), during);
            assertEquals("copied-release-0=o1:i1", target.call("copied-release-0"), "the parked thread's old pair");
            load.get(60, TimeUnit.SECONDS).assertSuccess();
            assertEquals("copied-all=o2:i2,o2:i2,o2:i2", target.call("copied-all"));
            assertTrue(ControlClient.of(target.pid()).run("list").stream().anyMatch(l -> l.contains("(3 classes)")),
                    "every copy bound");
        }
    }
}
