package io.jlivepatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.it.patches.RedeployPatch;
import io.jlivepatch.it.support.Cli;
import io.jlivepatch.it.support.ControlClient;
import io.jlivepatch.it.support.PatchJars;
import io.jlivepatch.it.support.PatchList;
import io.jlivepatch.it.support.TargetJvm;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A target class defined again by another class loader, as a container's redeploy does, is
 * patched too (issue 10, scenario 9): each definition gets slots and a copy of the patch of its
 * own. Before, a second copy defined after the load ran its original code while {@code list}
 * said patched, and a load with two copies loaded was refused. Found in review: a copy whose first
 * call came while the load ran (after it looked for loaded copies, before the patch redirected
 * the method) ran its original code for good; and a dropped copy stayed reachable after its patch
 * was disabled and unloaded, through a call site's handle of the patch's code.
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
            assertTrue(counts.matches("storm-stop=v2:\\d+"), "every copy runs the enabled patch: " + counts);
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
