package io.jlivepatch.epoch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jlivepatch.bootstrap.Epoch;
import io.jlivepatch.bootstrap.ThreadRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Readers hammer a published object inside read sections while a writer replaces it and
 * retires the old one; reclamation clears its liveness flag. No reader may ever see a cleared
 * flag: that would be a use after reclamation. Two seconds per barrier, bounded.
 */
@Tag("stress")
class EpochDomainStress {

    private static final Duration RUN = Duration.ofSeconds(2);

    static final class Published {
        /** Plain: the grace period, not this field's access mode, must order its clearing. */
        boolean alive = true;
    }

    private static volatile Published current = new Published();

    @ParameterizedTest
    @EnumSource(Barrier.class)
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void noReaderEverSeesReclaimedData(Barrier barrier) throws Exception {
        assumeTrue(barrier.available(), barrier + " is not offered by this JVM");
        EpochDomain domain = new EpochDomain(barrier, Duration.ofSeconds(5), Duration.ofSeconds(30));
        AtomicLong reads = new AtomicLong();
        AtomicLong useAfterReclaim = new AtomicLong();
        long end = System.nanoTime() + RUN.toNanos();
        List<Thread> readers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Thread t = new Thread(() -> {
                long n = 0;
                long bad = 0;
                while (System.nanoTime() - end < 0) {
                    ThreadRecord r = Epoch.enter();
                    try {
                        Published p = current;
                        for (int k = 0; k < 16; k++) {
                            if (!p.alive) {
                                bad++;
                            }
                        }
                    } finally {
                        Epoch.exit(r);
                    }
                    n++;
                }
                reads.addAndGet(n);
                useAfterReclaim.addAndGet(bad);
            }, "stress-reader-" + i);
            t.start();
            readers.add(t);
        }
        long replacements = 0;
        while (System.nanoTime() - end < 0) {
            Published old = current;
            current = new Published();
            domain.retire(() -> old.alive = false);
            assertTrue(domain.reclaim() > 0, "a grace period failed");
            replacements++;
        }
        for (Thread t : readers) {
            t.join();
        }
        assertTrue(reads.get() > 0 && replacements > 0, "reads " + reads + ", replacements " + replacements);
        assertEquals(0, useAfterReclaim.get(), "reads of reclaimed data in " + reads + " reads and "
                + replacements + " replacements with " + barrier);
    }
}
