package io.jlivepatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.it.patches.PairAPatch;
import io.jlivepatch.it.patches.PairB2Patch;
import io.jlivepatch.it.patches.PairBOnlyPatch;
import io.jlivepatch.it.patches.PairBothPatch;
import io.jlivepatch.it.patches.RedeployNestedPatch;
import io.jlivepatch.it.patches.RedeployPatch;
import io.jlivepatch.it.patches.RedeployV3Patch;
import io.jlivepatch.it.support.Cli;
import io.jlivepatch.it.support.ControlClient;
import io.jlivepatch.it.support.PatchJars;
import io.jlivepatch.it.support.PatchList;
import io.jlivepatch.it.support.TargetJvm;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A target class defined again by another class loader, as a container's redeploy does, is
 * patched too (issue 10, scenario 9): each definition gets slots and a copy of the patch of its
 * own. Before, a second copy defined after the load ran its original code while {@code list}
 * said patched, and a load with two copies loaded was refused. Found in review: a copy whose first
 * call came while the load ran (after it looked for loaded copies, before the patch redirected
 * the method) ran its original code for good; and a dropped copy stayed reachable after its patch
 * was disabled and unloaded, through a call site's handle of the patch's code. Found in the third
 * review: a slot whose link was deferred kept its class's lookup (a leak), and a copy defined while
 * a load registered its methods, and missed by its look for loaded classes, ran {@code a2:b1}.
 */
class RedeployIT {

    private static final String CLASS = "io.jlivepatch.it.fixture.redeploy.RedeployTarget";

    @TempDir
    Path jars;

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aCopyDeployedAfterTheLoadIsPatched() throws Exception {
        try (TargetJvm target = TargetJvm.startFixture()) {
            assertEquals("redeploy=1 copies", target.call("redeploy"));
            ControlClient control = load(target);
            assertEquals("redeploy-values=v2", target.call("redeploy-values"));
            assertEquals("redeploy=2 copies", target.call("redeploy"));
            assertEquals("redeploy-values=v2,v2", target.call("redeploy-values"));
            assertTarget(control, "patched", 2);
            disableThenAllOriginal(target, control, "v1,v1");
        }
    }

    /**
     * Issue 14: once disabled, the method's trampoline is out of every copy; a copy deployed then
     * gets none, and the next enable puts it into both, binds the new copy and patches it.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aCopyDeployedWhileThePrologueIsOutIsPatchedAtTheNextEnable() throws Exception {
        try (TargetJvm target = TargetJvm.startFixture()) {
            ControlClient control = deployedWhileDisabled(target, "redeploy");
            assertEquals("redeploy-values=v1,v1", target.call("redeploy-values"));
            assertEquals(List.of("enabled patch 'redeploy-fix'"), control.run("enable", "redeploy-fix"));
            assertEquals("redeploy-values=v2,v2", target.call("redeploy-values"));
            assertTarget(control, "patched", 2);
            disableThenAllOriginal(target, control, "v1,v1");
        }
    }

    /**
     * Issue 14's review: a patch of two methods of one class, disabled (both trampolines out), a
     * copy deployed, the patch enabled: each method's instance in the copy is claimed before
     * the patch's object there is checked, which looks at both. Before, the copy ran none of
     * the patch while it was listed enabled (a2:b2,a1:b1).
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aPatchOfTwoMethodsRunsWholeInACopyDeployedWhileItWasDisabled() throws Exception {
        try (TargetJvm target = TargetJvm.startFixture()) {
            assertEquals("pair-copy-deploy=1 pairs", target.call("pair-copy-deploy"));
            Cli.load(target.pid(), PatchJars.of(jars, "pair-both", PairBothPatch.class)).assertSuccess();
            ControlClient control = ControlClient.of(target.pid());
            assertEquals("pair-copy-values=a2:b2", target.call("pair-copy-values"));
            assertEquals(List.of("disabled patch 'pair-both'"), control.run("disable", "pair-both"));
            assertEquals("pair-copy-deploy=2 pairs", target.call("pair-copy-deploy"));
            assertEquals(List.of("enabled patch 'pair-both'"), control.run("enable", "pair-both"));
            assertEquals("pair-copy-values=a2:b2,a2:b2", target.call("pair-copy-values"));
        }
    }

    /**
     * The same with one method still patched by another patch (its trampoline stays, the other's
     * is out), and the copy called before the enable: its first call links the first method,
     * which must not judge the disabled patch's object there by the method that has no
     * trampoline now. Before, the disabled patch was broken in the copy for good, with a warning
     * per copy, and ran none of itself there once enabled (aq:b1).
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aCopyCalledWhileOneOfItsMethodsHasNoTrampolineRunsTheNextEnableWhole() throws Exception {
        try (TargetJvm target = TargetJvm.startFixture()) {
            assertEquals("pair-copy-deploy=1 pairs", target.call("pair-copy-deploy"));
            Cli.load(target.pid(), PatchJars.of(jars, "pair-a", PairAPatch.class)).assertSuccess();
            Cli.load(target.pid(), PatchJars.of(jars, "pair-both", PairBothPatch.class)).assertSuccess();
            ControlClient control = ControlClient.of(target.pid());
            assertEquals(List.of("disabled patch 'pair-both'"), control.run("disable", "pair-both"));
            assertEquals("pair-copy-deploy-call=aq:b1", target.call("pair-copy-deploy-call"));
            assertEquals(List.of("enabled patch 'pair-both'"), control.run("enable", "pair-both"));
            assertEquals("pair-copy-values=a2:b2,a2:b2", target.call("pair-copy-values"));
            assertTrue(target.stderrLines().stream().noneMatch(l -> l.contains("none of the patch runs")),
                    String.join("\n", target.stderrLines()));
        }
    }

    /**
     * Issue 14's second review: a copy deployed while one method of a disabled patch had no
     * trampoline makes its first call while an enable arms that method again (another copy's
     * definition, slow to answer for the agent's classes, holds the enable at the transform gate).
     * The copy's instance is claimed before the method reads armed, so the link does not take the
     * copy for one defined without its trampoline. Before: the patch ran nowhere in that copy for
     * good (a2:b2,aq:b1), listed enabled.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aCopyFirstCalledWhileAnEnableArmsItsMethodRunsThePatchWhole() throws Exception {
        try (TargetJvm target = TargetJvm.startFixture()) {
            ControlClient control = copyDeployedWhileHalfDisarmed(target);
            assertEquals("pair-slow-deploy=started", target.call("pair-slow-deploy"));
            TimeUnit.MILLISECONDS.sleep(200);
            CompletableFuture<ControlClient.Answer> enabled = CompletableFuture.supplyAsync(
                    () -> control.request("enable", "pair-both"));
            TimeUnit.MILLISECONDS.sleep(400);
            assertEquals("pair-copy-values=aq:b1,aq:b1", target.call("pair-copy-values"), "during the enable");
            assertEquals(List.of("enabled patch 'pair-both'"), enabled.get(30, TimeUnit.SECONDS).lines());
            assertEquals("pair-copy-values=a2:b2,a2:b2", target.call("pair-copy-values"));
        }
    }

    /** The same window, opened by a load of another patch of the disarmed method. Before: a2:b2,aq:bq. */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aCopyFirstCalledWhileALoadArmsItsMethodRunsThePatchesWhole() throws Exception {
        try (TargetJvm target = TargetJvm.startFixture()) {
            ControlClient control = copyDeployedWhileHalfDisarmed(target);
            assertEquals("pair-slow-deploy=started", target.call("pair-slow-deploy"));
            TimeUnit.MILLISECONDS.sleep(200);
            Path bOnly = PatchJars.of(jars, "pair-b-only", PairBOnlyPatch.class);
            CompletableFuture<Void> loaded = CompletableFuture.runAsync(() -> Cli.load(target.pid(), bOnly).assertSuccess());
            TimeUnit.MILLISECONDS.sleep(400);
            target.call("pair-copy-values");
            loaded.get(30, TimeUnit.SECONDS);
            assertEquals("pair-copy-values=aq:bq,aq:bq", target.call("pair-copy-values"));
            assertEquals(List.of("enabled patch 'pair-both'"), control.run("enable", "pair-both"));
            assertEquals("pair-copy-values=a2:b2,a2:b2", target.call("pair-copy-values"));
        }
    }

