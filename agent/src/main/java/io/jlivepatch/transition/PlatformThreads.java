package io.jlivepatch.transition;

import io.jlivepatch.bootstrap.Epoch;
import io.jlivepatch.epoch.ThreadClasses;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ForkJoinWorkerThread;

/**
 * The live platform threads, and their stacks without the virtual threads' carriers.
 *
 * <p>Why carriers are never snapshotted: a snapshot of a carrier thread while a virtual thread
 * mounts or unmounts on it crashes the JVM in {@code ThreadSnapshot::initialize} (JDK-8392031,
 * open in Temurin 25.0.3; its fix tests the carrier's {@code vthread} field where the old code
 * tested the mounted flag, which disagree in the middle of a mount). Thread infos take such
 * snapshots, and so does {@link Thread#getAllStackTraces()}, at a safepoint, which can stop a
 * carrier in the middle of a mount too. A carrier's own stack holds no application frame (the
 * virtual thread's frames are its own), so nothing is lost by leaving it out. Only the JDK's
 * own carriers are told apart here: one of a scheduler set by reflection (an executor's thread)
 * cannot be.
 */
public final class PlatformThreads {

    /**
     * Whether {@link Thread#getAllStackTraces()}, one safepoint for all, is the way to take many
     * stacks: before JDK 19, where a single thread's stack is a safepoint too, and where there are
     * no carriers. From JDK 19 a single thread's stack is a handshake with that thread alone.
     */
    static final boolean BATCH = Runtime.version().feature() < 19;
    private static final String CARRIER = "jdk.internal.misc.CarrierThread";

    private PlatformThreads() {
    }

    /** Every live platform thread, carriers included, without its stack (no safepoint, no handshake). */
    public static Thread[] all() {
        ThreadGroup root = rootGroup();
        // Room for twice the threads there are: JDK 17's enumerate gives each group at most the
        // slots still free before it drops threads not yet alive, so a full array could leave
        // out live threads of later groups (found by the review); half full, it cannot have.
        Thread[] threads = new Thread[2 * root.activeCount() + 64];
        int n;
        while ((n = root.enumerate(threads, true)) > threads.length / 2) {
            threads = new Thread[threads.length * 2];
        }
        return Arrays.copyOf(threads, n);
    }

    /** Whether {@code t} is one of the JDK's carriers of virtual threads. */
    public static boolean isCarrier(Thread t) {
        return t.getClass().getName().equals(CARRIER);
    }

    /**
     * The stack of every live platform thread but the carriers: one safepoint where
     * {@link #BATCH} says so (no carriers exist there), else one handshake per thread. A thread
     * that ended on the way is missing. A thread whose class overrides
     * {@link Thread#getStackTrace()} (not final) is never asked for it: the application's code
     * would run here, on the agent's thread, and could throw, block or answer another stack (found
     * by the review); its stack comes from its thread info ({@link #stackFromInfo}), as
     * {@code getAllStackTraces} takes it. Before, from JDK 19 such a thread was left out, so one
     * inside a quiescent region when the agent attached was not marked (carried from review).
     */
    public static Map<Thread, StackTraceElement[]> stacksWithoutCarriers() {
        if (BATCH) {
            return Thread.getAllStackTraces();
        }
        Map<Thread, StackTraceElement[]> stacks = new IdentityHashMap<>();
        for (Thread t : all()) {
            if (isCarrier(t)) {
                continue;
            }
            StackTraceElement[] stack;
            if (ThreadClasses.keepsGetStackTrace(t)) {
                stack = t.getStackTrace();
            } else if (t instanceof ForkJoinWorkerThread) {
                // May carry virtual threads of a scheduler set by reflection: no thread info
                // (see the class comment).
                continue;
            } else {
                try {
                    long id = idOf(t);
                    stack = id > 0 ? stackFromInfo(id) : null;
                } catch (RuntimeException e) {
                    // Left out, as such a thread was before: the others' stacks still count.
                    continue;
                }
            }
            if (stack != null && t.isAlive()) {
                stacks.put(t, stack);
            }
        }
        return stacks;
    }

    /**
     * The id by which the VM knows {@code t}, or -1 when it cannot be known: read as the VM keeps
     * it ({@link Epoch#threadId}: {@code threadId()} from JDK 19, the field before), else
     * {@link Thread#getId()}, which a subclass may override (not final) to answer 0, which the
     * thread infos refuse, or another thread's id, whose stack they would then answer (found by
     * the review: a thread counted as switched, unchecked), so trusted only where not overridden.
     * Shared by the rounds and the attach's look at stacks.
     */
    static long idOf(Thread t) {
        if (Epoch.knowsThreadIds()) {
            return Epoch.threadId(t);
        }
        return OWN_GET_ID.get(t.getClass()) ? t.getId() : -1;
    }

    /** Whether a thread class keeps {@link Thread#getId()} as Thread declares it. */
    private static final ClassValue<Boolean> OWN_GET_ID = ThreadClasses.keeps("getId");

    /**
     * The whole stack of the thread with VM id {@code id}, from its thread info (a safepoint, or a
     * handshake where the JDK has one: for the rare thread whose own {@code getStackTrace} is not
     * to be called), or {@code null} when no live thread has that id.
     */
    static StackTraceElement[] stackFromInfo(long id) {
        // Integer.MAX_VALUE: the whole stack, not cut at the stack-trace limit.
        ThreadInfo[] info = ManagementFactory.getThreadMXBean().getThreadInfo(new long[] {id}, Integer.MAX_VALUE);
        return info[0] == null ? null : info[0].getStackTrace();
    }

    /** The system thread group, the root of every platform thread's group. */
    static ThreadGroup rootGroup() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        return root;
    }
}
