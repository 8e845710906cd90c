package io.jlivepatch.patch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The slots of the patch jar reads of this JVM: at most {@value #MAX_READS} jars are read at
 * once, whoever asks (the control socket's {@code load} and {@code check}, JMX, the audit of a
 * refused load). Each read may hold up to twice {@link PatchJar#MAX_JAR_BYTES} of heap for a
 * moment, so without this bound a few concurrent {@code check}s of a jar that inflates to 60 MB
 * take a small host's heap (review 13c F3). A read waits for a slot at most {@link #WAIT}, then is
 * refused as busy. A read that blocks (a FIFO's open, a hung file system) keeps its slot until it
 * returns: then later reads are refused, and nothing else waits on them, since an operation takes
 * the control socket's operation permit only after its jar is read (review 13c F4).
 */
public final class JarReads {

    /** How many jars are read at once. */
    public static final int MAX_READS = 2;

    /** How long a read waits for a slot before it is refused as busy. */
    public static final Duration WAIT = Duration.ofSeconds(5);

    private static final Semaphore SLOTS = new Semaphore(MAX_READS, true);

    private JarReads() {
    }

    /** A slot held; closing it gives it back, once. */
    public static final class Slot implements AutoCloseable {
        private boolean held = true;

        private Slot() {
        }

        @Override
        public void close() {
            if (held) {
                held = false;
                SLOTS.release();
            }
        }
    }

    /**
     * A slot to read {@code jar} in, once one is free within {@link #WAIT}.
     *
     * @throws PatchException naming the jar, when no slot came free in time
     */
    public static Slot acquire(Path jar) throws PatchException {
        boolean acquired;
        try {
            acquired = SLOTS.tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new PatchException("the agent is busy: " + MAX_READS + " patch jars are being read; patch jar "
                    + jar + " was not read; try again");
        }
        return new Slot();
    }
}