    /** pair-a and pair-both loaded, pair-both disabled (b's trampoline out), a second copy deployed. */
    private ControlClient copyDeployedWhileHalfDisarmed(TargetJvm target) {
        assertEquals("pair-copy-deploy=1 pairs", target.call("pair-copy-deploy"));
        Cli.load(target.pid(), PatchJars.of(jars, "pair-a", PairAPatch.class)).assertSuccess();
        Cli.load(target.pid(), PatchJars.of(jars, "pair-both", PairBothPatch.class)).assertSuccess();
        ControlClient control = ControlClient.of(target.pid());
        assertEquals(List.of("disabled patch 'pair-both'"), control.run("disable", "pair-both"));
        assertEquals("pair-copy-deploy=2 pairs", target.call("pair-copy-deploy"));
        return control;
    }

    /**
     * Issue 14's second review: an enable that could not put the trampoline back into one copy
     * (another agent made its retransformation fail) leaves that copy out; the copy must not
     * count as having the trampoline afterwards, and must be checked again at the next enable
     * that arms the method. Before: a later patch of the method was listed patched and ran
     * nowhere in the copy (v3,v1), and the copy stayed left out for good (v2,v1). With a
     * prologue linger ({@code -Djlivepatch.prologueLingerMillis}) too: the first disable's linger
     * runs out first (the enable then arms the method again, and leaves the copy out); the last
     * disable's does not, and the quick enable after it tries the copy again all the same
     * (helper-50: it kept the copy left out, v2,v1; see also the next test).
     */
    @ParameterizedTest
    @ValueSource(ints = {0, 1_500})
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aCopyAnEnableLeftOutIsTriedAgainLater(int lingerMillis) throws Exception {
        try (TargetJvm target = withOtherAgentOn("RedeployTarget")
                .jvmOption("-Djlivepatch.prologueLingerMillis=" + lingerMillis)
                .start()) {
            assertEquals("redeploy=1 copies", target.call("redeploy"));
            ControlClient control = load(target);
            assertEquals("redeploy=2 copies", target.call("redeploy"));
            assertEquals(List.of("disabled patch 'redeploy-fix'"), control.run("disable", "redeploy-fix"));
            // Past the linger, with room to spare for a busy worker: the trampolines are out, and
            // the enable arms (a worker late by more would make the check below fail with v2,v2).
            Thread.sleep(lingerMillis == 0 ? 0 : lingerMillis + 4_000L);
            assertEquals("other-agent-fail-on=on", target.call("other-agent-fail-on"));
            assertEquals(List.of("enabled patch 'redeploy-fix'"), control.run("enable", "redeploy-fix"));
            assertEquals("redeploy-values=v2,v1", target.call("redeploy-values"));
            assertEquals("other-agent-fail-off=off", target.call("other-agent-fail-off"));
            Cli.load(target.pid(), PatchJars.of(jars, "redeploy-v3", RedeployV3Patch.class)).assertSuccess();
            assertEquals("redeploy-values=v3,v3", target.call("redeploy-values"));
            assertEquals(List.of("disabled patch 'redeploy-v3'"), control.run("disable", "redeploy-v3"));
            assertEquals(List.of("disabled patch 'redeploy-fix'"), control.run("disable", "redeploy-fix"));
            assertEquals(List.of("enabled patch 'redeploy-fix'"), control.run("enable", "redeploy-fix"));
            assertEquals("redeploy-values=v2,v2", target.call("redeploy-values"));
        }
    }

