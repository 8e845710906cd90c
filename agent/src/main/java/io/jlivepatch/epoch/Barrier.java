package io.jlivepatch.epoch;

import io.jlivepatch.bootstrap.ThreadRecord;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
     * its later loads see what was published before. Always available; what JDK 17 uses. Its cost
     * hardly grows with threads: the VM checks each thread's state, but walks one stack only.
     *
     * <p>The safepoint is a {@code ThreadDump} VM operation for the stack of an idle thread of its
     * own: before JDK 19 {@code Thread.getStackTrace()} of another thread is one; from JDK 19 that
     * is a handshake with that thread alone, no barrier for the others, so there it is
     * {@code ThreadMXBean.getThreadInfo} of that thread with a depth of 1, which is still a
     * {@code ThreadDump} at a global safepoint ({@code -Xlog:safepoint} shows it on JDK 17 and
     * 25; on JDK 21 {@code VM_ThreadDump} does not override {@code evaluate_at_safepoint}). A
     * depth of 0 would not do: it takes no stack, so it stops nothing. Measured on JDK 17 with
     * 1,000 parked threads, 80–100 µs, where {@code Thread.getAllStackTraces()}, which walks every
     * stack (what this barrier ran on JDK 19+ before), took 12–22 ms.
     *
     * <p>Why it is a barrier for every thread, the partner of the opaque announcement in
     * {@link io.jlivepatch.bootstrap.Epoch#enter} (forbidden: "the scan saw IDLE, the reader then
     * used the old data"). A thread running Java stops at a poll, and the VM's transition to and
     * from the safepoint orders its announcement before the VM's release of the writer and our
     * publication before its next loads. A thread blocked, parked or in native code is not
     * stopped, but it cannot run Java during the safepoint: on its way back to Java it fences,
     * then reads its safepoint poll, which it finds armed if the safepoint is on (the VM's own
     * safepoints are only correct because of that store-load fence) and then waits for its end.
     * Either way it runs Java again only after the safepoint, and sees what was published before
     * it; what it announced before it blocked was stored before the VM saw its state as blocked.
     * Virtual threads run on carriers, which are such threads.
     */
    SAFEPOINT {
        @Override
        void await(ThreadRecord[] records) {
            SafepointThread.safepoint();
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
     * <p>Adaptive: when more than {@link #MAX_HANDSHAKES} threads need a fence, one
     * {@link #SAFEPOINT} serves them all for the price of about that many handshakes, so the
     * barrier stops growing with threads there.
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
            if (forFences(fencesNeeded(records, self), PER_THREAD_HANDSHAKES) == SAFEPOINT
                    || !fencesByOwnStack(records, self)) {
                SAFEPOINT.await(records);
                return;
            }
            // A record that goes offline or online since the count is fenced or not as
            // needsFence says now: a fence more is harmless, and one that comes online after
            // the read in EpochDomain.begin announces the new epoch (see inOlderEpoch).
            for (ThreadRecord r : records) {
                // Checked again here: a thread offline at the check above, online now, may
                // override getStackTrace (review); it announces the new epoch anyway.
                if (EpochDomain.needsFence(r, self) && ThreadClasses.keepsGetStackTrace(r.owner())) {
                    r.owner().getStackTrace();
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

    /**
     * Whether every thread {@link #HANDSHAKE} would fence keeps {@code Thread.getStackTrace()}:
     * the handshake is that call, and a class that overrides it runs its own code instead and
     * fences nothing (found by review: a grace period passed while such a reader's announcement
     * was unfenced). Else the round takes the safepoint, which fences every thread.
     */
    private static boolean fencesByOwnStack(ThreadRecord[] records, Thread self) {
        for (ThreadRecord r : records) {
            if (EpochDomain.needsFence(r, self) && !ThreadClasses.keepsGetStackTrace(r.owner())) {
                return false;
            }
        }
        return true;
    }

    /** Whether one thread's stack is a handshake with that thread alone (JDK 19+), not a safepoint. */
    private static final boolean PER_THREAD_HANDSHAKES = Runtime.version().feature() >= 19;

    /**
     * The most records {@link #HANDSHAKE} fences one by one; past it, one safepoint. About where
     * the two cost the same, measured with {@code EpochBenchmark.gracePeriod} on JDK 25 on two
     * cores (README, Performance): a handshake with a parked thread costs 3–6 µs, run by the
     * writer itself; the safepoint 55–80 µs however many threads there are, most of it waking the
     * VM thread and being woken (20–30 µs when heavy load keeps the cores awake). At 4, 8, 12
     * and 16 threads: handshakes 13, 31, 39, 52 µs; the safepoint 58–68 µs. Not lower, though
     * a loaded machine would break even near 8: handshakes stop only the threads they fence,
     * where the safepoint stops every thread that runs Java until the slowest reaches a poll.
     */
    static final int MAX_HANDSHAKES = 16;

    /**
     * The barrier {@link #HANDSHAKE} runs when {@code fences} records need a fence: handshakes
     * (none for none), or one {@link #SAFEPOINT} past {@link #MAX_HANDSHAKES}, or for any
     * number where one thread's stack is itself a safepoint (before JDK 19).
     */
    static Barrier forFences(int fences, boolean perThreadHandshakes) {
        int most = perThreadHandshakes ? MAX_HANDSHAKES : 0;
        return fences <= most ? HANDSHAKE : SAFEPOINT;
    }

    /** How many records need a fence from {@code writer}, counted up to one past {@link #MAX_HANDSHAKES}. */
    private static int fencesNeeded(ThreadRecord[] records, Thread writer) {
        int n = 0;
        for (ThreadRecord r : records) {
            if (EpochDomain.needsFence(r, writer) && ++n > MAX_HANDSHAKES) {
                break;
            }
        }
        return n;
    }

    /** The idle thread whose stack the safepoint barrier asks for; started when first needed. */
    private static final class SafepointThread {
        static final Thread INSTANCE = start();
        /** Its id, as {@link #THREADS} takes it. */
        static final long[] ID = {INSTANCE.getId()};
        static final ThreadMXBean THREADS = PER_THREAD_HANDSHAKES ? ManagementFactory.getThreadMXBean() : null;

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

        /** One {@code ThreadDump} at a global safepoint that walks this thread's stack alone. */
        static void safepoint() {
            if (PER_THREAD_HANDSHAKES) {
                THREADS.getThreadInfo(ID, 1);
            } else {
                INSTANCE.getStackTrace();
            }
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
