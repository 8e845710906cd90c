package io.jlivepatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * said patched, and a load with two copies loaded was refused.
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
