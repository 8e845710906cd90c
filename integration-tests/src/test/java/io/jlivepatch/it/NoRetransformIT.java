package io.jlivepatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jlivepatch.it.patches.PairBisPatch;
import io.jlivepatch.it.patches.PairPatch;
import io.jlivepatch.it.support.Cli;
import io.jlivepatch.it.support.PatchJars;
import io.jlivepatch.it.support.TargetJvm;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class is retransformed only when one of its methods gains its first patch or loses its last
 * (issue 14: the trampoline comes out again, as ftrace takes its call out); enabling, disabling and
 * stacking patches on a method that keeps one retransform nothing. The agent logs each
 * retransformation at debug level; the target runs with {@code log=debug}, and the test counts
 * those lines.
 */
class NoRetransformIT {

    private static final String PAIR_TARGET = "jlivepatch: retransforming io.jlivepatch.it.fixture.PairTarget";

    @TempDir
    Path jars;

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void onlyAMethodsFirstPatchAndItsLastRetransformItsClass() {
        Path pair = PatchJars.of(jars, "pair", PairPatch.class);
        Path bis = PatchJars.of(jars, "pair-bis", PairBisPatch.class);
        try (TargetJvm target = TargetJvm.startFixtureWithAgent("log=debug")) {
            assertEquals("pair=o1:i1", target.call("pair"));
            Cli.load(target.pid(), pair).assertSuccess();
            assertEquals(List.of(PAIR_TARGET), retransformations(target), "the first load puts the trampolines in");
            Cli.disable(target.pid(), "pair").assertSuccess();
            assertEquals(List.of(PAIR_TARGET, PAIR_TARGET), retransformations(target), "the last patch takes them out");
            Cli.enable(target.pid(), "pair").assertSuccess();
            assertEquals(3, retransformations(target).size(), "the enable puts them back");
            Cli.load(target.pid(), bis).assertSuccess();
            assertEquals("pair=o3:i3", target.call("pair"));
            Cli.disable(target.pid(), "pair-bis").assertSuccess();
            assertEquals("pair=o2:i2", target.call("pair"));
            assertEquals(3, retransformations(target).size(), "stacking and disabling a patch above another retransformed: "
                    + retransformations(target));
        }
    }

    private static List<String> retransformations(TargetJvm target) {
        return target.stderrLines().stream().filter(l -> l.contains("retransforming")).toList();
    }
}
