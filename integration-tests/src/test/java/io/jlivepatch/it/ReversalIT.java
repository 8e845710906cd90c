package io.jlivepatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.it.patches.InnerOnlyPatch;
import io.jlivepatch.it.patches.PairPatch;
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
 * A reversal leaves every method's stack as it was before the request (issue 10, scenario 1).
 * {@code pair} changes outer and inner ({@code o2:i2}); {@code inner-only} is stacked on it for
 * inner ({@code o2:i3}). A disable of {@code pair} takes its top entry (outer) in transition; its
 * entry on inner is below the top. Before, that entry left the stack when the disable began, and
 * a reversal did not bring it back: {@code pair} stayed listed enabled, and once
 * {@code inner-only} was disabled every call answered {@code o2:i1}.
 */
class ReversalIT {

    private static final String INNER = "io.jlivepatch.it.fixture.PairTarget.inner()Ljava/lang/String;";

    @TempDir
    Path jars;

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aDisableReversedOnRequestKeepsTheEntriesBelowTheTop() throws Exception {
        try (TargetJvm target = TargetJvm.startFixture()) {
            ControlClient control = stackBoth(target);
            assertEquals("park-outer=parked", target.call("park-outer"), "holds the disable");
            assertTrue(control.request("disable", "--no-wait", "pair").ok());
            ConsistencyIT.awaitPending(target.pid(), "parked-outer");
            assertEquals(List.of("enabled patch 'pair'"), control.run("enable", "pair"), "the reversal");
            assertEquals("release-outer=o2:i3", target.call("release-outer"));
            assertStacksAsBefore(target, control);
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aDisableBackedOutAfterItsTimeoutKeepsTheEntriesBelowTheTop() throws Exception {
        try (TargetJvm target = TargetJvm.startFixtureWithAgent("transition-timeout=2")) {
            ControlClient control = stackBoth(target);
            assertEquals("park-outer=parked", target.call("park-outer"), "holds the disable");
            ControlClient.Answer disable = control.request("disable", "pair");
            assertFalse(disable.ok(), "the disable was backed out");
            assertTrue(disable.lines().get(0).startsWith("patch 'pair' was not disabled: its transition stalled for 2 s"),
                    disable.lines().toString());
            assertEquals("release-outer=o2:i3", target.call("release-outer"));
            assertStacksAsBefore(target, control);
        }
    }

    private ControlClient stackBoth(TargetJvm target) {
        Cli.load(target.pid(), PatchJars.of(jars, "pair", PairPatch.class)).assertSuccess();
        Cli.load(target.pid(), PatchJars.of(jars, "inner-only", InnerOnlyPatch.class)).assertSuccess();
        assertEquals("pair=o2:i3", target.call("pair"));
        ControlClient control = ControlClient.of(target.pid());
        assertTrue(control.run("stacks").contains(INNER + ": pair inner-only (1 class)"), control.run("stacks").toString());
        return control;
    }

    /** Stacks, list order and answers as before the disable; then the lower entry shows. */
    private static void assertStacksAsBefore(TargetJvm target, ControlClient control) {
        assertTrue(control.run("stacks").contains(INNER + ": pair inner-only (1 class)"), control.run("stacks").toString());
        PatchList list = PatchList.parse("list", control.run("list"));
        assertEquals(List.of("pair", "inner-only"), list.patches().stream().map(PatchList.Patch::id).toList());
        assertTrue(list.get("pair").enabled() && list.get("inner-only").enabled(), list.toString());
        assertEquals("pair=o2:i3", target.call("pair"));
        assertEquals(List.of("disabled patch 'inner-only'"), control.run("disable", "inner-only"));
        assertEquals("pair=o2:i2", target.call("pair"), "pair's entry on inner was kept below the top");
    }
}
