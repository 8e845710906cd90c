package io.jlivepatch.bootstrap;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The read side of the epoch domain (DESIGN §4): nestable read sections announced in per-thread
 * records, and the domain's epoch. The writer side, grace periods and reclamation, is
 * {@code io.jlivepatch.epoch.EpochDomain}.
 *
 * <h2>Memory ordering</h2>
 * A read section is: load the epoch (acquire), announce it (opaque store, or volatile store in
 * volatile mode), read the protected data, ..., store IDLE (release). A grace period is: publish
 * the new data (volatile store), advance the epoch (volatile store), make every announcement
 * visible (the asymmetric barrier), then wait for every record that announced an older epoch.
 * <ul>
 *   <li>The acquire load of the epoch pairs with the writer's volatile store of it: a reader that
 *       announces the new epoch also reads the new data. It forbids "announced new, read old".
 *   <li>The announcement must be visible to the writer's scan before the reader's data read can
 *       see old data: store-then-load, which x86 itself reorders. Either the reader pays a full
 *       fence (a volatile store, volatile mode) or the writer forces one on every thread that
 *       might be announcing (the asymmetric barrier: a safepoint or handshake serialises the
 *       thread). It forbids "scan saw IDLE, reader then used the old data".
 *   <li>The release store of IDLE pairs with the writer's acquire load in the scan: a writer
 *       that sees IDLE sees every read of the section completed. It forbids reclaiming what a
 *       reader still reads.
 * </ul>
 */
public final class Epoch {

    /** The announcement of a thread outside every read section. */
    public static final long IDLE = 0L;

    /** The domain's epoch; starts at 1 so that no announcement is ever IDLE by accident. */
    private static volatile long current = 1L;

    /** Volatile announcements: the reader fences, so the writer needs no barrier. */
    private static volatile boolean volatileAnnouncements;

    private static final ThreadLocal<ThreadRecord> RECORD = ThreadLocal.withInitial(Epoch::register);

    /**
     * A direct-mapped cache of records by thread id, in front of {@link #RECORD}: a
     * {@code ThreadLocal} lookup costs about twice the rest of a read section. Racy by design: a
     * slot may hold another thread's record, which the owner check ({@code owner} is final, so
     * safely published) turns into a miss.
     */
    private static final ThreadRecord[] CACHE = new ThreadRecord[1024];
    private static final Object REGISTRY_LOCK = new Object();
    /**
     * Set by the holder of {@link #REGISTRY_LOCK} while it works; what {@link #awaitRegistryIdle}
     * waits on. Under a virtual thread per request every new thread that calls a changing method
     * during a transition registers, thousands at once: thread dumps of such a transition showed
     * 6,800 to 9,200 virtual threads BLOCKED on the monitor, each unmounted and waiting for its
     * turn to be scheduled. Plain volatile stores inside the monitor; a stale read only costs a wait or
     * a block on the monitor.
     */
    private static volatile boolean registryBusy;
    /** Every record: the threads the transition knows a patch state of. */
    private static volatile Prefix records = Prefix.EMPTY;
    /**
     * The records grace periods read: {@link #records} but those dropped while their threads were
     * offline ({@link #dropOffline}), so that a thread parked in a quiescent region costs a grace
     * period nothing. Appended to under {@link #REGISTRY_LOCK}, like {@link #records}.
     */
    private static volatile Prefix scanned = Prefix.EMPTY;
    /**
     * The record of each thread in {@link #records}, by the thread's identity; guarded by
     * {@link #REGISTRY_LOCK}. A {@code HashMap}, not an {@code IdentityHashMap}: the latter's
     * resize and remove clear a slot and then call helpers, so a stack overflow there (a
     * registration runs at any depth) loses entries (found by review). Keyed by {@link Key}, not
     * the thread: a thread class may override {@code hashCode} and {@code equals}, which would
     * then run here, and one that throws made every section of its thread throw (found by
     * review, as for {@code getId}).
     */
    private static final Map<Key, ThreadRecord> BY_THREAD = new HashMap<>();

    /** A thread as a key, by identity. */
    private static final class Key {
        final Thread thread;
        final int hash;

        Key(Thread thread) {
            this.thread = thread;
            this.hash = System.identityHashCode(thread);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key && ((Key) o).thread == thread;
        }
    }
    /** Registrations before dead threads' records are dropped; guarded by {@link #REGISTRY_LOCK}. */
    private static int pruneAtSize = 64;

