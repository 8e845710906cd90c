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
            if (!PER_THREAD_HANDSHAKES) {
                SafepointThread.INSTANCE.getStackTrace();
            } else {
                Thread.getAllStackTraces();
            }
        }
    },

    /**
     * A handshake with each registered thread that is online: {@code Thread.getStackTrace()} of
     * a platform thread is a handshake with that thread alone from JDK 19 on. A thread handshaken
     * while it runs Java code stops at a poll, which makes its announcement visible and orders its
     * later loads after our publication; one handshaken while it is blocked or parked cannot return
     * to Java before the handshake is done, so its next read section sees the publication too.
     * Offline threads are skipped: see {@link EpochDomain#inOlderEpoch}. Before JDK 19 one
     * thread's stack is taken at a global safepoint, so there this barrier is {@link #SAFEPOINT}
     * whenever some thread needs it.
     *
     * <p>Why a parked platform thread is handshaken too (about 5 µs each, measured on JDK 25), where
     * a first version skipped every thread whose {@code getState()} was not {@code RUNNABLE}: a
     * platform thread's state is stored by the VM with a plain store after the fenced transition
     * that brings it back from blocked, and from JDK 18 nothing fences its return to Java. A writer
     * could then read a stale "parked" while the thread, just woken, has its state and its new
     * announcement in its store buffer and its data load already done: old data, no handshake, an
     * IDLE scan. A thread parked inside a quiescent region costs nothing (it is offline), so idle
     * waits that are marked {@code @Quiescent} take themselves out of this barrier.
     *
     * <p>Virtual threads are handshaken too (a mounted one through its carrier; an unmounted one
     * has its continuation walked). Their {@code getState()} cannot stand in for a fence either:
     * a virtual thread pinned to its carrier and blocked there (a monitor, {@code Object.wait})
     * reports its carrier's state, the plain store above.
     */
    HANDSHAKE {
        @Override
        void await(ThreadRecord[] records) {
            Thread self = Thread.currentThread();
            for (ThreadRecord r : records) {
                if (!EpochDomain.needsFence(r, self)) {
                    continue;
                }
                if (!PER_THREAD_HANDSHAKES) {
                    // One thread's stack is a global safepoint here: one serves every thread.
                    SAFEPOINT.await(records);
                    return;
                }
                r.owner().getStackTrace();
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

    /** Whether one thread's stack is a handshake with that thread alone (JDK 19+), not a safepoint. */
    private static final boolean PER_THREAD_HANDSHAKES = Runtime.version().feature() >= 19;

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
