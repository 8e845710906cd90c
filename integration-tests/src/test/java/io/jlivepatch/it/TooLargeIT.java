package io.jlivepatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.it.patches.BigPairPatch;
import io.jlivepatch.it.patches.BigPatch;
import io.jlivepatch.it.patches.SmallPatch;
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
 * A method with no room for a trampoline (its code would exceed the JVM's 64 KiB per method):
 * found in review. The transformer reported the trampoline emitted before the class writer
 * failed, so the load succeeded and {@code list} said patched while the method ran its original
 * code. Now a loaded class's method that cannot take one refuses the load, naming the limit, and
 * leaves the class's other trampolines working; a class that loads later is written without that
 * method's trampoline, and {@code list} says why the method is not patched. Found in a second
 * review: the patch's other methods in that class then ran the patch around the original, a
 * mixed version ({@code o2:big1}); now the patch is not applied to that class at all.
 */
class TooLargeIT {

    private static final String CLASS = "io.jlivepatch.it.fixture.BigTarget";

    @TempDir
    Path jars;

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aLoadedMethodWithNoRoomRefusesTheLoadAndLeavesTheClassAsItWas() throws Exception {
        try (TargetJvm target = TargetJvm.startFixture()) {
            assertEquals("big=big1", target.call("big"));
            Cli.load(target.pid(), PatchJars.of(jars, "small-fix", SmallPatch.class)).assertSuccess();
            assertEquals("big-small=small2", target.call("big-small"));
            Cli.Result load = Cli.load(target.pid(), PatchJars.of(jars, "big-fix", BigPatch.class));
            assertNotEquals(0, load.exitCode());
            String error = String.join("\n", load.stderr());
            assertTrue(error.contains("cannot patch " + CLASS + ".value()Ljava/lang/String;")
                    && error.contains("would exceed the JVM's limit of 65535 bytes per method"), error);
            assertEquals("big=big1", target.call("big"));
            assertEquals("big-small=small2", target.call("big-small"), "the other patch of the class still runs");
            ControlClient control = ControlClient.of(target.pid());
            PatchList list = PatchList.parse("list", control.run("list"));
            assertTrue(list.has("small-fix") && !list.has("big-fix"), list.toString());
            assertEquals(List.of("disabled patch 'small-fix'"), control.run("disable", "small-fix"));
            assertEquals("big-small=small1", target.call("big-small"));
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aLateClassKeepsTheTrampolinesThatFitAndListSaysWhyTheOtherIsNotPatched() throws Exception {
        try (TargetJvm target = TargetJvm.startFixture()) {
            Cli.load(target.pid(), PatchJars.of(jars, "small-fix", SmallPatch.class)).assertSuccess();
            Cli.load(target.pid(), PatchJars.of(jars, "big-fix", BigPatch.class)).assertSuccess();
            // The class loads now: small() takes its trampoline, value() has no room for one. So
            // big-fix, which redirects both, runs in that class not at all; small-fix runs.
            assertEquals("big-small=small2", target.call("big-small"));
            assertEquals("big=big1", target.call("big"));
            ControlClient control = ControlClient.of(target.pid());
            PatchList list = PatchList.parse("list", control.run("list"));
            assertEquals("patched", list.get("small-fix").target(CLASS, "small").state());
            PatchList.Target value = list.get("big-fix").target(CLASS, "value");
            PatchList.Target small = list.get("big-fix").target(CLASS, "small");
            assertTrue(value.line().contains("65535") && small.line().contains("65535"), value.line() + "\n" + small.line());
            assertNotEquals("patched", small.state(), small.line());
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aLateClassWhereOneMethodHasNoRoomRunsNoneOfThePatch() throws Exception {
        try (TargetJvm target = TargetJvm.startFixture()) {
            Cli.load(target.pid(), PatchJars.of(jars, "big-pair-fix", BigPairPatch.class)).assertSuccess();
            assertEquals("big-pair=o1:big1", target.call("big-pair"), "never o2:big1");
            ControlClient control = ControlClient.of(target.pid());
            PatchList.Patch patch = PatchList.parse("list", control.run("list")).get("big-pair-fix");
            PatchList.Target pair = patch.target(CLASS, "pair");
            assertTrue(pair.line().contains("failed") && pair.line().contains("65535"), pair.line());
        }
    }
}
