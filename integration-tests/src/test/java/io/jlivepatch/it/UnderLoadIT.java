package io.jlivepatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.it.patches.PairPatch;
import io.jlivepatch.it.support.Cli;
import io.jlivepatch.it.support.ControlClient;
import io.jlivepatch.it.support.PatchJars;
import io.jlivepatch.it.support.TargetJvm;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Enable and disable a patch 50 times while busy threads in the target call a patched method in
 * a loop. Every call must answer the original ({@code i1}) or the patched version ({@code i2}),
 * never fail; after each enable or disable returns, a fresh call must see it. The toggles go
 * straight to the agent's control socket, so that they come fast: a CLI JVM per toggle would
 * leave the call sites changing a few times a second at most. The load goes through the CLI.
 */
class UnderLoadIT {

    private static final int ROUNDS = 50;
    private static final Pattern STATS = Pattern.compile(
            "^stats=calls (\\d+) original (\\d+) patched (\\d+) wrong (\\d+) exceptions (\\d+) first-failure (.*)$");

    @TempDir
    Path jars;

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void togglesUnderLoadWithoutAWrongAnswer() {
        Path jar = PatchJars.of(jars, "pair", PairPatch.class);
        try (TargetJvm target = TargetJvm.startFixture()) {
            assertEquals("pair=o1:i1", target.call("pair"));
            assertEquals("load-start=started 3", target.call("load-start"));

            Cli.load(target.pid(), jar).assertSuccess();
            assertEquals("inner=i2", target.call("inner"), "after load");
            ControlClient control = ControlClient.of(target.pid());
            for (int round = 1; round <= ROUNDS; round++) {
                control.run("disable", "pair");
                assertEquals("inner=i1", target.call("inner"), "after disable, round " + round);
                control.run("enable", "pair");
                assertEquals("inner=i2", target.call("inner"), "after enable, round " + round);
            }
            Cli.disable(target.pid(), "pair").assertSuccess();

            assertEquals("load-stop=stopped", target.call("load-stop"), "the busy threads finish");
            String stats = target.call("stats");
            Matcher m = STATS.matcher(stats);
            assertTrue(m.matches(), stats);
            assertTrue(Long.parseLong(m.group(1)) > 0, "the busy threads ran: " + stats);
            assertEquals("0 wrong, 0 exceptions, first failure none",
                    m.group(4) + " wrong, " + m.group(5) + " exceptions, first failure " + m.group(6), stats);
        }
    }
}
