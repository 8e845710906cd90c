package io.jlivepatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.it.patches.GracePatch;
import io.jlivepatch.it.patches.StaticPatch;
import io.jlivepatch.it.support.Cli;
import io.jlivepatch.it.support.ControlClient;
import io.jlivepatch.it.support.PatchJars;
import io.jlivepatch.it.support.PatchList;
import io.jlivepatch.it.support.TargetJvm;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A transition completes only after a grace period that succeeds, as the kernel's, whose
 * {@code synchronize_rcu()} never gives up. When the completing grace period gives up (a read
 * section outlived it), the transition stays in flight, completing: its methods stay on the
 * transition path, where the section keeps the state it latched; nothing that ends it (the
 * post-unpatch callbacks, the answer, an unload) happens until the section ends, and an enable
 * or disable of the patch is refused; {@code force} completes it at once.
 */
class GracePeriodIT {

    private static final String OUTLIVED = "'grace': a read section outlived the grace period of the unpatching"
            + " transition";
    private static final String COMPLETING = "completing: waiting for a read section";

    @TempDir
    Path jars;

    /**
     * A thread switched to the unpatched state enters {@code work} in a read section and stays
     * there past the completing grace period (2 s here); then it calls {@code tail}, another
     * method of the patch, inside the same section. Before, the agent completed the disable
     * anyway: it published the stable shapes, so a section that had latched the state being
     * left took the stable path into the other state's version (the model check's o1:i2), and
     * it answered the disable while that section ran.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void theTransitionStaysInFlightUntilTheReaderLeaves() throws Exception {
        Path jar = PatchJars.of(jars, "grace", GracePatch.class);
        try (TargetJvm target = TargetJvm.startFixtureWithAgent("grace-period-timeout=2")) {
            ControlClient control = holdTheCompletion(target, jar);

            PatchList.Patch grace = PatchList.parse("list", control.run("list")).get("grace");
            assertTrue(grace.transition().orElse("").endsWith(COMPLETING), grace.line());
            assertFalse(target.stderrLines().stream().anyMatch(l -> l.endsWith("'grace': unpatching complete")),
                    "completed under a reader");
            assertEquals(List.of(), target.callbackEvents(), "no post-unpatch under a reader");
            for (String op : new String[] {"unload", "enable", "disable"}) {
                ControlClient.Answer answer = control.request(op, "grace");
                assertFalse(answer.ok(), op + " while completing: " + answer);
                assertTrue(answer.lines().get(0).contains("its transition is completing: it waits for a read section"
                        + " that may run the state it leaves; try again once that section ends, or force, which pins the"
                        + " patch"), answer.lines().toString());
            }
            // A section begun now latches the target (ALL_SWITCHED), on the transition path.
            assertEquals("grace-work=w1", target.call("grace-work"));
            assertEquals("grace-tail=t1", target.call("grace-tail"));

            letTheReaderGoAndAwaitTheCompletion(target);
            assertEquals(1, target.stderrLines().stream().filter(l -> l.contains(OUTLIVED)).count(),
                    "one warning for the transition");
            grace = PatchList.parse("list", control.run("list")).get("grace");
            assertFalse(grace.enabled());
            assertTrue(grace.transition().isEmpty(), grace.line());
            assertEquals(List.of("unloaded patch 'grace'"), control.run("unload", "grace"));
        }
    }

    /** {@code force} while the completion waits for a reader completes it at once, and pins the patch. */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void forceCompletesAWaitingCompletionAtOnce() throws Exception {
        Path jar = PatchJars.of(jars, "grace", GracePatch.class);
        try (TargetJvm target = TargetJvm.startFixtureWithAgent("grace-period-timeout=2")) {
            ControlClient control = holdTheCompletion(target, jar);

            control.run("force", "grace");
            target.awaitStderrLine("the forced completion", l -> l.endsWith("'grace': unpatching complete"),
                    Duration.ofSeconds(5));
            assertEquals(List.of("post-unpatch"), target.callbackEvents());
            PatchList.Patch grace = PatchList.parse("list", control.run("list")).get("grace");
            assertTrue(grace.forced() && grace.transition().isEmpty(), grace.line());
            assertEquals("open-b-grace-work=w1:t1", target.call("open-b-grace-work"));
            assertFalse(control.request("unload", "grace").ok(), "a forced patch stays loaded");
        }
    }

    /**
     * The disable in flight is reversed twice (an enable, then a disable again): the same request
     * and target, two generations later. Since issue 14 the completing grace period does not wait
     * for a section that latched the target of the transition's final generation; the reader's
     * section latched it two reversals before, and a key that old proves nothing (in between the
     * thread could have latched the other state), so the grace period waits for it.
     */
    static void reverseTwice(ControlClient control) {
        assertTrue(control.request("enable", "--no-wait", "grace").ok(), "the first reversal");
        assertTrue(control.request("disable", "--no-wait", "grace").ok(), "the second reversal");
    }

