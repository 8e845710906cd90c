package io.jlivepatch.bootstrap;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A thread's record in the epoch domain and the consistency model: its announced epoch, its
 * read-section depth and its patch state (the kernel's {@code task->patch_state}). Created
 * lazily, on the thread's first read section, and padded so that two threads' records never
 * share a cache line.
 *
 * <h2>The announcement word</h2>
 * <pre>
 *   announced == 0 (IDLE)   the thread is outside every read section
 *   announced == e (e > 0)  the thread entered its outermost read section while the domain's
 *                           epoch was e, and may hold references read then
 * </pre>
 *
 * <h2>The patch state word</h2>
 * <pre>
 *   patchState == q << 1 | s   in transition request q the thread is in state s
 *                              ({@link Dispatcher#UNPATCHED} or {@link Dispatcher#PATCHED})
 *   any other request          the thread is in the request's baseline state: it has not
 *                              switched since the request began
 * </pre>
 * A request is one enable or disable, reversals included; see {@link Dispatcher}.
 */
public final class ThreadRecord extends ThreadRecordFields {

    static final VarHandle ANNOUNCED;
    static final VarHandle PATCH_STATE;
    static final VarHandle CHECK_REQUESTED;
    static final VarHandle OFFLINE;
    static final VarHandle SCANNED;
    static final VarHandle UNMARKED_REGION;
    static final VarHandle LATCH;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            ANNOUNCED = l.findVarHandle(ThreadRecordFields.class, "announced", long.class);
            PATCH_STATE = l.findVarHandle(ThreadRecordFields.class, "patchState", int.class);
            CHECK_REQUESTED = l.findVarHandle(ThreadRecordFields.class, "checkRequested", boolean.class);
            OFFLINE = l.findVarHandle(ThreadRecordFields.class, "offline", boolean.class);
            SCANNED = l.findVarHandle(ThreadRecordFields.class, "scanned", boolean.class);
            UNMARKED_REGION = l.findVarHandle(ThreadRecordFields.class, "unmarkedRegion", String.class);
            LATCH = l.findVarHandle(ThreadRecordFields.class, "latch", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @SuppressWarnings("unused")
    private long p10;
    @SuppressWarnings("unused")
    private long p11;
    @SuppressWarnings("unused")
    private long p12;
    @SuppressWarnings("unused")
    private long p13;
    @SuppressWarnings("unused")
    private long p14;
    @SuppressWarnings("unused")
    private long p15;
    @SuppressWarnings("unused")
    private long p16;
    @SuppressWarnings("unused")
    private long p17;

    ThreadRecord(Thread owner) {
        super(owner);
    }

    public Thread owner() {
        return owner;
    }

    /**
     * The announcement as the writer reads it: an acquire load, pairing with the release store in
     * {@link Epoch#exit}, so that a writer that sees IDLE also sees every read of the section done.
     */
    public long announcedAcquire() {
        return (long) ANNOUNCED.getAcquire(this);
    }

    /**
     * The patch state word (see the class notes). Volatile: pairs with the compare-and-set in
     * {@link #casPatchState}, so that the owner latching a state sees what the transition wrote.
     */
    public int patchStateVolatile() {
        return (int) PATCH_STATE.getVolatile(this);
    }

    /**
     * Switches the thread's state from the word {@code expected} to {@code next}; fails when
     * the other side (the owner or the transition) changed it first. Volatile semantics: a
     * thread that reads {@code next} sees everything the switcher wrote before, the call
     * sites of the transition among them.
     */
    public boolean casPatchState(int expected, int next) {
        return PATCH_STATE.compareAndSet(this, expected, next);
    }

    /**
     * Asks the owner to check its own stack at its next outermost exit. Release: pairs with the
     * acquire load in {@link Epoch#exit}, so that an owner that sees the request also sees the
     * call sites switched to the transition before it.
     */
    public void requestCheckRelease() {
        CHECK_REQUESTED.setRelease(this, true);
    }

    /**
     * Whether the owner is offline for reclamation. Volatile: pairs with the owner's release
     * store in {@link Epoch#goOffline} and its volatile store in {@link Epoch#goOnline}; see there.
     */
    public boolean offlineVolatile() {
        return (boolean) OFFLINE.getVolatile(this);
    }

    /** The quiescent region the owner is in, or null; racy, for messages only. */
    public String region() {
        return region;
    }

    /**
     * Marks the owner as inside quiescent region {@code region}, which it entered before the
     * agent marked it (see the field). Release: the owner that reads the name (opaque, in
     * {@link Dispatcher#route}) reads a whole string; the owner reads it only when it takes the
     * transition path, and takes the region's rules from its next outermost call on.
     */
    public void markUnmarkedRegionRelease(String region) {
        UNMARKED_REGION.setRelease(this, region);
    }

    /** The region set by {@link #markUnmarkedRegionRelease}, or {@code null}. */
    public String unmarkedRegionOpaque() {
        return (String) UNMARKED_REGION.getOpaque(this);
    }

    /**
     * What the owner last latched (see the field). Opaque: no order with the owner's other
     * accesses is needed, since any value seen is one the owner wrote, and the key of a
     * completing transition's target is a fact about every later section too; the grace
     * period's barrier makes a latch taken before it visible.
     */
    public long latchOpaque() {
        return (long) LATCH.getOpaque(this);
    }

    /** The owner publishes what it latched; opaque, see {@link #latchOpaque}. */
    void setLatchOpaque(long key) {
        LATCH.setOpaque(this, key);
    }

    /** Whether a check is requested and not yet done; for the control plane. */
    public boolean checkRequested() {
        return (boolean) CHECK_REQUESTED.getOpaque(this);
    }
}