    private Epoch() {
    }

    private static final VarHandle CURRENT;

    static {
        try {
            CURRENT = MethodHandles.lookup().findStaticVarHandle(Epoch.class, "current", long.class);
            // Here, with the agent, not on the application thread whose first section or region
            // makes the first record: its initialiser looks up var handles, which runs patchable
            // JDK code (RefusalListIT).
            MethodHandles.lookup().ensureInitialized(ThreadRecord.class);
            MethodHandles.lookup().ensureInitialized(Key.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
        // Initialised before any section can exit: exit() reads its pin with a plain getstatic,
        // which must not run a class initialiser (a call) after the section is closed.
        PatchLock.get();
    }

    /**
     * Enters a read section of the current thread; nestable. Never allocates after the first.
     *
     * <p>Errors: any call here may throw (a stack overflow at its entry, or, on a thread's first
     * section, an out-of-memory error while registering). Every call comes before the section is
     * committed, by the announcement (the last call: it either stores or throws before storing)
     * and then the plain store of {@code depth}; so an error leaves no section behind, and a
     * returned record is a section the caller must exit.
     */
    public static ThreadRecord enter() {
        ThreadRecord r = currentRecord();
        int d = r.depth;
        if (d == 0) {
            // A new section latches its patch state afresh (Dispatcher.stateOf) and runs
            // normally until the dispatcher says otherwise.
            r.latchedRequest = 0;
            r.sectionMode = Dispatcher.SECTION_NORMAL;
            // Acquire: pairs with the volatile store in advance(); see the class notes.
            long e = (long) CURRENT.getAcquire();
            if (volatileAnnouncements) {
                ThreadRecord.ANNOUNCED.setVolatile(r, e);
            } else {
                // Opaque: not reordered with the owner's other accesses to this word, and made
                // visible to the scan by the writer's asymmetric barrier.
                ThreadRecord.ANNOUNCED.setOpaque(r, e);
            }
        }
        r.depth = d + 1;
        return r;
    }

    /**
     * {@code Thread.threadId()} (JDK 19+), final, through a constant method handle, which the
     * JIT inlines to the field's load; {@code null} before JDK 19.
     */
    private static final MethodHandle THREAD_ID = threadIdHandle();

    private static MethodHandle threadIdHandle() {
        try {
            return MethodHandles.publicLookup().findVirtual(Thread.class, "threadId", MethodType.methodType(long.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return null;
        }
    }

    /**
     * Before JDK 19, where {@code getId()} is the only public id and is not final: the field it
     * reads, {@code Thread.tid}, read through {@code sun.misc.Unsafe} at its offset (an
     * intrinsic: a plain load once compiled); {@code null} and -1 from JDK 19 (never touched
     * there: JDK 24+ warns at the first use of its memory access) or where the field is not found.
     */
    private static final sun.misc.Unsafe UNSAFE = THREAD_ID == null ? unsafe() : null;
    private static final long TID_OFFSET = tidOffset(UNSAFE);

    @SuppressWarnings("removal")
    private static sun.misc.Unsafe unsafe() {
        try {
            java.lang.reflect.Field f = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
            f.setAccessible(true);
            return (sun.misc.Unsafe) f.get(null);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    @SuppressWarnings({"removal", "deprecation"})
    private static long tidOffset(sun.misc.Unsafe unsafe) {
        if (unsafe == null) {
            return -1;
        }
        try {
            java.lang.reflect.Field f = Thread.class.getDeclaredField("tid");
            if (f.getType() != long.class) {
                return -1;
            }
            long offset = unsafe.objectFieldOffset(f);
            // Only where it is what getId answers (another VM may keep ids elsewhere): a wrong
            // id would make the transition read another thread's stack (review).
            // On a thread whose class keeps getId (the thread that loads the agent, usually a
            // plain Thread); a class that overrides it cannot tell.
            Thread self = Thread.currentThread();
            boolean ownGetId = self.getClass().getMethod("getId").getDeclaringClass() == Thread.class;
            return ownGetId && unsafe.getLong(self, offset) != self.getId() ? -1 : offset;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return -1;
        }
    }

    /** Whether {@link #threadId} answers the id the VM knows every thread by. */
    public static boolean knowsThreadIds() {
        return THREAD_ID != null || TID_OFFSET > 0;
    }

    /**
     * The thread's id, the key of {@link #CACHE} and what messages name it by, read without
     * running any code a thread class can override: {@code getId()} is not final, and one that
     * threw made every call of a patched method on that thread in a transition throw; one that
     * is patched made every section recurse into itself (both found by review). JDK 19+: the
     * final {@code threadId()}; JDK 17 and 18: the field {@code getId()} reads. Nothing is
     * caught (a stack overflow, an out-of-memory error or an asynchronous exception here comes
     * before the section, as from any call in {@link #enter}). Only where neither can be had
     * ({@link #knowsThreadIds} false: JDK 17 or 18 without the module {@code jdk.unsupported}
     * in the boot layer, a jlinked image or {@code --limit-modules}, or a VM whose field is not
     * the id) is {@code getId()} called, an override with it, and what it throws as a
     * {@code RuntimeException} answered with the identity hash (any value serves the cache: the
     * owner check decides). Sequential ids, not identity hashes, key the cache, because threads
     * started together then take distinct slots: random hashes would put about one in six of
     * 200 threads on a slot another one uses, each then missing the cache and writing a line
     * other cores read.
     */
    public static long threadId(Thread t) {
        MethodHandle threadId = THREAD_ID;
        if (threadId != null) {
            try {
                return (long) threadId.invokeExact(t);
            } catch (Throwable e) {
                throw Epoch.<RuntimeException>rethrow(e);
            }
        }
        if (TID_OFFSET > 0) {
            return UNSAFE.getLong(t, TID_OFFSET);
        }
        try {
            return t.getId();
        } catch (RuntimeException e) {
            return System.identityHashCode(t);
        }
    }

    /** Throws {@code e} as it is: the checked {@code Throwable} of {@code invokeExact}. */
    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E rethrow(Throwable e) throws E {
        throw (E) e;
    }

    private static ThreadRecord currentRecord() {
        Thread t = Thread.currentThread();
        int slot = (int) threadId(t) & (CACHE.length - 1);
        ThreadRecord r = CACHE[slot];
        if (r == null || r.owner != t) {
            r = RECORD.get();
            CACHE[slot] = r;
        }
        return r;
    }

    /**
     * Leaves a read section entered with {@link #enter}.
     *
     * <p>Errors: this either throws before it changes anything (a stack overflow at its entry or
     * at the announcement's store, its only call before the commit), and the trampoline's
     * last-resort exit then closes the section without a call; or it closes the section and
     * throws nothing: what follows the commit (leaving the trylock pin, going offline again, the
     * thread's own switch) either needs no call or catches what it throws, and each of those
     * left undone is safe (the pin is let go first and without a call; a thread that stays
     * online costs grace periods a look; a thread that does not switch itself is switched by the
     * transition). So no error leaves a section open, a depth raised or below zero, or the pin
     * held.
     */
    public static void exit(ThreadRecord r) {
        int d = r.depth;
        if (d > 1) {
            r.depth = d - 1;
            return;
        }
        if (d <= 0) {
            // Never entered, or closed already by a last-resort exit: nothing to close.
            return;
        }
        // Release: pairs with ThreadRecord.announcedAcquire() in the writer's scan.
        ThreadRecord.ANNOUNCED.setRelease(r, IDLE);
        r.depth = 0;
        int mode = r.sectionMode;
        if (mode != Dispatcher.SECTION_NORMAL) {
            r.sectionMode = Dispatcher.SECTION_NORMAL;
            if (PatchLock.pinnedBy == r) {
                // No call: the pin goes even when the stack has no room left for one.
                PatchLock.pinnedBy = null;
            }
            if (mode == Dispatcher.SECTION_WATCHED) {
                try {
                    Dispatcher.endWatchedSection(r);
                } catch (Throwable stillOnline) {
                    // Safe: see above.
                }
            }
        }
        // Acquire: pairs with ThreadRecord.requestCheckRelease(); the switch then sees the call
        // sites the transition switched before asking. Outside a section, so the owner's stack
        // check runs with no latched state to keep.
        try {
            // The section's latch key goes with it (opaque, no order needed: a key seen late, or
            // left when this throws, as the last-resort exit leaves it, is one the thread latched,
            // which is safe to act on; see ThreadRecordFields.latch).
            r.setLatchOpaque(0L);
            if ((boolean) ThreadRecord.CHECK_REQUESTED.getAcquire(r)) {
                Dispatcher.switchSelf(r);
            }
        } catch (Throwable stillPending) {
            // Safe: see above.
        }
    }

    /**
     * {@link #exit} if {@code r} is not {@code null}: what the trampoline calls at each return of
     * an original body, whose record is {@code null} unless the body runs inside a section. With a
     * constant {@code null} the JIT folds it away.
     */
    public static void exitIfEntered(ThreadRecord r) {
        if (r != null) {
            exit(r);
        }
    }

    /**
     * Takes the current thread offline for reclamation: it enters a quiescent region (an
     * {@code @Quiescent} method, or the api's {@code Quiescence}); nestable. Until the outermost
     * region ends, grace periods neither wait for nor fence the thread; except for a region
     * entered inside a read section, during which the thread stays online (see below).
     *
     * <p>Release store of {@code offline}, no fence: a writer that reads it after advancing the
     * epoch skips the thread, and the thread's read sections inside the region are then the
     * not-watching case ({@link Dispatcher#route}). A writer that reads it late only treats the
     * thread as online a little longer (scans its announcement, which is idle or its own), which
     * is safe; DESIGN §5 asks for a fence here, but nothing pairs with it, and it would double
     * the cost of a region (measured in QuiescentBenchmark).
     *
     * @param region the region's name, for the not-watching warning
     * @return the thread's record, for {@link #goOnline}
     */
    public static ThreadRecord goOffline(String region) {
        ThreadRecord r = currentRecord();
        if (r.offlineDepth++ == 0) {
            r.region = region;
            // Not inside a read section: a section stays visible to grace periods to its end,
            // whatever it calls (RCU's rule: no quiescent state inside a read lock). Offline, the
            // section would be skipped, and one latched to the state being left would run the
            // other method's new version after the completion (o1:i2; found by the review of
            // issue 14). The thread then stays online until the region ends: only slower.
            if (r.depth == 0) {
                ThreadRecord.OFFLINE.setRelease(r, true);
            }
        }
        return r;
    }

    /**
     * Brings the thread back online at the end of a quiescent region entered with
     * {@link #goOffline}. Volatile store, so a full fence before the thread's next acquire load
     * of the epoch: with the writer's fence between its advance and its read of {@code offline}
     * (a Dekker pair), either the writer sees the thread online and scans it, or the thread's
     * next read section announces the writer's new epoch.
     */
    public static void goOnline(ThreadRecord r) {
        if (r.offlineDepth > 0 && --r.offlineDepth == 0) {
            ThreadRecord.OFFLINE.setVolatile(r, false);
            r.region = null;
            rescanIfDropped(r);
        }
    }

    /**
     * Puts the record of a thread that has just come online back among those grace periods
     * read, if a grace period dropped it while the thread was offline ({@link #dropOffline}).
     *
     * <p>Volatile load of {@code scanned}, after the owner's volatile store of
     * {@code offline = false}; partner: the writer's volatile store of {@code scanned = false}
     * before its volatile load of {@code offline} in {@link #dropOffline} (a Dekker pair, both
     * sides volatile, so sequentially consistent). Either the writer sees the thread online and
     * keeps the record, or the owner sees the record dropped and puts it back here, through the
     * registration path, whose fence orders the list's store before the owner's next load of the
     * epoch. Forbids an online thread that no grace period reads. One plain load on the owner's
     * own cache line when nothing was dropped.
     */
    private static void rescanIfDropped(ThreadRecord r) {
        if (!(boolean) ThreadRecord.SCANNED.getVolatile(r)) {
            awaitRegistryIdle();
            synchronized (REGISTRY_LOCK) {
                registryBusy = true;
                try {
                    // Under the lock: the writer that dropped it may be restoring it (it saw the
                    // thread online after all), or done; either way decided here.
                    if (!r.scanned) {
                        scanLocked(r);
                    }
                } finally {
                    registryBusy = false;
                }
            }
            // Full fence, as in register(): orders the list's store before this thread's next
            // acquire load of the epoch, so that either a grace period's snapshot holds the
            // record or the thread announces that grace period's epoch. Pairs with the fence
            // in EpochDomain.begin. Once per drop.
            VarHandle.fullFence();
        }
    }

    /** {@link #goOnline} for the current thread, for regions that cannot keep the record. */
    public static void goOnlineCurrent() {
        goOnline(currentRecord());
    }

    /**
     * Brings an offline thread online for one read section, under the watch policy: the
     * kernel's {@code rcu_irq_enter()}. The section's announcement is made again after the
     * volatile store, fenced, so the writer that skipped the thread while offline either sees it
     * online or has its new epoch announced. {@link #exit} takes it offline again.
     */
    static void watch(ThreadRecord r) {
        ThreadRecord.OFFLINE.setVolatile(r, false);
        rescanIfDropped(r);
        ThreadRecord.ANNOUNCED.setVolatile(r, (long) CURRENT.getAcquire());
    }

    /** The epoch now; for the writer. */
    public static long current() {
        return current;
    }

    /**
     * Advances the epoch and answers the new value; for the writer, under its lock. Volatile
     * store: pairs with the acquire load in {@link #enter}, ordered after the writer's volatile
     * publication of the new data.
     */
    public static long advance() {
        long next = current + 1;
        current = next;
        return next;
    }

    public static void setVolatileAnnouncements(boolean on) {
        volatileAnnouncements = on;
    }

    public static boolean volatileAnnouncements() {
        return volatileAnnouncements;
    }

    /**
     * The records of the threads that have entered a read section or a quiescent region, or been
     * switched by a transition, and not been pruned; for the transition.
     */
    public static ThreadRecord[] records() {
        return records.toArray();
    }

    /**
     * The records a grace period reads: {@link #records} but those of threads dropped while
     * offline. Read by the writer after it advances the epoch (see {@link #register}).
     */
    public static ThreadRecord[] scanned() {
        return scanned.toArray();
    }

    /**
     * Drops from {@link #scanned} the records of threads that are offline now, so that grace
     * periods stop reading them; for the writer, after a scan that found some offline. A
     * dropped thread puts its record back when it comes online ({@link #rescanIfDropped}).
     *
     * <p>Per record: volatile store of {@code scanned = false}, then volatile load of
     * {@code offline}; the partner is the owner's store and load in the other order in
     * {@link #rescanIfDropped}. A record whose thread is online by then stays.
     *
     * @return how many were dropped
     */
    public static int dropOffline() {
        awaitRegistryIdle();
        synchronized (REGISTRY_LOCK) {
            registryBusy = true;
            try {
                ThreadRecord[] now = scanned.toArray();
                ThreadRecord[] kept = new ThreadRecord[now.length];
                int n = 0;
                for (ThreadRecord r : now) {
                    if (r.offlineVolatile()) {
                        ThreadRecord.SCANNED.setVolatile(r, false);
                        if (r.offlineVolatile()) {
                            continue;
                        }
                        ThreadRecord.SCANNED.setVolatile(r, true);
                    }
                    kept[n++] = r;
                }
                if (n != now.length) {
                    scanned = new Prefix(kept, n);
                }
                return now.length - n;
            } finally {
                registryBusy = false;
            }
        }
    }

    /**
     * The record of thread {@code t}, created for it if it has none: for the transition, which
     * switches a thread that never ran a slow path by its record, so that the thread finds its
     * state there when it first does.
     */
    public static ThreadRecord recordOf(Thread t) {
        awaitRegistryIdle();
        synchronized (REGISTRY_LOCK) {
            registryBusy = true;
            try {
                ThreadRecord r = BY_THREAD.get(new Key(t));
                // Not among the records grace periods read: the thread has entered no read section
                // (it would have a record), so there is nothing to wait for or fence until it does,
                // and then register() puts it there, as for a new thread.
                return r != null ? r : add(new ThreadRecord(t), false);
            } finally {
                registryBusy = false;
            }
        }
    }

    /**
     * Under the registry lock.
     *
     * @param scan whether grace periods read the record from now on (see {@link #recordOf})
     */
    private static ThreadRecord add(ThreadRecord r, boolean scan) {
        if (records.length >= pruneAtSize) {
            // Amortised: dead threads' records go when the registry has doubled, so that
            // threads that come and go (virtual threads, or threads that end offline, which
            // grace periods no longer read) do not grow it without bound between grace periods.
            pruneDeadLocked();
            pruneAtSize = Math.max(64, 2 * records.length);
        }
        // The longer list first, published last: an error in either step (an out-of-memory
        // error as the array doubles, a stack overflow) leaves the record in neither, and the
        // thread registers again at its next section; before, one in the map but in no list was
        // never looked at nor pruned (found by review).
        Prefix longer = records.appended(r);
        BY_THREAD.put(new Key(r.owner), r);
        // Volatile stores of the lists: a writer that reads one sees the record constructed (see
        // Prefix).
        records = longer;
        if (scan) {
            scanLocked(r);
        }
        return r;
    }

    /** Puts {@code r} among the records grace periods read; under the registry lock. */
    private static void scanLocked(ThreadRecord r) {
        scanned = scanned.appended(r);
        ThreadRecord.SCANNED.setVolatile(r, true);
    }

    /**
     * A list of records that grows in place: the first {@code length} slots of {@code slots}.
     * Copy-on-write arrays made each registration copy every record under the registry lock:
     * with virtual threads that each serve one request, 10,000 at a time, the registrations of
     * a transition (every new thread that calls a changing method registers) took most of the
     * CPU, and a transition 12.5 s (`EnableBenchmark`, `virtual-tasks`). Appending costs O(1),
     * amortised over the doublings.
     *
     * <p>Memory ordering: a slot at or past {@code length} is written, plainly, only by the
     * registry lock's holder appending to the current list, before the volatile store that
     * publishes the longer list; a reader takes one list (one volatile load, its fields final)
     * and reads no slot past its length. So every slot a reader reads was written before the
     * store that published its list, and no slot is written after: a removal or a growth copies
     * into a new array. Forbids a reader seeing a slot it has no happens-before edge to (a
     * {@code null}, or a record before its construction). {@code RegistrationRace} (jcstress)
     * runs a registration, an append in place, against a grace period's read of the list.
     */
    static final class Prefix {
        static final Prefix EMPTY = new Prefix(new ThreadRecord[0], 0);

        final ThreadRecord[] slots;
        final int length;

        Prefix(ThreadRecord[] slots, int length) {
            this.slots = slots;
            this.length = length;
        }

        /** This list and {@code r}; under the registry lock, on the list last published. */
        Prefix appended(ThreadRecord r) {
            ThreadRecord[] a = length < slots.length ? slots : Arrays.copyOf(slots, Math.max(16, 2 * length));
            a[length] = r;
            return new Prefix(a, length + 1);
        }

        /** The records of this list whose threads {@code kept} keeps, in a new array. */
        Prefix filtered(java.util.function.Predicate<ThreadRecord> kept) {
            ThreadRecord[] a = new ThreadRecord[Math.max(16, length)];
            int n = 0;
            for (int i = 0; i < length; i++) {
                if (kept.test(slots[i])) {
                    a[n++] = slots[i];
                }
            }
            return new Prefix(a, n);
        }

        ThreadRecord[] toArray() {
            return Arrays.copyOf(slots, length);
        }
    }

    /**
     * Forgets the current thread's record, as if it had never entered a read section, so that
     * its next {@link #enter} registers a new one. For the registration race test only: a
     * thread inside a read section must never call it.
     */
    public static void forgetCurrentThreadForTest() {
        Thread t = Thread.currentThread();
        awaitRegistryIdle();
        synchronized (REGISTRY_LOCK) {
            registryBusy = true;
            try {
                ThreadRecord r = BY_THREAD.remove(new Key(t));
                if (r != null) {
                    records = records.filtered(x -> x != r);
                    scanned = scanned.filtered(x -> x != r);
                }
            } finally {
                registryBusy = false;
            }
        }
        CACHE[(int) threadId(t) & (CACHE.length - 1)] = null;
        RECORD.remove();
    }

    /** Drops the records of threads that have died; for the writer. */
    public static void pruneDeadThreads() {
        awaitRegistryIdle();
        synchronized (REGISTRY_LOCK) {
            registryBusy = true;
            try {
                pruneDeadLocked();
            } finally {
                registryBusy = false;
            }
        }
        // A dead thread's record in the cache would keep the Thread, and its context class loader,
        // reachable. Plain stores: a racing enter() that misses just takes the ThreadLocal path.
        for (int i = 0; i < CACHE.length; i++) {
            ThreadRecord r = CACHE[i];
            if (r != null && !r.owner.isAlive()) {
                CACHE[i] = null;
            }
        }
    }

    /**
     * Before the registry's monitor: waits while a holder is inside, spinning on the core, then
     * yielding it (a virtual thread lets its carrier run others), at most 10,000 times, so that
     * a thread rarely blocks on the monitor. A virtual thread blocked on a monitor unmounts (JDK
     * 24+) and is handed the monitor in turn, each hand-over waiting for the next owner to be
     * scheduled behind every other thread: thousands registering at once made a convoy (see
     * {@link #registryBusy}; a version that spun 2,000 times and then blocked kept it: 2.6 s
     * and 0.8 s per enable against 1.9 s with the monitor alone). A count, not a time: under
     * such a load a virtual thread that yields runs again tens of milliseconds later, and a
     * bound of 10 ms sent threads to the monitor after one or two yields (enables of 1-5 s came
     * back). The monitor decides, so a holder stopped by an asynchronous exception costs the
     * others this wait once, not their progress: the monitor is released as its frame unwinds,
     * and a flag left set is cleared by the next holder (a compare-and-set lock was left held
     * for good that way in review). A holder suspended by a debugger holds the monitor, as
     * before, and its waiters first use up their yields. A platform thread does not yield
     * ({@link #VIRTUAL_THREAD}).
     */
    private static void awaitRegistryIdle() {
        int spins = 0;
        int yields = 0;
        while (registryBusy) {
            if (++spins < 100) {
                Thread.onSpinWait();
            } else if (Thread.currentThread().getClass() != VIRTUAL_THREAD || ++yields > 10_000) {
                return;
            } else {
                spins = 0;
                Thread.yield();
            }
        }
    }

    /**
     * {@code java.lang.VirtualThread} (a final class), or {@code null} before JDK 19. Only a
     * virtual thread yields in {@link #awaitRegistryIdle}: a platform thread's yield keeps its
     * place in the kernel's queue, so with many of them the holder could wait a round of them
     * all, and the monitor already spins, then parks them (found by review).
     */
    private static final Class<?> VIRTUAL_THREAD = virtualThreadClass();

    private static Class<?> virtualThreadClass() {
        try {
            return Class.forName("java.lang.VirtualThread", false, null);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    /** Under the registry lock. */
    private static void pruneDeadLocked() {
        boolean any = false;
        for (ThreadRecord r : records.toArray()) {
            if (!r.pruned && !r.owner.isAlive()) {
                BY_THREAD.remove(new Key(r.owner), r);
                r.pruned = true;
            }
            any |= r.pruned;
        }
        if (any) {
            // Each array keeps what is still registered: one liveness verdict for both. By the
            // flag, with no allocation: an out-of-memory error in either step leaves records
            // marked, which the next prune drops from the lists (before, one left in a list
            // but not in the map was kept until another thread died; found by review).
            // scanned first: any is computed over records, so an error between the two leaves
            // marked records where the next prune finds them.
            scanned = scanned.filtered(r -> !r.pruned);
            records = records.filtered(r -> !r.pruned);
        }
    }

    private static ThreadRecord register() {
        Thread t = Thread.currentThread();
        ThreadRecord r;
        awaitRegistryIdle();
        synchronized (REGISTRY_LOCK) {
            registryBusy = true;
            try {
                r = BY_THREAD.get(new Key(t));
                if (r == null) {
                    r = new ThreadRecord(t);
                    // A thread first seen now checks its own stack at its first outermost exit, so
                    // that a thread that takes the transition path switches itself without waiting
                    // for a round to look at it (DESIGN §6, 3). Only a hint: switchSelf re-reads the
                    // transition word and the check, and does nothing outside a transition. Before
                    // the record is published, so a round that asks again finds it set.
                    r.requestCheckRelease();
                    add(r, true);
                } else if (!r.scanned) {
                    // Made by a transition that switched this thread before its first section.
                    scanLocked(r);
                }
            } finally {
                registryBusy = false;
            }
        }
        // Full fence: orders the store of the list before this thread's first acquire load of
        // the epoch in enter(), so that either the writer's snapshot holds this record or this
        // thread reads the writer's new epoch. Pairs with the fence in EpochDomain.synchronize().
        // Once per thread.
        VarHandle.fullFence();
        return r;
    }
}
