package io.jlivepatch.epoch;

import io.jlivepatch.bootstrap.ThreadRecord;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;

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
     * One global safepoint: every Java thread stops, and a stopped thread's stores are visible and
     * its later loads see what was published before. Always available; what JDK 17 uses.
     *
     * <p>Before JDK 19 the stack trace of one other thread is taken at a global safepoint (a
     * {@code ThreadDump} VM operation), so the barrier asks for the stack of an idle thread of
     * its own: measured on JDK 17 with 1,000 parked threads, 80–100 µs, where
     * {@code Thread.getAllStackTraces()}, which walks every stack, took 12–22 ms. From JDK 19 one
     * thread's stack is a handshake with that thread alone, no barrier for the others, so there it
     * is {@code Thread.getAllStackTraces()}.
     */
    SAFEPOINT {
        @Override
        void await(ThreadRecord[] records) {
            if (Runtime.version().feature() < 19) {
                SafepointThread.INSTANCE.getStackTrace();
            } else {
                Thread.getAllStackTraces();
            }
        }
    },

    /**
     * A handshake with each thread that may be announcing right now: a registered thread that
     * is runnable. A thread blocked or waiting costs nothing. JDK 19+.
     *
     * <p>Skipping those rests on HotSpot, not on the Java memory model: a thread that blocks,
     * waits or parks leaves Java through a VM state transition, which HotSpot makes with a full
     * fence ({@code set_thread_state_fence} on the way out of Java), so its announcement is
     * visible before its state reads as not runnable; and it comes back through the same
     * machinery, which orders its later loads after the writer's publication. A JVM without
     * those fences would need every registered thread handshaken. The jcstress tests of the
     * {@code stress} module run this barrier against running readers only.
     */
    HANDSHAKE {
        @Override
        void await(ThreadRecord[] records) {
            for (ThreadRecord r : records) {
                Thread t = r.owner();
                // An offline thread is not fenced: see EpochDomain.inOlderEpoch.
                if (t != Thread.currentThread() && !r.offlineVolatile() && t.getState() == Thread.State.RUNNABLE) {
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

    /** The idle thread whose stack the safepoint barrier asks for; started when first needed. */
    private static final class SafepointThread {
        static final Thread INSTANCE = start();

        private static Thread start() {
            Thread t = new Thread(() -> {
                while (true) {
                    LockSupport.park();
                }
            }, "jlivepatch-safepoint");
            t.setDaemon(true);
            t.start();
            return t;
        }
    }

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
