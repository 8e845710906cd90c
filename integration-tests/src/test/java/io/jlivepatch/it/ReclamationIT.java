package io.jlivepatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.it.patches.LivenessPatch;
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
 * Reclamation never outruns a reader (DESIGN §4): readers call a patched method in a loop while
 * the patch is enabled and disabled 100 times; the patch's code checks a liveness flag that its
 * {@code @PostUnpatch} clears, and no reader may ever see it clear. With the stack check of the
 * consistency model and the completing grace period both in place, {@code @PostUnpatch} runs only
 * when no thread can run the patch's code any more.
 */
class ReclamationIT {

    private static final int ROUNDS = 100;
    private static final Pattern STATS = Pattern.compile(
            "^liveness-stop=calls (\\d+) alive (\\d+) reclaimed (\\d+) failed (\\d+) first-failure (.*)$");

    @TempDir
    Path jars;

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void noReaderRunsAPatchAfterItsReclamation() {
        Path jar = PatchJars.of(jars, "liveness", LivenessPatch.class);
        try (TargetJvm target = TargetJvm.startFixture()) {
            assertEquals("liveness-start=started 8", target.call("liveness-start"));
            Cli.load(target.pid(), jar).assertSuccess();
            ControlClient control = ControlClient.of(target.pid());
            for (int round = 0; round < ROUNDS; round++) {
                control.run("disable", "liveness");
                control.run("enable", "liveness");
            }
            control.run("disable", "liveness");
            String stats = target.call("liveness-stop");
            Matcher m = STATS.matcher(stats);
            assertTrue(m.matches(), stats);
            assertTrue(Long.parseLong(m.group(2)) > 0, "the readers ran the patch: " + stats);
            assertEquals("0 reclaimed, 0 failed, first failure none",
                    m.group(3) + " reclaimed, " + m.group(4) + " failed, first failure " + m.group(5), stats);
        }
    }
}
