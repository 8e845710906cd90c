package io.jlivepatch.epoch;

import io.jlivepatch.bootstrap.ThreadRecord;
import java.util.Optional;

/**
 * How a grace period makes every reader's announcement visible before it scans them: the
 * asymmetric half of the store-load pairing described in {@link io.jlivepatch.bootstrap.Epoch}.
 */
public enum Barrier {

    /**
     * Linux {@code membarrier}: one system call makes every running thread of the process
     * execute a full memory barrier. The cheapest; available on JDK 22+ on Linux when the agent
     * has native access (see {@link Membarrier}).
     */
    MEMBARRIER {
        @Override
        void await(ThreadRecord[] records) {
            MEMBARRIER_CALL.orElseThrow().run();
        }
    },

    /**
     * One global safepoint ({@code Thread.getAllStackTraces()}): every Java thread stops, and a
     * stopped thread's stores are visible and its later loads see what was published before.
     * Always available; what JDK 17 uses.
     */
    SAFEPOINT {
        @Override
        void await(ThreadRecord[] records) {
            Thread.getAllStackTraces();
        }
    },

    /**
     * A handshake with each thread that may be announcing right now: a registered thread that
     * is runnable. A thread blocked or waiting passed a VM state transition, which orders its
     * earlier stores, and sees the new data when it runs again; it costs nothing. JDK 19+.
     */
    HANDSHAKE {
        @Override
        void await(ThreadRecord[] records) {
            for (ThreadRecord r : records) {
                Thread t = r.owner();
                if (t != Thread.currentThread() && t.getState() == Thread.State.RUNNABLE) {
                    t.getStackTrace();
                }
            }
        }
    },

    /** No barrier: readers announce with a volatile store, paying the fence themselves. */
    VOLATILE {
        @Override
        void await(ThreadRecord[] records) {
        }
    };

    abstract void await(ThreadRecord[] records);

    /** Linked once, when the barrier is first asked about; empty where it is not offered. */
    private static final Optional<Membarrier> MEMBARRIER_CALL = Membarrier.create();

    /** Whether this barrier can be used in this JVM. */
    public boolean available() {
        return this != MEMBARRIER || MEMBARRIER_CALL.isPresent();
    }

    /** The barrier this JVM gets unless one is forced: the cheapest it offers. */
    public static Barrier defaultFor(int featureVersion) {
        if (MEMBARRIER.available()) {
            return MEMBARRIER;
        }
        return featureVersion >= 19 ? HANDSHAKE : SAFEPOINT;
    }
}