    /**
     * A copy an enable left out is tried again by the next enable of its patch even when its
     * method kept its trampolines in between, as it does beneath another patch (here), after a
     * forced disable and through a linger (the read-through of issue 14's linger: only an enable
     * that put the trampolines back tried the copy again, and the patch stayed out of it for
     * good: v2,v3 below).
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aCopyLeftOutIsTriedAgainWhileItsMethodKeepsItsTrampolines() throws Exception {
        try (TargetJvm target = withOtherAgentOn("RedeployTarget").start()) {
            assertEquals("redeploy=1 copies", target.call("redeploy"));
            ControlClient control = load(target);
            assertEquals("redeploy=2 copies", target.call("redeploy"));
            assertEquals(List.of("disabled patch 'redeploy-fix'"), control.run("disable", "redeploy-fix"));
            assertEquals("other-agent-fail-on=on", target.call("other-agent-fail-on"));
            assertEquals(List.of("enabled patch 'redeploy-fix'"), control.run("enable", "redeploy-fix"));
            assertEquals("redeploy-values=v2,v1", target.call("redeploy-values"), "the copy left out");
            assertEquals("other-agent-fail-off=off", target.call("other-agent-fail-off"));

            // Beneath another patch, the method keeps its trampolines through a disable.
            Cli.load(target.pid(), PatchJars.of(jars, "redeploy-v3", RedeployV3Patch.class)).assertSuccess();
            assertEquals("redeploy-values=v3,v3", target.call("redeploy-values"));
            assertEquals(List.of("disabled patch 'redeploy-fix'"), control.run("disable", "redeploy-fix"));
            assertEquals(List.of("enabled patch 'redeploy-fix'"), control.run("enable", "redeploy-fix"));
            assertEquals("redeploy-values=v2,v2", target.call("redeploy-values"), "the enable tried the copy again");

        }
    }

    /**
     * A retransformation the JVM refuses (another agent broke the class) keeps the class as it
     * was: what the transformer reported of every method of it, another patch's too, must not
     * stand (helper-57). Before: pair-b2, loaded once the other agent let go, was listed patched
     * and ran nowhere in the copy (a1:b1), because a refused retransformation during pair-a's
     * enable had reported b's trampoline emitted there.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aRefusedRetransformationLeavesNoReportOfAnotherPatchsMethod() throws Exception {
        try (TargetJvm target = startWithPairFailures(0)) {
            ControlClient control = pairPatchesDisabled(target);
            assertEquals("other-agent-fail-pair=on", target.call("other-agent-fail-pair"));
            assertEquals(List.of("enabled patch 'pair-b-only'"), control.run("enable", "pair-b-only"));
            assertEquals(List.of("enabled patch 'pair-a'"), control.run("enable", "pair-a"));
            assertEquals("pair-copy-values=a1:b1", target.call("pair-copy-values"), "both left out");
            assertEquals("other-agent-fail-off=off", target.call("other-agent-fail-off"));
            Cli.load(target.pid(), PatchJars.of(jars, "pair-b2", PairB2Patch.class)).assertSuccess();
            assertEquals("pair-copy-values=a1:bz", target.call("pair-copy-values"), "pair-b2 runs in the copy");
        }
    }

    /**
     * The same through an enable that tries a copy left out again while its method kept its
     * trampolines (a linger): it must not trust a report of a retransformation the JVM refused
     * (helper-57's regression of the retry: pair-a listed patched, the copy running a1:b1).
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aRetryDoesNotTrustAReportOfARefusedRetransformation() throws Exception {
        try (TargetJvm target = startWithPairFailures(1_000)) {
            ControlClient control = pairPatchesDisabled(target);
            // Past the linger: both methods are disarmed, and each enable below arms one again.
            Thread.sleep(1_000 + 4_000);
            assertEquals("other-agent-fail-pair=on", target.call("other-agent-fail-pair"));
            assertEquals(List.of("enabled patch 'pair-a'"), control.run("enable", "pair-a"));
            assertEquals("pair-copy-values=a1:b1", target.call("pair-copy-values"), "pair-a left out");
            assertEquals(List.of("disabled patch 'pair-a'"), control.run("disable", "pair-a"));
            assertEquals(List.of("enabled patch 'pair-b-only'"), control.run("enable", "pair-b-only"));
            assertEquals("pair-copy-values=a1:b1", target.call("pair-copy-values"), "pair-b-only left out");
            assertEquals("other-agent-fail-off=off", target.call("other-agent-fail-off"));
            assertEquals(List.of("enabled patch 'pair-a'"), control.run("enable", "pair-a"));
            assertEquals("pair-copy-values=aq:b1", target.call("pair-copy-values"), "pair-a tried again, and runs");
            List<String> lines = control.run("list");
            assertTrue(lines.stream().anyMatch(l -> l.contains("RedeployPair.a()") && l.endsWith(" patched")),
                    String.join("\n", lines));
        }
    }

    /**
     * A re-arm the JVM refused in a copy, during one patch's enable, leaves that patch out of
     * the copy; another patch of the same method, enabled later while the method stays armed,
     * must not count on a trampoline the copy does not have (helper-58: pair-b2 was listed
     * patched and the copy ran a1:b1; pair-both ran half of itself there, a2:b1).
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void anotherPatchOfAMethodARefusedReArmLeftWithoutATrampolineTriesTheCopy() throws Exception {
        try (TargetJvm target = startWithPairFailures(1_000)) {
            assertEquals("pair-copy-deploy=1 pairs", target.call("pair-copy-deploy"));
            Cli.load(target.pid(), PatchJars.of(jars, "pair-a", PairAPatch.class)).assertSuccess();
            Cli.load(target.pid(), PatchJars.of(jars, "pair-b-only", PairBOnlyPatch.class)).assertSuccess();
            Cli.load(target.pid(), PatchJars.of(jars, "pair-both", PairBothPatch.class)).assertSuccess();
            ControlClient control = ControlClient.of(target.pid());
            assertEquals("pair-copy-values=a2:b2", target.call("pair-copy-values"));
            assertEquals(List.of("disabled patch 'pair-both'"), control.run("disable", "pair-both"));
            assertEquals(List.of("disabled patch 'pair-b-only'"), control.run("disable", "pair-b-only"));
            assertEquals("pair-copy-values=aq:b1", target.call("pair-copy-values"));
            // Past the linger: b is disarmed (a stays armed, pair-a is enabled).
            Thread.sleep(1_000 + 4_000);
            assertEquals("other-agent-fail-pair=on", target.call("other-agent-fail-pair"));
            assertEquals(List.of("enabled patch 'pair-b-only'"), control.run("enable", "pair-b-only"));
            assertEquals("pair-copy-values=aq:b1", target.call("pair-copy-values"), "pair-b-only left out");
            assertEquals("other-agent-fail-off=off", target.call("other-agent-fail-off"));
            assertEquals(List.of("enabled patch 'pair-both'"), control.run("enable", "pair-both"));
            assertEquals("pair-copy-values=a2:b2", target.call("pair-copy-values"), "all of pair-both in the copy");
        }
    }

    private TargetJvm startWithPairFailures(int lingerMillis) {
        return withOtherAgentOn("RedeployPair").jvmOption("-Djlivepatch.prologueLingerMillis=" + lingerMillis).start();
    }

    /**
     * The fixture with the agent, and beside it the other agent (SlowTransformerAgent) on the
     * redeploy fixture's class {@code simpleName}, whose retransformations it can refuse.
     */
    private TargetJvm.Builder withOtherAgentOn(String simpleName) {
        return TargetJvm.builder().javaAgent(null)
                .jvmOption("-javaagent:" + PatchJars.otherAgent(jars) + "=io/jlivepatch/it/fixture/redeploy/" + simpleName);
    }

