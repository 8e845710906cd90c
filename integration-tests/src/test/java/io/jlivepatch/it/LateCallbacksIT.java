package io.jlivepatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.it.patches.DlPatch;
import io.jlivepatch.it.patches.LateCallbacksPatch;
import io.jlivepatch.it.patches.NestedLinkPatch;
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
 * A class that loads during an unpatching transition gets its callbacks in the kernel's pairing
 * (issue 10, scenario 8), as {@code klp_module_coming} gives them: its pre-patch callback when it
 * comes, then the post-patch callback of a reversed transition's completion, or the post-unpatch
 * callback of a completed one. Before, it ran the replacement without a pre-patch, and a reversal
 * then ran its post-patch without one. And a late class first called from another late class's
 * pre-patch callback, on the thread that links that one, is bound at its next call: before, it
 * was handed its call site unbound and ran its original code for good (found in review). Binding
 * it right after the outer link instead deadlocked when that link ran in a static initialiser and
 * another thread's callback waited for it (found in a second review).
 */
class LateCallbacksIT {

    @TempDir
    Path jars;

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aReversedUnpatchingGivesTheLateClassItsPrePatchThenItsPostPatch() throws Exception {
        try (TargetJvm target = TargetJvm.startFixture()) {
            ControlClient control = disableHeldWhileTheLateClassLoads(target);
            assertEquals(List.of("enabled patch 'late-callbacks'"), control.run("enable", "late-callbacks"));
            assertEquals("release-outer=o2:i1", target.call("release-outer"));
            assertEquals(List.of("post-patch:PairTarget", "post-patch:LateCallbackTarget"), target.callbackEvents());
            assertEquals("late-callback=patched", target.call("late-callback"));
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aCompletedUnpatchingGivesTheLateClassItsPrePatchThenItsPostUnpatch() throws Exception {
        try (TargetJvm target = TargetJvm.startFixture()) {
            ControlClient control = disableHeldWhileTheLateClassLoads(target);
            assertEquals("release-outer=o2:i1", target.call("release-outer"));
            control.awaitNoTransition();
            assertEquals(List.of("post-unpatch:PairTarget", "post-unpatch:LateCallbackTarget"),
                    target.callbackEvents());
            assertEquals("late-callback=original", target.call("late-callback"));
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aLateClassFirstCalledFromAnotherLateClassesCallbackIsPatched() throws Exception {
        try (TargetJvm target = TargetJvm.startFixture()) {
            Cli.load(target.pid(), PatchJars.of(jars, "nested-link", NestedLinkPatch.class)).assertSuccess();
            // NestedLinkA links first; its pre-patch callback is the first caller of NestedLinkB.
            assertEquals("nested-a=a2", target.call("nested-a"));
            assertEquals("nested-b=b2", target.call("nested-b"));
            ControlClient control = ControlClient.of(target.pid());
            String list = String.join("\n", control.run("list"));
            assertTrue(list.contains("NestedLinkA.value()Ljava/lang/String; patched"), list);
            assertTrue(list.contains("NestedLinkB.value()Ljava/lang/String; patched"), list);
            assertEquals(List.of("disabled patch 'nested-link'"), control.run("disable", "nested-link"));
            assertEquals("nested-a=a1", target.call("nested-a"));
            assertEquals("nested-b=b1", target.call("nested-b"));
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aNestedLinkInAStaticInitialiserDoesNotDeadlockWithAnotherThreadsCallback() throws Exception {
        try (TargetJvm target = TargetJvm.startFixture()) {
            Cli.load(target.pid(), PatchJars.of(jars, "dl-fix", DlPatch.class)).assertSuccess();
            // DlA's initialiser's first call links DlA; its callback first calls DlB.n, then lets
            // dl-2 link DlB.k, whose callback waits for DlA's initialisation.
            assertEquals("nested-deadlock=a2,a2 t2=k2 n=b2 k=k2", target.call("nested-deadlock"));
        }
    }

    /**
     * Loads the patch (the late class not there yet), holds its disable with a thread parked in
     * the patched {@code outer}, and loads the late class meanwhile: it gets its pre-patch.
     */
    private ControlClient disableHeldWhileTheLateClassLoads(TargetJvm target) throws InterruptedException {
        assertEquals("pair=o1:i1", target.call("pair"), "PairTarget is loaded: its object gets callbacks at the load");
        Cli.load(target.pid(), PatchJars.of(jars, "late-callbacks", LateCallbacksPatch.class)).assertSuccess();
        assertEquals(List.of("pre-patch:PairTarget", "post-patch:PairTarget"), target.callbackEvents());
        assertEquals("park-outer=parked", target.call("park-outer"));
        ControlClient control = ControlClient.of(target.pid());
        assertTrue(control.request("disable", "--no-wait", "late-callbacks").ok());
        ConsistencyIT.awaitPending(target.pid(), "parked-outer");
        assertEquals(List.of("pre-unpatch:PairTarget"), target.callbackEvents());
        assertEquals("late-callback=original", target.call("late-callback"), "this thread is switched: unpatched");
        assertEquals(List.of("pre-patch:LateCallbackTarget"), target.callbackEvents(),
                "the class that came during the transition got its pre-patch callback");
        return control;
    }
}
