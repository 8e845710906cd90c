package io.jlivepatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.it.patches.CallbacksPatch;
import io.jlivepatch.it.patches.InnerOnlyPatch;
import io.jlivepatch.it.patches.LatePairPatch;
import io.jlivepatch.it.patches.PairPatch;
import io.jlivepatch.it.patches.ReplaceCallbacksPatch;
import io.jlivepatch.it.patches.ReplaceLatePatch;
import io.jlivepatch.it.patches.ReplaceOuterPatch;
import io.jlivepatch.it.support.Cli;
import io.jlivepatch.it.support.ControlClient;
import io.jlivepatch.it.support.PatchJars;
import io.jlivepatch.it.support.PatchList;
import io.jlivepatch.it.support.TargetJvm;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cumulative patches (issue 11, part 3), after the atomic-replace cases of the kernel's
 * {@code test-livepatch.sh}: enabling a patch with {@code replace = true} replaces every enabled
 * patch in one transition; a method only the replaced patches changed returns to its original
 * code (the kernel's nop functions); the replaced patches end disabled, without their callbacks,
 * and can be unloaded, not enabled again; a transition that backs out replaces nothing.
 */
class ReplaceIT {

    private static final String INNER = "io.jlivepatch.it.fixture.PairTarget.inner()Ljava/lang/String;";

    @TempDir
    Path jars;

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aCumulativePatchReplacesEveryPatchInOneTransition() throws Exception {
        try (TargetJvm target = TargetJvm.startFixture()) {
            Cli.load(target.pid(), PatchJars.of(jars, "pair", PairPatch.class)).assertSuccess();
            Cli.load(target.pid(), PatchJars.of(jars, "inner-only", InnerOnlyPatch.class)).assertSuccess();
            assertEquals("pair=o2:i3", target.call("pair"));
            int from = target.stderrLines().size();
            Cli.load(target.pid(), PatchJars.of(jars, "replace-outer", ReplaceOuterPatch.class)).assertSuccess();
            List<String> transcript = target.stderrLines().subList(from, target.stderrLines().size());
            assertEquals(List.of(
                    "jlivepatch: enabling patch 'replace-outer'",
                    "jlivepatch: 'replace-outer': initializing patching transition",
                    "jlivepatch: 'replace-outer': starting patching transition",
                    "jlivepatch: 'replace-outer': completing patching transition",
                    "jlivepatch: 'replace-outer': patching complete"),
                    transcript.subList(1, transcript.size()), String.join("\n", transcript));
            assertEquals("pair=o3:i1", target.call("pair"), "inner, which only the replaced patches changed, is original");
            ControlClient control = ControlClient.of(target.pid());
            PatchList list = PatchList.parse("list", control.run("list"));
            assertFalse(list.get("pair").enabled());
            assertFalse(list.get("inner-only").enabled());
            assertTrue(list.get("replace-outer").enabled());
            assertTrue(control.run("stacks").contains(INNER + ": (1 class)"),
                    "inner's stack is empty, the nop entry gone: " + control.run("stacks"));
            ControlClient.Answer enable = control.request("enable", "pair");
            assertFalse(enable.ok());
            assertEquals(List.of("patch 'pair' was replaced by the cumulative patch 'replace-outer'; it can only be"
                    + " unloaded"), enable.lines());
            assertEquals(List.of("unloaded patch 'inner-only'"), control.run("unload", "inner-only"));
            assertEquals(List.of("disabled patch 'replace-outer'"), control.run("disable", "replace-outer"));
            assertEquals("pair=o1:i1", target.call("pair"));
            assertEquals(List.of("unloaded patch 'replace-outer'"), control.run("unload", "replace-outer"));
            // The patch that replaced it is gone: said so (found by review).
            assertEquals(List.of("patch 'pair' was replaced by the cumulative patch 'replace-outer' (since unloaded);"
                    + " it can only be unloaded"), control.request("enable", "pair").lines());
            assertEquals(List.of("unloaded patch 'pair'"), control.run("unload", "pair"));
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aCumulativePatchWhoseTransitionBacksOutReplacesNothing() throws Exception {
        try (TargetJvm target = TargetJvm.startFixtureWithAgent("transition-timeout=2")) {
            Cli.load(target.pid(), PatchJars.of(jars, "pair", PairPatch.class)).assertSuccess();
            assertEquals("park-outer=parked", target.call("park-outer"), "a thread inside outer holds the transition");
            Cli.Result load = Cli.load(target.pid(), PatchJars.of(jars, "replace-outer", ReplaceOuterPatch.class));
            assertTrue(load.exitCode() != 0, "the transition backed out");
            assertEquals("release-outer=o2:i2", target.call("release-outer"));
            assertEquals("pair=o2:i2", target.call("pair"), "the replaced patch is as it was, inner included");
            PatchList list = PatchList.parse("list", ControlClient.of(target.pid()).run("list"));
            assertTrue(list.get("pair").enabled());
            assertFalse(list.has("replace-outer"), "a failed load leaves nothing loaded");
        }
    }

    /**
     * The kernel's {@code Documentation/livepatch/cumulative-patches.rst}: only the new patch's
     * callbacks run; the replaced patch's pre-unpatch and post-unpatch are not called.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void onlyTheCumulativePatchsCallbacksRun() throws Exception {
        try (TargetJvm target = TargetJvm.startFixture()) {
            Cli.load(target.pid(), PatchJars.of(jars, "callbacks", CallbacksPatch.class)).assertSuccess();
            assertEquals(List.of("pre-patch", "post-patch"), target.callbackEvents());
            Cli.load(target.pid(), PatchJars.of(jars, "replace-callbacks", ReplaceCallbacksPatch.class)).assertSuccess();
            assertEquals(List.of("replace pre-patch", "replace post-patch"), target.callbackEvents());
            assertEquals("callback-target=replaced", target.call("callback-target"));
            ControlClient control = ControlClient.of(target.pid());
            assertEquals(List.of("unloaded patch 'callbacks'"), control.run("unload", "callbacks"));
            assertEquals(List.of("disabled patch 'replace-callbacks'"), control.run("disable", "replace-callbacks"));
            assertEquals(List.of("replace pre-unpatch", "replace post-unpatch"), target.callbackEvents());
            assertEquals("callback-target=original", target.call("callback-target"));
        }
    }

    /**
     * A cumulative patch's transition reversed by {@code disable}: nothing is replaced, the nop
     * entry goes, and every stack, the list and each thread's answer are as before the load.
     * Found writing it: {@code stacks} during a cumulative patch's transition failed with a
     * ClassCastException on the nop entry.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aCumulativePatchReversedByDisableReplacesNothing() throws Exception {
        try (TargetJvm target = TargetJvm.startFixture()) {
            Cli.load(target.pid(), PatchJars.of(jars, "pair", PairPatch.class)).assertSuccess();
            Cli.load(target.pid(), PatchJars.of(jars, "inner-only", InnerOnlyPatch.class)).assertSuccess();
            ControlClient control = ControlClient.of(target.pid());
            assertEquals("park-outer=parked", target.call("park-outer"), "a thread inside outer holds the transition");
            Path replace = PatchJars.of(jars, "replace-outer", ReplaceOuterPatch.class);
            CompletableFuture<ControlClient.Answer> load = CompletableFuture.supplyAsync(
                    () -> control.request("load", replace.toString()));
            ConsistencyIT.awaitPending(target.pid(), "parked-outer");
            assertTrue(control.run("stacks").stream().anyMatch(l -> l.startsWith(INNER + ": pair inner-only replace-outer"
                    + " (nop)* (")), "inner has the nop entry, in transition, meanwhile: " + control.run("stacks"));
            assertEquals(List.of("disabled patch 'replace-outer'"), control.run("disable", "replace-outer"));
            ControlClient.Answer loaded = load.get(60, TimeUnit.SECONDS);
            assertFalse(loaded.ok(), "the load's transition was reversed: " + loaded.lines());
            assertEquals("release-outer=o2:i3", target.call("release-outer"), "the parked thread never switched");
            assertEquals("pair=o2:i3", target.call("pair"));
            assertTrue(control.run("stacks").contains(INNER + ": pair inner-only (1 class)"), control.run("stacks").toString());
            PatchList list = PatchList.parse("list", control.run("list"));
            assertFalse(list.has("replace-outer"), "a failed load leaves nothing loaded");
            assertEquals(List.of("pair", "inner-only"), list.patches().stream().map(PatchList.Patch::id).toList());
            assertTrue(list.get("pair").enabled() && list.get("inner-only").enabled(), list.toString());
        }
    }

    /**
     * A forced patch that a cumulative patch replaces ends disabled like any other, and stays
     * loaded for good: a thread may still run its code (the kernel keeps a forced module).
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aForcedPatchThatIsReplacedCannotBeUnloaded() throws Exception {
        try (TargetJvm target = TargetJvm.startFixtureWithAgent(null)) {
            assertEquals("park-outer=parked", target.call("park-outer"), "a thread inside outer holds pair's transition");
            Path pair = PatchJars.of(jars, "pair", PairPatch.class);
            ControlClient control = ControlClient.of(target.pid());
            CompletableFuture<ControlClient.Answer> load = CompletableFuture.supplyAsync(
                    () -> control.request("load", pair.toString()));
            ConsistencyIT.awaitPending(target.pid(), "parked-outer");
            control.run("force", "pair");
            assertTrue(load.get(60, TimeUnit.SECONDS).ok());
            // Forced: the parked thread, still in the old outer, calls the new inner (the risk force takes).
            assertEquals("release-outer=o1:i2", target.call("release-outer"));
            Cli.load(target.pid(), PatchJars.of(jars, "replace-outer", ReplaceOuterPatch.class)).assertSuccess();
            assertEquals("pair=o3:i1", target.call("pair"));
            assertFalse(PatchList.parse("list", control.run("list")).get("pair").enabled());
            ControlClient.Answer unload = control.request("unload", "pair");
            assertFalse(unload.ok());
            assertEquals(List.of("patch 'pair' was forced, so a thread may still run its code; it stays loaded"),
                    unload.lines());
        }
    }

    /**
     * A force pins every patch, as klp_force_transition() does, not only the one forced: here a
     * thread parked in the replaced patch's code holds the cumulative patch's transition, which
     * is forced; the replaced patch then stays loaded (found by review: its unload was allowed,
     * and the thread, let go, ran the code of an unloaded patch).
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aForceOfACumulativePatchPinsThePatchItReplaces() throws Exception {
        try (TargetJvm target = TargetJvm.startFixture()) {
            Cli.load(target.pid(), PatchJars.of(jars, "pair", PairPatch.class)).assertSuccess();
            assertEquals("park-outer=parked", target.call("park-outer"), "a thread inside pair's outer holds the replace");
            ControlClient control = ControlClient.of(target.pid());
            Path replace = PatchJars.of(jars, "replace-outer", ReplaceOuterPatch.class);
            CompletableFuture<ControlClient.Answer> load = CompletableFuture.supplyAsync(
                    () -> control.request("load", replace.toString()));
            ConsistencyIT.awaitPending(target.pid(), "parked-outer");
            control.run("force", "replace-outer");
            assertTrue(load.get(60, TimeUnit.SECONDS).ok());
            assertFalse(PatchList.parse("list", control.run("list")).get("pair").enabled());
            ControlClient.Answer unload = control.request("unload", "pair");
            assertFalse(unload.ok(), "the replaced patch was unloaded while a thread is parked in its code");
            assertEquals(List.of("patch 'pair' was forced, so a thread may still run its code; it stays loaded"),
                    unload.lines());
            assertTrue(target.call("release-outer").startsWith("release-outer=o2:"), "the parked thread ran pair's outer");
        }
    }

    /**
     * A class that loads for the first time in the middle of a cumulative patch's transition:
     * LateInner, which only the replaced patch changes (the new one gives it a nop entry), is
     * first called while a thread parked in hold holds the transition. Every call runs one whole
     * version, the replaced pair ({@code o2:i2}) or the new one ({@code o3:i1}); once the parked
     * thread leaves, the new one, and the replaced patch ends disabled.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aClassThatFirstLoadsDuringAReplaceRunsOneWholeVersion() throws Exception {
        try (TargetJvm target = TargetJvm.startFixture()) {
            Cli.load(target.pid(), PatchJars.of(jars, "late-pair", LatePairPatch.class)).assertSuccess();
            ControlClient control = ControlClient.of(target.pid());
            assertEquals("park-late-hold=parked", target.call("park-late-hold"), "a thread in hold (h2) holds");
            Path replace = PatchJars.of(jars, "replace-late", ReplaceLatePatch.class);
            CompletableFuture<ControlClient.Answer> load = CompletableFuture.supplyAsync(
                    () -> control.request("load", replace.toString()));
            ConsistencyIT.awaitPending(target.pid(), "late-hold");
            String during = target.call("late-outer");
            assertTrue(during.equals("late-outer=o2:i2") || during.equals("late-outer=o3:i1"),
                    "one whole version while LateInner links during the transition: " + during);
            assertFalse(load.isDone(), "the parked thread still holds the transition");
            assertEquals("release-late-hold=h2", target.call("release-late-hold"), "the parked thread's old hold");
            assertTrue(load.get(60, TimeUnit.SECONDS).ok());
            assertEquals("late-outer=o3:i1", target.call("late-outer"), "inner back to its original");
            PatchList list = PatchList.parse("list", control.run("list"));
            assertFalse(list.get("late-pair").enabled());
            assertTrue(list.get("replace-late").enabled());
        }
    }

    /**
     * A replaced patch is listed as replaced, by what, and its targets as disabled, one whose
     * class loads only after the replacement included (two carried NITs: it was listed only as
     * {@code disabled}, and LateInner's target stayed {@code pending} for good, as if the patch
     * were to run there when the class loads, which a replaced patch never does).
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aReplacedPatchIsListedReplacedAndItsLateTargetDisabled() throws Exception {
        String lateInner = "io.jlivepatch.it.fixture.LateInner";
        try (TargetJvm target = TargetJvm.startFixture()) {
            Cli.load(target.pid(), PatchJars.of(jars, "late-pair", LatePairPatch.class)).assertSuccess();
            ControlClient control = ControlClient.of(target.pid());
            assertEquals("pending", PatchList.parse("list", control.run("list")).get("late-pair")
                    .target(lateInner, "inner").state(), "nothing loaded LateInner yet");
            Cli.load(target.pid(), PatchJars.of(jars, "replace-late", ReplaceLatePatch.class)).assertSuccess();
            PatchList.Patch replaced = PatchList.parse("list", control.run("list")).get("late-pair");
            assertEquals(Optional.of("'replace-late'"), replaced.replacedBy(), replaced.line());
            assertEquals("disabled", replaced.target(lateInner, "inner").state(), "a replaced patch runs nowhere");
            String mbean = target.call("jmx query io.jlivepatch:type=Patch,name=late-pair");
            assertTrue(mbean.contains("Enabled=false;") && mbean.contains(";ReplacedBy='replace-late';"), mbean);
            assertEquals("late-outer=o3:i1", target.call("late-outer"), "LateInner loads, original");
            replaced = PatchList.parse("list", control.run("list")).get("late-pair");
            assertEquals("disabled", replaced.target(lateInner, "inner").state(), "nor where its class loaded since");
            assertTrue(PatchList.parse("list", control.run("list")).get("replace-late").replacedBy().isEmpty());

            assertEquals(List.of("disabled patch 'replace-late'"), control.run("disable", "replace-late"));
            assertEquals(List.of("unloaded patch 'replace-late'"), control.run("unload", "replace-late"));
            replaced = PatchList.parse("list", control.run("list")).get("late-pair");
            assertEquals(Optional.of("'replace-late', since unloaded"), replaced.replacedBy(), replaced.line());
            assertEquals("late-outer=o1:i1", target.call("late-outer"));
        }
    }

    /**
     * A jar whose later patch is cumulative: the load enables each in turn, and the first is
     * replaced before the answer is written, which says so (found by review: it said "enabled",
     * where {@code list} said replaced).
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aLoadSaysWhichOfItsPatchesALaterOneReplaced() throws Exception {
        try (TargetJvm target = TargetJvm.startFixture()) {
            assertEquals("pair=o1:i1", target.call("pair"));
            Cli.Result loaded = Cli.load(target.pid(), PatchJars.of(jars, "pair-and-outer", PairPatch.class,
                    ReplaceOuterPatch.class));
            loaded.assertSuccess();
            assertEquals(List.of("loaded patch 'pair' (2 functions), enabled, then replaced by 'replace-outer'",
                    "loaded patch 'replace-outer' (1 function), enabled"), loaded.stdout());
            assertEquals("pair=o3:i1", target.call("pair"));
        }
    }
}
