package io.jlivepatch.bootstrap;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The patch lock, the kernel's {@code klp_mutex}: the core holds it for every change of patches,
 * stacks and call sites, and for every transition round. Here, on the bootstrap side, because
 * the {@code trylock} not-watching policy takes it from application threads.
 *
 * <p>Paths allowed to run without it: the trampoline and the dispatcher (readers of slots), the
 * linker of a call site that links for the first time (which never waits for it, see
 * {@code Trampolines}), the class-file transformer, and the control plane's listings (which read
 * published snapshots).
 *
 * <h2>The trylock policy's pin</h2>
 * A thread in a quiescent region whose not-watching policy is {@code trylock} does not take the
 * mutex itself, which only its owner could release: it <em>pins</em> the lock, a compare-and-set
 * of {@link #pinnedBy} to its record, when the mutex is free. The core waits for the pin to go
 * after it has taken the mutex, so that while a pin is held nothing changes, as if the pinning
 * thread held the lock. A pin can be let go without a call ({@code putstatic null}): the
 * trampoline's last-resort exit, which runs when even the call to {@code Epoch.exit} threw (a
 * stack overflow), releases it that way, so no error leaves the lock held.
 *
 * <h2>Memory ordering</h2>
 * A Dekker pair, every access volatile or a compare-and-set, so sequentially consistent. Pinning:
 * read the mutex (free), compare-and-set {@link #pinnedBy}, read the mutex again (else let go).
 * Locking: acquire the mutex (a compare-and-set of its state), then read {@link #pinnedBy}. Either
 * the core sees the pin and waits for it, or the pinning thread's second read sees the mutex
 * taken and lets go. Forbids a change of patches while a pinned call runs.
 */
public final class PatchLock {

    private static final PatchLock INSTANCE = new PatchLock();

    /**
     * The record of the thread whose {@code trylock} section pins the lock, or {@code null}.
     * Public so that the trampoline's last-resort exit can clear it without a call; written
     * {@code null} only by the pinning thread, or by the core for a thread that died pinning.
     */
    public static volatile ThreadRecord pinnedBy;

    private final ReentrantLock mutex = new ReentrantLock();

    /**
     * What took the mutex last, on which thread and when, for the refusal of an operation that
     * could not take it in time ({@link #holder}); written by the owner only, right after taking
     * it, in one volatile store of an immutable record, so a reader that finds the mutex held sees
     * the owner's or the one before's, whole: a description, never a guard.
     */
    private volatile Holder holder = new Holder("nothing", null, "none", 0);

    /** {@code what}, then {@code 'patchId'} when there is one: joined only when a refusal asks. */
    private record Holder(String what, String patchId, String thread, long sinceMillis) {
    }

    /**
     * Whether the holder waits for a pinned {@code trylock} section (an application thread's) to
     * end; written by the holder only, for {@link #holder}: the operation named is then not what
     * keeps the lock.
     */
    private volatile boolean awaitingPin;

    private PatchLock() {
    }

    /** The one patch lock of the JVM. */
    public static PatchLock get() {
        return INSTANCE;
    }

    /**
     * Takes the lock, then waits for a pinned {@code trylock} section to end. {@code what} says
     * what holds it, {@code "the load of fix.jar"}, for an operation refused busy meanwhile.
     */
    public void lock(String what) {
        lock(what, null);
    }

    /**
     * {@link #lock(String)} for a task of a patch's transition: {@code what 'patchId'}, e.g. {@code
     * a round of the transition of 'fix'}, joined only when a refusal asks, so that the task, which
     * must not throw, builds no string to take the lock.
     */
    public void lock(String what, String patchId) {
        mutex.lock();
        afterLocking(what, patchId);
    }

    /**
     * Notes the holder and waits for a pin to go; a throwable from here (an {@code OutOfMemoryError}
     * making the note) lets the mutex go before it leaves, so that the lock is taken whole or not
     * at all: the caller's {@code finally} that unlocks begins only once it is taken.
     */
    private void afterLocking(String what, String patchId) {
        try {
            noteHolder(what, patchId);
            awaitUnpinned();
        } catch (Throwable t) {
            mutex.unlock();
            throw t;
        }
    }

    /**
     * Takes the lock if it is free or freed within {@code nanos}, then waits for a pinned {@code
     * trylock} section to end (a short wait: the section is a method call); false when it was not
     * freed in time. For the control plane's operations, which must answer "busy" rather than
     * queue up behind a load or a grace period for ever. {@code what} as for {@link #lock}.
     */
    public boolean tryLock(long nanos, String what) throws InterruptedException {
        if (!mutex.tryLock(nanos, TimeUnit.NANOSECONDS)) {
            return false;
        }
        afterLocking(what, null);
        return true;
    }

    /**
     * What holds the lock, on which thread and since when, in a few words, for a refusal: {@code
     * the enable of 'fix' (thread 'jlivepatch-control-3') since 2026-12-06T03:01:02Z (12 s)}.
     * The outermost taker's: a nested take by the same thread leaves it.
     */
    public String holder() {
        // The wait first: the holder's words were written before it, so a wait seen is never
        // told with the words of the holder before.
        boolean waiting = awaitingPin;
        Holder h = holder;
        return h.what + (h.patchId == null ? "" : " '" + h.patchId + "'") + " (thread '" + h.thread + "') since "
                + java.time.Instant.ofEpochMilli(h.sinceMillis) + " ("
                + Math.max(0, System.currentTimeMillis() - h.sinceMillis) / 1000 + " s)"
                + (waiting ? ", waiting for an application thread's trylock section to end" : "");
    }

    private void noteHolder(String what, String patchId) {
        if (mutex.getHoldCount() == 1) {
            holder = new Holder(what, patchId, Thread.currentThread().getName(), System.currentTimeMillis());
        }
    }

    public void unlock() {
        mutex.unlock();
    }

    public boolean isHeldByCurrentThread() {
        return mutex.isHeldByCurrentThread();
    }

    private void awaitUnpinned() {
        // Volatile read after the mutex's acquiring compare-and-set: see the class notes.
        ThreadRecord p = pinnedBy;
        if (p == null) {
            return;
        }
        awaitingPin = true;
        try {
            for (; p != null; p = pinnedBy) {
                if (!p.owner.isAlive()) {
                    // Its thread died inside the section (nothing runs its exit): the pin is stale.
                    pinnedBy = null;
                    return;
                }
                LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(50));
            }
        } finally {
            awaitingPin = false;
        }
    }

    /**
     * Pins the lock for {@code r}'s section if nobody holds it; the caller has set
     * {@code r.sectionMode} to the locked mode first, so that an error thrown from here on still
     * lets the pin go at the section's exit. Never blocks.
     */
    static boolean tryPin(ThreadRecord r) {
        if (INSTANCE.mutex.isLocked() || pinnedBy != null) {
            return false;
        }
        if (!PINNED_BY.compareAndSet((ThreadRecord) null, r)) {
            return false;
        }
        if (INSTANCE.mutex.isLocked()) {
            // The core took the mutex between the two reads and may not have seen the pin.
            pinnedBy = null;
            return false;
        }
        return true;
    }

    /** Lets the pin go if {@code r} holds it; no call, so it cannot fail. */
    static void unpin(ThreadRecord r) {
        if (pinnedBy == r) {
            pinnedBy = null;
        }
    }

    private static final java.lang.invoke.VarHandle PINNED_BY;

    static {
        try {
            PINNED_BY = java.lang.invoke.MethodHandles.lookup().findStaticVarHandle(PatchLock.class, "pinnedBy",
                    ThreadRecord.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