    /** One copy of the pair deployed, pair-a and pair-b-only loaded, both disabled again. */
    private ControlClient pairPatchesDisabled(TargetJvm target) {
        assertEquals("pair-copy-deploy=1 pairs", target.call("pair-copy-deploy"));
        Cli.load(target.pid(), PatchJars.of(jars, "pair-a", PairAPatch.class)).assertSuccess();
        Cli.load(target.pid(), PatchJars.of(jars, "pair-b-only", PairBOnlyPatch.class)).assertSuccess();
        ControlClient control = ControlClient.of(target.pid());
        assertEquals("pair-copy-values=aq:bq", target.call("pair-copy-values"));
        assertEquals(List.of("disabled patch 'pair-a'"), control.run("disable", "pair-a"));
        assertEquals(List.of("disabled patch 'pair-b-only'"), control.run("disable", "pair-b-only"));
        assertEquals("pair-copy-values=a1:b1", target.call("pair-copy-values"));
        return control;
    }

    /**
     * A copy the agent cannot reach (its loader does not see the trampoline support), deployed
     * after the load: the enable after a disable leaves the patch out of that copy, as the load
     * did, and is not refused for it.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void anEnableLeavesOutACopyItCannotReachAsTheLoadDid() throws Exception {
        try (TargetJvm target = TargetJvm.startFixture()) {
            assertEquals("redeploy=1 copies", target.call("redeploy"));
            ControlClient control = load(target);
            assertEquals("redeploy-isolated=2 copies", target.call("redeploy-isolated"));
            assertEquals("redeploy-values=v2,v1", target.call("redeploy-values"));
            assertPatchedButInOne(control);
            assertEquals(List.of("disabled patch 'redeploy-fix'"), control.run("disable", "redeploy-fix"));
            assertEquals(List.of("enabled patch 'redeploy-fix'"), control.run("enable", "redeploy-fix"));
            assertEquals("redeploy-values=v2,v1", target.call("redeploy-values"));
            assertPatchedButInOne(control);
        }
    }

    /**
     * The same copy deployed while the patch is disabled (its method has no trampoline then): the
     * enable leaves it out before its first call, and {@code list} counts it (the third review's
     * F1: it said plain {@code patched}).
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aCopyLeftOutBeforeItsFirstCallIsListed() throws Exception {
        try (TargetJvm target = TargetJvm.startFixture()) {
            ControlClient control = deployedWhileDisabled(target, "redeploy-isolated");
            assertEquals(List.of("enabled patch 'redeploy-fix'"), control.run("enable", "redeploy-fix"));
            assertPatchedButInOne(control);
            assertEquals("redeploy-values=v2,v1", target.call("redeploy-values"));
            assertPatchedButInOne(control);
        }
    }

    /**
     * Loads the patch over one copy, disables it (the trampoline comes out), then deploys a
     * second copy with fixture command {@code deploy}.
     */
    private ControlClient deployedWhileDisabled(TargetJvm target, String deploy) {
        assertEquals("redeploy=1 copies", target.call("redeploy"));
        ControlClient control = load(target);
        assertEquals(List.of("disabled patch 'redeploy-fix'"), control.run("disable", "redeploy-fix"));
        assertEquals(deploy + "=2 copies", target.call(deploy));
        return control;
    }

