package io.jlivepatch.stress;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The state every read-section race shares: the protected data and the writer's "scanned" flag.
 * See the package notes for the shape of a test and the outcome encoding.
 */
public abstract class PublicationRace {

    /** The data before the writer publishes. */
    public static final int OLD = 0;
    /** The data the writer publishes before its grace period. */
    public static final int NEW = 1;
    /** Added to the reader's outcome when it gave up holding its section. */
    public static final int GAVE_UP = 2;

    /** The writer's outcome: its scan passed; reclamation could run now. */
    public static final int PASSED = 0;
    /** The writer's outcome: its scan found a reader in an older epoch and would wait for it. */
    public static final int WAITS = 1;

    /**
     * The bound of the writer's random pause after a scan, in {@code Thread.onSpinWait()}s; see
     * {@link #endScan}. Tuned on the negative control ({@link AnnounceNoBarrierRace}, quick mode,
     * 2-core x86): per million rounds it showed the reordering 1.0 times with no pause, 3.8 with
     * a bound of 4, 5.4 with 16, 0.05 with 64.
     */
    private static final int PAUSE_SPINS = 16;

    private static final long HOLD_LIMIT_NANOS = TimeUnit.SECONDS.toNanos(1);

    /**
     * The protected data. Published with a volatile store and read with a volatile load, as
     * {@code MethodSlot.stack}: a volatile load is a plain load on x86, so it does not stop the
     * reader's announcement store from being reordered after it.
     */
    protected volatile int data = OLD;

    /** Set by the writer after its scan: the reader holds its section open until then. */
    private volatile boolean scanned;

    /** The writer's publication, before its grace period. */
    protected final void publish() {
        data = NEW;
    }

    /** The writer's outcome, once its scan is done; lets the reader leave its section. */
    protected final int scanned(boolean wouldWait) {
        endScan();
        return wouldWait ? WAITS : PASSED;
    }

    /**
     * The writer's scan is done: lets the reader leave its section. Then a random pause before
     * the writer's next round: the reader learns of the scan a cache miss later, so a writer that
     * published at once would nearly always publish before the reader's next data load. The pause
     * sweeps the writer's next publication across the reader's next section.
     */
    protected final void endScan() {
        endScan(PAUSE_SPINS);
    }

    /** {@link #endScan()} with a pause of less than {@code pauseSpins}. */
    protected final void endScan(int pauseSpins) {
        scanned = true;
        for (int i = ThreadLocalRandom.current().nextInt(pauseSpins); i > 0; i--) {
            Thread.onSpinWait();
        }
    }

    /**
     * The reader's outcome: what it read, after holding its section until the writer scanned,
     * plus {@link #GAVE_UP} if the writer did not scan within the limit.
     */
    protected final int holdUntilScanned(int seen) {
        long deadline = 0;
        for (int spins = 0; !scanned; spins++) {
            if (spins < 1024) {
                Thread.onSpinWait();
                continue;
            }
            long now = System.nanoTime();
            if (deadline == 0) {
                deadline = now + HOLD_LIMIT_NANOS;
            } else if (now - deadline >= 0) {
                return seen + GAVE_UP;
            }
            // The writer may share this CPU: jcstress can run both actors on one.
            Thread.yield();
        }
        return seen;
    }
}
