package io.jlivepatch.bootstrap;

/**
 * The fields of a {@link ThreadRecord}; see there. Public, with {@link #depth},
 * {@link #announced} and {@link #sectionMode}, for one reader only: the trampoline's last-resort
 * exit, which closes a read section with field stores alone when even a call to
 * {@code Epoch.exit} threw (see {@code TrampolineEmitter}).
 */
public abstract class ThreadRecordFields extends ThreadRecordPad {

    /** The thread this record belongs to; only it writes {@link #depth} and announces. */
    final Thread owner;

    /**
     * The epoch the owner announced when it entered its outermost read section, or
     * {@link Epoch#IDLE} outside one. Accessed through {@link ThreadRecord#ANNOUNCED}, each access
     * in the mode it names; declared volatile for the last-resort exit's plain {@code putfield},
     * which must not be reordered before the section's reads.
     */
    public volatile long announced;

    /** Read sections the owner is in; plain, owner-only. */
    public int depth;

    /**
     * The owner's patch state in a transition request: {@code request << 1 | state}. Written by
     * the transition (after a stack check) and by the owner (after checking its own stack),
     * both by compare-and-set; read by the owner when it latches. Accessed through
     * {@link ThreadRecord#PATCH_STATE}.
     */
    int patchState;

    /**
     * The transition request whose state the owner latched for its current read section, or 0
     * when it has latched none; with {@link #latchedState}. Plain, owner-only.
     */
    int latchedRequest;
    int latchedState;
    /**
     * What the owner last latched, for the completing grace period: the transition word it
     * latched from, its state bits replaced by the state latched ({@code Dispatcher.latchKey}),
     * so request, generation (reversals) and state; 0 before any. Written by the owner at each
     * latch, opaque; read by the writer. A section whose thread shows the completing
     * transition's own key latched its target, and so does every later section of that thread
     * in that request: the completion need not wait for it (see
     * {@code TransitionDriver.completeLocked}). Stale values are harmless: one of an earlier
     * request or generation, or of the state being left, only makes the grace period wait.
     * Accessed through {@link ThreadRecord#LATCH}.
     */
    long latch;
    /**
     * The slot request {@code Dispatcher.route} chose this call's entry by, which
     * {@code Dispatcher.confirm} checks again once the entry is read. Plain, owner-only.
     */
    int routedRequest;

    /**
     * Set by the transition to ask the owner to check its own stack at its outermost exit.
     * Accessed through {@link ThreadRecord#CHECK_REQUESTED}.
     */
    boolean checkRequested;

    /** Quiescent regions the owner is in; plain, owner-only. */
    int offlineDepth;

    /**
     * Whether the owner is offline for reclamation (in a quiescent region, and not watched for
     * a read section): grace periods neither wait for nor fence it. Written by the owner (a
     * release store to go offline, a volatile one to come back), read by the writer. Accessed through {@link ThreadRecord#OFFLINE}.
     */
    boolean offline;

    /**
     * Whether grace periods read this record: it is in {@link Epoch#scanned()}. Cleared by a
     * grace period that drops the record while the owner is offline, set again by the owner when
     * it comes back online (or by registration). Written under the registry lock, read by the
     * owner without it; volatile, through {@link ThreadRecord#SCANNED}: see {@link Epoch#goOnline}.
     */
    boolean scanned;

    /**
     * Whether a prune took this record out of the registry's map (its thread had died): the
     * lists then drop it too. Plain, under the registry lock only.
     */
    boolean pruned;

    /** The outermost quiescent region the owner is in, for the not-watching warning; owner-only. */
    String region;

    /**
     * A quiescent region the owner was found inside although it is not offline: it entered the
     * region before the agent marked it (attached later), so the region's method runs without
     * its offline and online stores. Set by the agent (at attach, and by a transition's rounds),
     * cleared by the owner once it has left the region; accessed through
     * {@link ThreadRecord#UNMARKED_REGION}.
     */
    String unmarkedRegion;

    /**
     * How the owner's current outermost read section runs (see {@link Dispatcher#route});
     * plain, owner-only.
     */
    public int sectionMode;

    ThreadRecordFields(Thread owner) {
        this.owner = owner;
    }
}