    /**
     * The patch runs in the first copy and not in the second: {@code list} says so, where it
     * said the whole target failed (the second review's F5).
     */
    private static void assertPatchedButInOne(ControlClient control) {
        PatchList.Target t = PatchList.parse("list", control.run("list")).get("redeploy-fix").target(CLASS, "value");
        assertEquals("patched", t.state(), t.line());
        assertTrue(t.line().matches("  " + java.util.regex.Pattern.quote(CLASS + ".value()Ljava/lang/String;")
                + " patched \\(2 classes, failed in 1: .*isolated.*\\)"), t.line());
    }

    /**
     * A class loader that throws an Error (not a LinkageError) when asked for the agent's
     * classes: taking the trampolines out after a disable must not let it escape. Before, the
     * completion on the transition worker never answered the disable, and the next enable failed
     * with an internal error.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aLoaderThatThrowsAnErrorDoesNotStopTheDisableFromAnswering() throws Exception {
        try (TargetJvm target = TargetJvm.startFixture()) {
            assertEquals("redeploy=1 copies", target.call("redeploy"));
            ControlClient control = load(target);
            assertEquals("redeploy-throwing=2 copies", target.call("redeploy-throwing"));
            // A stack deeper than the JVM's limit holds the transition, so the worker completes it.
            assertEquals("park-deep-outer=parked", target.call("park-deep-outer"));
            CompletableFuture<ControlClient.Answer> disabled = CompletableFuture.supplyAsync(
                    () -> control.request("disable", "redeploy-fix"));
            TimeUnit.MILLISECONDS.sleep(300);
            assertEquals("release-deep-outer=o1:i1", target.call("release-deep-outer"));
            assertEquals(List.of("disabled patch 'redeploy-fix'"), disabled.get(30, TimeUnit.SECONDS).lines());
            assertEquals("redeploy-values=v1,v1", target.call("redeploy-values"));
            assertEquals(List.of("enabled patch 'redeploy-fix'"), control.run("enable", "redeploy-fix"));
            assertEquals("redeploy-values=v2,v1", target.call("redeploy-values"));
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aLoadPatchesEveryCopyThatIsLoaded() throws Exception {
        try (TargetJvm target = TargetJvm.startFixture()) {
            assertEquals("redeploy=1 copies", target.call("redeploy"));
            assertEquals("redeploy=2 copies", target.call("redeploy"));
            ControlClient control = load(target);
            assertEquals("redeploy-values=v2,v2", target.call("redeploy-values"));
            assertTarget(control, "patched", 2);
            disableThenAllOriginal(target, control, "v1,v1");
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void copiesDeployedAfterAPendingLoadArePatched() throws Exception {
        try (TargetJvm target = TargetJvm.startFixture()) {
            ControlClient control = load(target);
            assertTarget(control, "pending", 0);
            assertEquals("redeploy=1 copies", target.call("redeploy"));
            assertEquals("redeploy=2 copies", target.call("redeploy"));
            assertEquals("redeploy-values=v2,v2", target.call("redeploy-values"));
            assertTarget(control, "patched", 2);
            disableThenAllOriginal(target, control, "v1,v1");
        }
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void copiesDeployedAndCalledWhileTheLoadRunsArePatched() throws Exception {
        try (TargetJvm target = TargetJvm.startFixture()) {
            // A thread deploys a copy and calls it (which links it), every millisecond, before,
            // during and after the load: the load retransforms the copies it finds, which takes
            // long enough for hundreds to be defined and linked meanwhile.
            assertEquals("storm-start=started", target.call("storm-start"));
            TimeUnit.MILLISECONDS.sleep(500);
            load(target);
            TimeUnit.MILLISECONDS.sleep(300);
            String counts = target.call("storm-stop");
            // A copy whose transform ran before the load registered its targets and whose
            // definition ended after the load listed the loaded classes (a window of the JVM's
            // parse of the class, hit about once in a few thousand copies on a busy 2-core
            // machine) is found by a sweep and runs none of the patch, whole (PatchLoader#sweep):
            // it may have been running already. Any other copy runs the patch.
            java.util.regex.Matcher m = java.util.regex.Pattern
                    .compile("storm-stop=(?:v1:(\\d+) )?v2:\\d+(?: v1-in \\[(.*)\\])?").matcher(counts);
            assertTrue(m.matches(), "every copy runs the enabled patch or, when the load missed it, none of it: " + counts);
            if (m.group(1) != null) {
                assertTrue(Integer.parseInt(m.group(1)) <= 3, "the load missed few copies: " + counts);
                for (String loader : m.group(2).split(", ")) {
                    target.awaitStderrLine("the sweep of " + loader, l -> l.contains("in class loader '" + loader
                            + "' was defined while a patch loaded"), Duration.ofSeconds(10));
                }
            }
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aDroppedCopyIsCollectedOnceItsPatchIsUnloaded() throws Exception {
        try (TargetJvm target = TargetJvm.startFixture()) {
            // The control: with no patch, a dropped copy is collected.
            assertEquals("deploy-dropped=v1", target.call("deploy-dropped"));
            assertEquals("drop=1 dropped", target.call("drop"));
            assertEquals("dropped-alive=0/1 alive", target.call("dropped-alive"), "without a patch");
            // One copy there at the load (retransformed), one deployed after it (linked late).
            assertEquals("deploy-dropped=v1", target.call("deploy-dropped"));
            ControlClient control = load(target);
            assertEquals("deploy-dropped=v2", target.call("deploy-dropped"));
            assertEquals(List.of("disabled patch 'redeploy-fix'"), control.run("disable", "redeploy-fix"));
            control.run("unload", "redeploy-fix");
            assertTrue(!PatchList.parse("list", control.run("list")).has("redeploy-fix"));
            assertEquals("drop=2 dropped", target.call("drop"));
            assertEquals("dropped-alive=0/3 alive", target.call("dropped-alive"));
        }
    }

    /**
     * Review 3: the slot of a class whose link a nested link deferred kept that class's lookup
     * until its next call, and a slot lives as long as the JVM: a deployment dropped before that
     * call was never collected. The pre-patch callback of RedeployTarget's object calls
     * RedeployNested.value of the same deployment for the first time, so that slot's link is
     * deferred, and nothing calls it again. Before: {@code dropped-alive=1/1 alive}.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aDroppedCopyWhoseLinkWasDeferredIsCollected() throws Exception {
        try (TargetJvm target = TargetJvm.startFixture()) {
            Cli.load(target.pid(), PatchJars.of(jars, "redeploy-nested", RedeployNestedPatch.class)).assertSuccess();
            ControlClient control = ControlClient.of(target.pid());
            assertEquals("deploy-dropped=v2", target.call("deploy-dropped"));
            assertEquals(List.of("disabled patch 'redeploy-nested'"), control.run("disable", "redeploy-nested"));
            control.run("unload", "redeploy-nested");
            assertTrue(!PatchList.parse("list", control.run("list")).has("redeploy-nested"));
            assertEquals("drop=1 dropped", target.call("drop"));
            assertEquals("dropped-alive=0/1 alive", target.call("dropped-alive"));
        }
    }

    /** The deferred link still binds at the slot's next call, to the patch. */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aDeferredLinkBindsAtItsNextCall() throws Exception {
        try (TargetJvm target = TargetJvm.startFixture()) {
            Cli.load(target.pid(), PatchJars.of(jars, "redeploy-nested", RedeployNestedPatch.class)).assertSuccess();
            ControlClient control = ControlClient.of(target.pid());
            assertEquals("deploy-dropped=v2", target.call("deploy-dropped"));
            assertEquals("call-nested=n2", target.call("call-nested"));
            assertEquals(List.of("disabled patch 'redeploy-nested'"), control.run("disable", "redeploy-nested"));
            assertEquals("call-nested=n1", target.call("call-nested"));
            control.run("unload", "redeploy-nested");
            assertEquals("drop=1 dropped", target.call("drop"));
            assertEquals("dropped-alive=0/1 alive", target.call("dropped-alive"));
        }
    }