    /**
     * The completion waits for the reader under the patch lock for a second at most, then on the
     * worker without it: with the default timeout of 60 s, commands answer while it waits, an
     * enable of the patch is refused at once, and the completion comes when the reader leaves,
     * with no warning, since no grace period reached its timeout. Found by review: the lock was
     * held for the whole timeout, on the thread that completed (a round, or a request whose
     * first round completed), so every request that takes it (enable, disable, force, a
     * {@code --no-wait} one among them) waited, and the patch was not shown completing.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void theCompletionWaitsForAReaderWithoutThePatchLock() throws Exception {
        Path jar = PatchJars.of(jars, "grace", GracePatch.class);
        try (TargetJvm target = TargetJvm.startFixtureWithAgent("grace-period-timeout=60")) {
            ControlClient control = startTheHeldCompletion(target, jar);
            long released = System.nanoTime();
            awaitCompleting(control, "grace");
            ControlClient.Answer enable = control.request("enable", "grace");
            assertFalse(enable.ok(), "enable while completing: " + enable);
            assertTrue(System.nanoTime() - released < TimeUnit.SECONDS.toNanos(20),
                    "commands waited for the grace period's timeout under the lock");

            letTheReaderGoAndAwaitTheCompletion(target);
            assertFalse(target.stderrLines().stream().anyMatch(l -> l.contains(OUTLIVED) || l.contains("timed out")),
                    String.join("\n", target.stderrLines()));
        }
    }

    /**
     * A force ends the worker's wait for the reader, not only the completion: the wait held the
     * epoch domain for the rest of its timeout (60 s here), and the next transition's completion,
     * which needs it under the patch lock, waited as long, so an {@code enable --no-wait} of
     * another patch answered a minute later (found by review). That completion waits for the same
     * reader (a grace period waits for every section begun before it), without the lock, and
     * ends when the reader leaves.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aForceEndsTheWaitForTheReaderSoTheNextCompletionIsNotHeld() throws Exception {
        Path jar = PatchJars.of(jars, "grace", GracePatch.class);
        try (TargetJvm target = TargetJvm.startFixtureWithAgent("grace-period-timeout=60")) {
            Cli.load(target.pid(), PatchJars.of(jars, "static", StaticPatch.class)).assertSuccess();
            ControlClient control = ControlClient.of(target.pid());
            assertEquals(List.of("disabled patch 'kind-static'"), control.run("disable", "kind-static"));
            startTheHeldCompletion(target, jar);
            awaitCompleting(control, "grace");
            control.run("force", "grace");
            target.awaitStderrLine("the forced completion", l -> l.endsWith("'grace': unpatching complete"),
                    Duration.ofSeconds(5));

            long asked = System.nanoTime();
            assertTrue(control.request("enable", "--no-wait", "kind-static").ok());
            assertTrue(System.nanoTime() - asked < TimeUnit.SECONDS.toNanos(20),
                    "the enable waited for the forced completion's grace period");
            awaitCompleting(control, "kind-static");
            assertEquals("open-b-grace-work=w1:t1", target.call("open-b-grace-work"));
            target.awaitStderrLine("the completion once the reader left",
                    l -> l.endsWith("'kind-static': patching complete"), Duration.ofSeconds(30));
            assertEquals("static=patched world", target.call("static"));
        }
    }

    /**
     * Lets the reader go: its second method runs the version its section latched, and the
     * completion comes, with its post-unpatch callback.
     */
    private static void letTheReaderGoAndAwaitTheCompletion(TargetJvm target) {
        assertEquals("open-b-grace-work=w1:t1", target.call("open-b-grace-work"),
                "the reader's second method ran the version its section latched");
        target.awaitStderrLine("the completion once the reader left", l -> l.endsWith("'grace': unpatching complete"),
                Duration.ofSeconds(30));
        assertEquals(List.of("post-unpatch"), target.callbackEvents());
    }

    /** Waits up to 20 s for {@code id}'s transition to show completing. */
    private static void awaitCompleting(ControlClient control, String id) throws InterruptedException {
        long begin = System.nanoTime();
        PatchList.Patch p = PatchList.parse("list", control.run("list")).get(id);
        while (!p.transition().orElse("").endsWith(COMPLETING)) {
            assertTrue(System.nanoTime() - begin < TimeUnit.SECONDS.toNanos(20), "not completing in 20 s: " + p.line());
            Thread.sleep(50);
            p = PatchList.parse("list", control.run("list")).get(id);
        }
    }

    /**
     * Loads {@code grace}; its disable is held by a thread in {@code hold}, then a thread switched
     * to the unpatched state waits inside {@code work}, in a read section, the disable is reversed
     * twice ({@link #reverseTwice}), and the hold is let go: the completing grace period gives up
     * on that section.
     */
    private static ControlClient holdTheCompletion(TargetJvm target, Path jar) throws InterruptedException {
        ControlClient control = startTheHeldCompletion(target, jar);
        target.awaitStderrLine("the grace period giving up", l -> l.contains(OUTLIVED), Duration.ofSeconds(20));
        return control;
    }

    /** {@link #holdTheCompletion} up to the hold let go: the completion waits for the reader. */
    private static ControlClient startTheHeldCompletion(TargetJvm target, Path jar) throws InterruptedException {
        Cli.load(target.pid(), jar).assertSuccess();
        ControlClient control = ControlClient.of(target.pid());
        assertEquals("grace-work=w2", target.call("grace-work"));
        assertEquals("grace-tail=t2", target.call("grace-tail"), "tail is linked");
        assertEquals("park-grace-hold=parked", target.call("park-grace-hold"), "holds the disable");
        assertTrue(control.request("disable", "--no-wait", "grace").ok());
        assertEquals("start-grace-work=at-a", target.call("start-grace-work"));
        control.awaitThreadState("grace-work", "unpatched");
        assertEquals("open-a-grace-work=at-b", target.call("open-a-grace-work"),
                "switched, then inside work, in a read section");
        assertEquals(List.of("pre-unpatch"), target.callbackEvents());
        reverseTwice(control);

        assertEquals("release-grace-hold=h2", target.call("release-grace-hold"));
        return control;
    }
}
