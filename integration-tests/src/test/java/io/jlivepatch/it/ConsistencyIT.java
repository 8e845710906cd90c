package io.jlivepatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.it.patches.PairPatch;
import io.jlivepatch.it.support.Cli;
import io.jlivepatch.it.support.PatchJars;
import io.jlivepatch.it.support.TargetJvm;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proof obligations of DESIGN §6, one test each, with the versioned pair of
 * {@link io.jlivepatch.it.fixture.PairTarget}: {@code outer} and {@code inner} change together,
 * so a thread that ran a mixed pair answers {@code o1:i2} or {@code o2:i1}.
 */
class ConsistencyIT {

    @TempDir
    Path jars;

    /**
     * A thread parked inside the original {@code outer} when the first patch arrives entered it
     * before any trampoline ran a read section: only a stack check sees it. The transition waits
     * for it, and the thread finishes its call with the original {@code inner}, while a thread
     * that holds no frame of the pair runs the patched one meanwhile.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aThreadParkedInTheOriginalCallerKeepsTheOriginalPair() throws Exception {
        Path jar = PatchJars.of(jars, "pair", PairPatch.class);
        try (TargetJvm target = TargetJvm.startFixture()) {
            assertEquals("pair=o1:i1", target.call("pair"));
            assertEquals("park-outer=parked", target.call("park-outer"));
            CompletableFuture<Cli.Result> load = CompletableFuture.supplyAsync(() -> Cli.load(target.pid(), jar));
            List<String> threads = awaitPending(target.pid(), "parked-outer");
            assertTrue(threads.get(0).startsWith("transition 'pair' patching: "), threads.get(0));
            assertFalse(load.isDone(), "the transition completed with a thread inside the old outer");
            assertEquals("inner=i2", target.call("inner"), "the fixture's main thread holds no frame of the pair:"
                    + " the transition switches it while the parked thread holds the transition open");
            assertEquals("release-outer=o1:i1", target.call("release-outer"), "the parked thread ran a mixed pair");
            load.get(60, TimeUnit.SECONDS).assertSuccess();
            assertEquals("pair=o2:i2", target.call("pair"));
        }
    }

    /** Polls {@code threads} until thread {@code name} is listed as pending; answers the listing. */
    static List<String> awaitPending(long pid, String name) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        List<String> last = List.of();
        while (System.nanoTime() < deadline) {
            Cli.Result r = Cli.run("threads", Long.toString(pid));
            if (r.exitCode() == 0) {
                last = r.stdout();
                if (last.stream().anyMatch(l -> l.endsWith(" pending \"" + name + "\""))) {
                    return last;
                }
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        throw new AssertionError("thread '" + name + "' never showed as pending:\n" + String.join("\n", last));
    }
}