    /**
     * Review 3: copies of RedeployPair are defined without a pause (none called) while a patch of
     * its methods a and b loads, with RedeployPair.a a target already (pair-a). A copy whose
     * transform read the targets before the load registered b, and whose definition the load's
     * look for loaded classes missed, got a's trampoline and not b's: it ran {@code a2:b1}. Now the
     * load waits for the transforms begun before its registration, and a copy still missed runs
     * none of pair-both ({@code aq:b1}, the state below it), never a mix. 5 rounds: since issue
     * 14 each disable that takes a method's last patch retransforms every copy (the trampoline
     * comes out), so a round lasts longer and its storm defines more copies; 5 rounds define about
     * as many (JDK 17: 31,726 copies in 10 rounds and 50 s, 17,006 in 10 rounds and 20 s before).
     */
    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void copiesDefinedWhileALoadRegistersRunItsPatchWholeOrNotAtAll() throws Exception {
        try (TargetJvm target = TargetJvm.startFixture()) {
            Path a = PatchJars.of(jars, "pair-a", PairAPatch.class);
            Path both = PatchJars.of(jars, "pair-both", PairBothPatch.class);
            int whole = 0;
            int none = 0;
            for (int round = 0; round < 5; round++) {
                Cli.load(target.pid(), a).assertSuccess();
                ControlClient control = ControlClient.of(target.pid());
                assertEquals("pair-storm-start=started", target.call("pair-storm-start"));
                TimeUnit.MILLISECONDS.sleep(100);
                Cli.load(target.pid(), both).assertSuccess();
                TimeUnit.MILLISECONDS.sleep(100);
                String counts = target.call("pair-storm-stop");
                for (String version : counts.substring("pair-storm-stop=".length()).split(" ")) {
                    String[] kv = version.split("=");
                    assertTrue(kv[0].equals("a2:b2") || kv[0].equals("aq:b1"),
                            "round " + round + ": only whole versions: " + counts);
                    if (kv[0].equals("a2:b2")) {
                        whole += Integer.parseInt(kv[1]);
                    } else {
                        none += Integer.parseInt(kv[1]);
                    }
                }
                // Both unloaded, the copies can go: each load retransforms the loaded copies.
                for (String id : List.of("pair-both", "pair-a")) {
                    assertEquals(List.of("disabled patch '" + id + "'"), control.run("disable", id));
                    control.run("unload", id);
                }
                target.call("loaded-classes");
            }
            System.out.println("RedeployIT pair storm: " + whole + " copies ran pair-both, " + none + " ran none of it");
        }
    }

    /**
     * The window the load cannot close: another agent's transformer (an APM agent's, say) runs
     * after jlivepatch's on a copy's definition and holds it 1.5 s, across a whole load of
     * pair-both. jlivepatch's transformer read the targets before the registration (RedeployPair.a
     * only, from pair-a), and the copy is not a loaded class when the load looks. That copy runs
     * none of pair-both ({@code aq:b1}, what pair-a alone makes of it), never a mix; a copy defined
     * after it runs pair-both whole. Before: {@code a2:b1}.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aCopyWhoseDefinitionOutlastsTheLoadRunsNoneOfThePatch() throws Exception {
        try (TargetJvm target = withOtherAgentOn("RedeployPair").start()) {
            Cli.load(target.pid(), PatchJars.of(jars, "pair-a", PairAPatch.class)).assertSuccess();
            ControlClient control = ControlClient.of(target.pid());
            assertEquals("slow-pair-start=started", target.call("slow-pair-start"));
            TimeUnit.MILLISECONDS.sleep(300);
            Cli.load(target.pid(), PatchJars.of(jars, "pair-both", PairBothPatch.class)).assertSuccess();
            assertEquals("slow-pair-join=aq:b1 a2:b2", target.call("slow-pair-join"));
            assertTrue(target.stderrLines().stream().anyMatch(l -> l.contains("'pair-both': cannot patch "
                    + "io.jlivepatch.it.fixture.redeploy.RedeployPair.b()Ljava/lang/String;: its class was defined"
                    + " while the patch loaded")), String.join("\n", target.stderrLines()));
            // The sweep after the load retransforms the copy (it lacked b's trampoline); pair-both
            // stays out of it, as its first call found it.
            target.awaitStderrLine("the sweep", l -> l.contains("RedeployPair in class loader 'slow-pair' was"
                    + " defined while a patch loaded"), Duration.ofSeconds(10));
            assertEquals("slow-pair-call=aq:b1", target.call("slow-pair-call"));
            assertEquals(List.of("disabled patch 'pair-both'"), control.run("disable", "pair-both"));
            assertEquals("slow-pair-call=aq:b1", target.call("slow-pair-call"));
        }
    }

    /**
     * The same window for a copy whose class was no target when its transform read the targets:
     * it got no trampoline at all and ran its original code for good, silently, while list said
     * pair-both patched. The sweep after the load finds it: it may be running, so pair-both runs
     * nowhere in it (said on stderr), and it gets its trampolines, which a later patch uses,
     * enabled by a transition that checks its threads.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aCopyWithNoTrampolineDefinedAcrossTheLoadIsFoundBySweep() throws Exception {
        try (TargetJvm target = withOtherAgentOn("RedeployPair").start()) {
            assertEquals("slow-pair-start=started", target.call("slow-pair-start"));
            TimeUnit.MILLISECONDS.sleep(300);
            Cli.load(target.pid(), PatchJars.of(jars, "pair-both", PairBothPatch.class)).assertSuccess();
            assertEquals("slow-pair-join=a1:b1 a2:b2", target.call("slow-pair-join"));
            target.awaitStderrLine("the sweep", l -> l.contains("RedeployPair in class loader 'slow-pair' was"
                    + " defined while a patch loaded"), Duration.ofSeconds(30));
            assertTrue(target.stderrLines().stream().anyMatch(l -> l.contains("'pair-both': cannot patch")
                    && l.contains("may be running; none of the patch runs in")), String.join("\n", target.stderrLines()));
            assertEquals("slow-pair-call=a1:b1", target.call("slow-pair-call"));
            Cli.load(target.pid(), PatchJars.of(jars, "pair-a", PairAPatch.class)).assertSuccess();
            assertEquals("slow-pair-call=aq:b1", target.call("slow-pair-call"), "a later patch runs in it, whole");
        }
    }

    /**
     * Review 4: the sweep retransforms a copy that is not a late class: a thread may already run
     * its original code. A copy of SweepLoop defined across the load (no trampoline) runs outer1,
     * which calls inner for 4 s; the sweep 2 s after the load gives inner its trampoline, which
     * links to the patch at once. One activation of outer1 must see inner1 only (whole or none).
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aSweptCopyDoesNotMixVersionsInARunningCall() throws Exception {
        try (TargetJvm target = withOtherAgentOn("SweepLoop").start()) {
            assertEquals("slow-loop-start=started", target.call("slow-loop-start"));
            TimeUnit.MILLISECONDS.sleep(300);
            Cli.load(target.pid(), PatchJars.of(jars, "sweep-loop", io.jlivepatch.it.patches.SweepLoopPatch.class))
                    .assertSuccess();
            assertEquals("slow-loop-join=outer1[i1]", target.call("slow-loop-join"));
        }
    }

    /**
     * Review 4: the sweeps run a few times after the load (0.2, 2 and 20 s; here 0.2, 1 and 2 s,
     * {@code jlivepatch.sweepDelaysMillis}, so that the test does not wait 20 s). A copy whose
     * definition another agent's transformer holds 8 s across the load got no trampoline and ran
     * its original code for good, silently, while list said pair-both patched. It still runs none
     * of pair-both (whole versions only), and the next operation's sweep (here a load) finds it
     * and says so.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aCopyDefinedAfterTheLastSweepIsFoundByTheNextOperation() throws Exception {
        try (TargetJvm target = withOtherAgentOn("RedeployPair")
                .jvmOption("-Djlivepatch.sweepDelaysMillis=200,1000,2000").start()) {
            // The definition starts after this and lasts 8 s: it ends 8 s after it at the earliest.
            long started = System.nanoTime();
            assertEquals("slow-pair-start-long=started", target.call("slow-pair-start-long"));
            TimeUnit.MILLISECONDS.sleep(300);
            Cli.load(target.pid(), PatchJars.of(jars, "pair-both", PairBothPatch.class)).assertSuccess();
            long loaded = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            assertTrue(target.stderrLines().stream().noneMatch(l -> l.contains("sweepDelaysMillis")),
                    "the delays are taken: " + String.join("\n", target.stderrLines()));
            assertEquals("slow-pair-join=a1:b1 a2:b2", target.call("slow-pair-join"));
            // Not vacuous: the definition ended after the last timed sweep, 2 s after the load
            // returned (1 s after the start on an idle machine), with a second to spare.
            assertTrue(loaded < 5_000, "the load returned " + loaded + " ms after the definition began, so its last"
                    + " sweep may have come after the definition's end: the test proves nothing on a machine this slow");
            assertTrue(target.stderrLines().stream().noneMatch(l -> l.contains("'slow-pair' was defined")),
                    "the last timed sweep came before the definition");
            Cli.load(target.pid(), PatchJars.of(jars, "pair-a", PairAPatch.class)).assertSuccess();
            assertTrue(target.stderrLines().stream().anyMatch(l -> l.contains("RedeployPair in class loader 'slow-pair'"
                    + " was defined while a patch loaded")), String.join("\n", target.stderrLines()));
            assertEquals("slow-pair-call=aq:b1", target.call("slow-pair-call"));
        }
    }

    /**
     * Review 4: canLink, inside the transform gate, holds one global monitor across Class.forName
     * on an application loader. A non-parallel-capable parent loader defining a target while its
     * child defines one (and delegates the Trampolines lookup to the parent) deadlock both
     * definitions; every later load then waits out the gate (2 s) for them.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void twoLoadersDefiningTargetsAtOnceDoNotDeadlock() throws Exception {
        try (TargetJvm target = TargetJvm.startFixture()) {
            Cli.load(target.pid(), PatchJars.of(jars, "pair-both", PairBothPatch.class)).assertSuccess();
            assertEquals("lock-order-start=started", target.call("lock-order-start"));
            assertEquals("lock-order-join=parent-done child-done", target.call("lock-order-join"));
            Cli.load(target.pid(), PatchJars.of(jars, "pair-a", PairAPatch.class)).assertSuccess();
            assertTrue(target.stderrLines().stream().noneMatch(l -> l.contains("a class transform begun before")),
                    "no transform is left in the gate: " + String.join("\n", target.stderrLines()));
        }
    }

    /**
     * Review 6: the same copy of SweepLoop defined across the load (no trampoline), running
     * outer1; another agent retransforms it 300 ms after its definition, before the next timed
     * sweep. Our transformer gives it every trampoline there, so the sweep finds it covered and
     * breaks nothing, and inner links to the patch at its next call: one activation of outer1
     * sees i1 then i2. Now the transformer itself, retransforming a loaded class that has no
     * instance of a target, keeps the enabled patches out of it, whoever asked: outer1[i1].
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aCopyRetransformedByAnotherAgentBeforeTheSweepDoesNotMixVersions() throws Exception {
        try (TargetJvm target = withOtherAgentOn("SweepLoop").start()) {
            assertEquals("slow-loop-start-retransform=started", target.call("slow-loop-start-retransform"));
            TimeUnit.MILLISECONDS.sleep(300);
            Cli.load(target.pid(), PatchJars.of(jars, "sweep-loop", io.jlivepatch.it.patches.SweepLoopPatch.class))
                    .assertSuccess();
            assertEquals("slow-loop-join=outer1[i1]", target.call("slow-loop-join"),
                    String.join("\n", target.stderrLines()));
            // Once the copy is idle, the patch's next enable tries it again (helper-57: an object
            // broken so stayed broken for good, and the copy ran i1).
            assertEquals("slow-loop-inner=i1", target.call("slow-loop-inner"));
            ControlClient control = ControlClient.of(target.pid());
            assertEquals(List.of("disabled patch 'sweep-loop'"), control.run("disable", "sweep-loop"));
            assertEquals(List.of("enabled patch 'sweep-loop'"), control.run("enable", "sweep-loop"));
            assertEquals("slow-loop-inner=i2", target.call("slow-loop-inner"), "the copy, idle now, runs the patch");
        }
    }

    private ControlClient load(TargetJvm target) {
        Cli.load(target.pid(), PatchJars.of(jars, "redeploy-fix", RedeployPatch.class)).assertSuccess();
        return ControlClient.of(target.pid());
    }

    private static void assertTarget(ControlClient control, String state, int classes) {
        List<String> lines = control.run("list");
        PatchList.Target t = PatchList.parse("list", lines).get("redeploy-fix").target(CLASS, "value");
        assertEquals(state, t.state(), t.line());
        String suffix = classes > 1 ? " (" + classes + " classes)" : "";
        assertEquals("  " + CLASS + ".value()Ljava/lang/String; " + state + suffix, t.line());
    }

    private static void disableThenAllOriginal(TargetJvm target, ControlClient control, String original) {
        assertEquals(List.of("disabled patch 'redeploy-fix'"), control.run("disable", "redeploy-fix"));
        assertEquals("redeploy-values=" + original, target.call("redeploy-values"));
        assertEquals(List.of("enabled patch 'redeploy-fix'"), control.run("enable", "redeploy-fix"));
        assertEquals("redeploy-values=" + original.replace("v1", "v2"), target.call("redeploy-values"));
    }
}
