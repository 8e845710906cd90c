package io.jlivepatch.bootstrap;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The slow path of the trampoline, run only while a transition is in flight: the kernel's
 * {@code klp_ftrace_handler}. The call site's mode says the method is in transition; the
 * thread's patch state, latched once per read section, picks the top entry or the one below it
 * (or the original body), each a constant of the slot's transition call sites. And the thread's
 * side of the consistency model: its patch state, and the switch it makes itself at its
 * outermost exit.
 *
 * <p>Never throws into application code, never allocates on the selection path, never logs.
 *
 * <h2>The transition word</h2>
 * <pre>
 *   bit 0        TARGET        the state the transition moves threads to
 *   bit 1        BASELINE      the state of a thread that has not switched in this request
 *   bit 2        ALL_SWITCHED  every thread counts as switched: the transition is completing
 *   bits 3..34   request       the request (one enable or disable, with its reversals); 0: none
 *   bits 35..62  generation    reversals of the request so far (wraps at 2^28)
 * </pre>
 * A reversal flips TARGET and keeps the request, so that states are absolute: a thread that
 * switched to PATCHED stays PATCHED until it switches back.
 *
 * <h2>Latching</h2>
 * A thread reads its state once per read section and per request, at its first selection, and
 * keeps it until the section ends: every changed method it enters inside one section runs one
 * version. A state switched under a section's feet (by the transition, after a stack check taken
 * just before the section began) therefore never mixes versions; such a section began before
 * the transition's completing grace period, which waits for it. A section that begins after
 * ALL_SWITCHED is set latches TARGET.
 *
 * <h2>Memory ordering</h2>
 * The transition publishes, in this order: the word of a new request (volatile store), the
 * stacks, then per method the two entries, a release fence and the mode
 * ({@code MethodSlot.applyTargets}). The trampoline reads the mode, then, after the acquire
 * fence in {@link #route}, the word (volatile) and the entries: a thread on the transition path
 * sees the request and the entries of the transition that put the method there, so it never
 * latches a state of another request nor runs another transition's entries. ALL_SWITCHED is
 * stored before the completing grace period advances the epoch; a section whose acquire load of
 * the epoch sees the advance therefore latches TARGET, and every other one is waited for.
 */
public final class Dispatcher {

    /** A thread runs the code of the patch set as it is without the transition's patch. */
    public static final int UNPATCHED = 0;

    /** A thread runs the code of the patch set with the transition's patch. */
    public static final int PATCHED = 1;

    static final long TARGET = 1L;
    static final long BASELINE = 2L;
    static final long ALL_SWITCHED = 4L;
    static final int REQUEST_SHIFT = 3;
    static final int GENERATION_SHIFT = 35;
    static final long STATE_BITS = TARGET | BASELINE | ALL_SWITCHED;

    private static volatile long word;

    /**
     * What {@link #route} answers: run the entry below the top (the original body when there is
     * none), or the top. No policy runs the original body whatever the stack: that mixed
     * versions (see {@code withoutPatchOrWatched}).
     */
    public static final int ROUTE_BELOW = 0;
    public static final int ROUTE_TOP = 1;

    /** How a thread's outermost read section runs; {@code ThreadRecord.sectionMode}. */
    static final int SECTION_NORMAL = 0;
    /** Went online for the section (watch, rollback): offline again at its end. */
    static final int SECTION_WATCHED = 1;
    /** Pins the patch lock, offline (trylock; see {@link PatchLock}): let go at its end. */
    static final int SECTION_LOCKED = 2;
    /**
     * Runs offline the code without the patch in transition, as a thread switched by an
     * unpatching transition does (original, or trylock without the lock; elsewhere watched).
     */
    static final int SECTION_WITHOUT_PATCH = 3;
    /** Runs its latched state, offline and unprotected (warn). */
    static final int SECTION_UNPROTECTED = 4;

    /** Registered by the core: warns once, counts, asks for rollbacks. */
    private static volatile NotWatchingHandler notWatchingHandler;

    /** Registered by the transition: checks the current thread's own stack. */
    private static volatile SelfCheck selfCheck;

    /**
     * What a trampoline's call site answers while its method is in transition: not a handle to
     * run, but the sign to take the slow path, {@link #route} inside a read section. Compared by
     * identity; never invoked.
     */
    public static final MethodHandle TRANSITION = MethodHandles.constant(String.class, "transition");

    /** Name and descriptor of {@link #route}, for the emitter. */
    public static final String ROUTE_NAME = "route";
    public static final String ROUTE_DESCRIPTOR = "(ILio/jlivepatch/bootstrap/ThreadRecord;)I";

    /** The check a thread makes of its own stack before it switches itself. */
    public interface SelfCheck {
        /**
         * Whether the current thread may switch to the transition's target: no frame of a
         * changing method is on its stack below the trampoline that is returning. Called
         * outside every read section; must not throw.
         */
        boolean mayLeave(long word);
    }

    /** What the core hears of a transition-path call on an offline thread. */
    public interface NotWatchingHandler {
        /**
         * Called on the application thread, inside the call's read section, once per such call;
         * must not throw. {@code withoutPatch}: the call runs, offline, the code without the
         * patch (the original body, or the patches below it), which an unpatching transition
         * switched the thread to.
         */
        void notWatching(MethodSlot slot, String region, NotWatchingPolicy policy, boolean withoutPatch,
                boolean unmarked);

        /**
         * The rollback policy asks for the transition of {@code slot}'s method to be reversed:
         * the one of {@code request}, the request the slot was in about when its policy was read
         * (a call that reaches the handler after that transition ended must not reverse the
         * next; the driver goes by the policy that transition published, not by the one read).
         */
        void rollback(MethodSlot slot, String region, int request);

        /**
         * Whether the current thread still has a frame of quiescent region {@code region}
         * ({@code class.method}) on its stack; for a region it entered before it was marked.
         */
        boolean stillInside(String region);
    }

    private Dispatcher() {
    }

    public static void setNotWatchingHandler(NotWatchingHandler handler) {
        notWatchingHandler = handler;
    }

    // ---------------------------------------------------------------- the transition's side

    /** Packs a transition word of a request's first generation. */
    public static long word(int request, int target, int baseline, boolean allSwitched) {
        return word(request, 0, target, baseline, allSwitched);
    }

    /** Packs a transition word; {@code generation} counts the request's reversals. */
    public static long word(int request, int generation, int target, int baseline, boolean allSwitched) {
        return (long) (generation & 0x0FFF_FFFF) << GENERATION_SHIFT | (request & 0xFFFF_FFFFL) << REQUEST_SHIFT
                | (allSwitched ? ALL_SWITCHED : 0L) | (baseline == PATCHED ? BASELINE : 0L)
                | (target == PATCHED ? TARGET : 0L);
    }

    /**
     * What a section that latched {@code state} from word {@code w} publishes
     * ({@code ThreadRecord.latch}): request and generation, and the state. Never 0 for a request.
     */
    static long latchKey(long w, int state) {
        return w & ~STATE_BITS | state;
    }

    /**
     * The key of a section that latched the target of the transition word {@code w}: the
     * completing grace period of that transition does not wait for a thread that shows it.
     */
    public static long targetLatchKey(long w) {
        return latchKey(w, target(w));
    }

    /** Publishes the transition word; under the patch lock. See the class notes for ordering. */
    public static void publish(long w) {
        word = w;
    }

    /** The transition word now. */
    public static long word() {
        return word;
    }

    public static int request(long w) {
        return (int) (w >>> REQUEST_SHIFT);
    }

    public static int target(long w) {
        return (w & TARGET) != 0 ? PATCHED : UNPATCHED;
    }

    public static boolean allSwitched(long w) {
        return (w & ALL_SWITCHED) != 0;
    }

    public static void setSelfCheck(SelfCheck check) {
        selfCheck = check;
    }

    /** The state of the record's thread in the request of {@code w}, from its state word. */
    public static int stateOf(int patchStateWord, long w) {
        if (patchStateWord >>> 1 == request(w)) {
            return patchStateWord & 1;
        }
        return (w & BASELINE) != 0 ? PATCHED : UNPATCHED;
    }

    /**
     * Switches {@code r}'s thread to the target of {@code w} if its state word is still
     * {@code observed}: what the transition calls after a stack check of the thread taken after
     * it read {@code observed}.
     */
    public static boolean switchTo(ThreadRecord r, int observed, long w) {
        return r.casPatchState(observed, request(w) << 1 | target(w));
    }

    // ---------------------------------------------------------------- the thread's side

    /**
     * What this thread runs for the method of slot {@code id} in transition: the top entry
     * ({@link #ROUTE_TOP}), the one below it ({@link #ROUTE_BELOW}), both constants of the slot's
     * transition call sites: the kernel's
     * {@code klp_ftrace_handler} choice. Called by the trampoline right after it entered the read
     * section {@code r}, which spans the call.
     *
     * <p>On a thread that is offline (in a quiescent region) the reclaimer is not tracking the
     * read; the outermost section then runs by the slot's not-watching policy (DESIGN §5).
     */
    public static int route(int id, ThreadRecord r) {
        // Acquire fence: the trampoline's read of the mode (TRANSITION) before its reads of the
        // entries; pairs with the release fence in MethodSlot.applyTargets().
        VarHandle.acquireFence();
        MethodSlot slot = Trampolines.slot(id);
        int mode;
        if (r.depth == 1) {
            // The owner's own field: a plain read sees its own last store.
            mode = r.offline ? notWatching(slot, r, r.region, false) : unmarkedRegion(slot, r);
            r.sectionMode = mode;
        } else {
            mode = r.sectionMode;
            // Nested calls run the state the outermost one latched, whatever the mode.
            if (mode >= SECTION_LOCKED) {
                // A nested call, still offline: counted under the section's policy.
                report(slot, r, mode == SECTION_WITHOUT_PATCH);
            }
        }
        return choose(slot, r);
    }

    /**
     * {@link #route} again, for the same call, after {@link #confirm} found that the slot's
     * request changed since: the choice only, not the section's mode (which the first route set
     * for the whole section, pin and report included).
     */
    public static int reroute(int id, ThreadRecord r) {
        // Acquire fence: as in route, the entries after what the trampoline read.
        VarHandle.acquireFence();
        return choose(Trampolines.slot(id), r);
    }

    /** Name and descriptor of {@link #reroute}, for the emitter. */
    public static final String REROUTE_NAME = "reroute";

    /** The entry a thread in transition runs, by its latched state; see {@link #route}. */
    private static int choose(MethodSlot slot, ThreadRecord r) {
        int state = latchedState(r);
        // Volatile read; confirm() reads it again after the entry.
        int slotRequest = slot.transitionRequest();
        r.routedRequest = slotRequest;
        if (slotRequest != r.latchedRequest) {
            // The trampoline read the mode of a transition that has completed since: the word,
            // and so the latch, belong to a later request, which does not change this method.
            // Run what that transition left, as a call on the stable path would.
            return slot.settledRoute();
        }
        return state == PATCHED ? ROUTE_TOP : ROUTE_BELOW;
    }

    /**
     * Whether the entry the trampoline read after {@link #route} is one of the request route
     * chose by. The entry is read after route (the slot's top or below call site), and a
     * publication can come in between: the next request's (its word first, then each slot:
     * found by the model check, issue 15). Route may then have answered the settled route of
     * the request before (a section that latched the new request while the slot still carried
     * the old one), and the entry read is the new request's: o2:i1. A changed request routes
     * again, with the new one. Never allocates, never throws but a stack overflow (then the
     * trampoline's handler closes the section).
     *
     * <p>Load-load fence: the trampoline's read of the entry before this read of the request;
     * pairs with the store-store fence in {@code MethodSlot.publish} between the request and the
     * entries. So an entry of a later publication is never confirmed with an earlier request.
     */
    public static boolean confirm(int id, ThreadRecord r) {
        VarHandle.loadLoadFence();
        return Trampolines.slot(id).transitionRequest() == r.routedRequest;
    }

    /** Name and descriptor of {@link #confirm}, for the emitter. */
    public static final String CONFIRM_NAME = "confirm";
    public static final String CONFIRM_DESCRIPTOR = "(ILio/jlivepatch/bootstrap/ThreadRecord;)Z";

    /**
     * An online thread that the agent found inside a quiescent region it entered before the
     * region was marked: while it is still in that region, its calls run by the region's rules
     * (policy, warning, counts), and it stays online, so tracked, whatever the policy. Once it has
     * left, the mark goes. One opaque load on other threads' calls.
     */
    private static int unmarkedRegion(MethodSlot slot, ThreadRecord r) {
        String region = r.unmarkedRegionOpaque();
        if (region == null) {
            return SECTION_NORMAL;
        }
        NotWatchingHandler h = notWatchingHandler;
        boolean inside;
        try {
            inside = h != null && h.stillInside(region);
        } catch (Throwable e) {
            inside = false;
        }
        if (!inside) {
            ThreadRecord.UNMARKED_REGION.compareAndSet(r, region, (String) null);
            return SECTION_NORMAL;
        }
        return notWatching(slot, r, region, true);
    }

    /** The outermost transition-path call of an offline thread: how its section runs. */
    private static int notWatching(MethodSlot slot, ThreadRecord r, String region, boolean unmarked) {
        NotWatchingPolicy policy = slot.notWatchingPolicy();
        // The request the slot is in, for a rollback to name: two volatile reads, so it may be of
        // the publication after the policy's or before it (found by review). The driver reverses
        // only the transition of this request, and only if that transition's patch has the
        // rollback policy itself (TransitionDriver.rollbackLocked).
        int request = slot.transitionRequest();
        int mode;
        if (policy == NotWatchingPolicy.WATCH || policy == NotWatchingPolicy.ROLLBACK) {
            Epoch.watch(r);
            mode = SECTION_WATCHED;
        } else if (policy == NotWatchingPolicy.TRYLOCK) {
            // The mode before the pin: an error thrown from here on still lets the pin go at the
            // section's exit (Epoch.exit, or the trampoline's last-resort exit).
            r.sectionMode = SECTION_LOCKED;
            if (PatchLock.tryPin(r)) {
                mode = SECTION_LOCKED;
            } else {
                r.sectionMode = SECTION_NORMAL;
                mode = withoutPatchOrWatched(r);
            }
        } else if (policy == NotWatchingPolicy.ORIGINAL) {
            mode = withoutPatchOrWatched(r);
        } else {
            mode = SECTION_UNPROTECTED;
        }
        NotWatchingHandler h = notWatchingHandler;
        if (h != null) {
            if (policy == NotWatchingPolicy.ROLLBACK) {
                // First: the report below is slow at its first call (a stack, a warning), and a
                // round that completes the transition meanwhile would leave the request nothing
                // to reverse (found by review).
                try {
                    h.rollback(slot, region, request);
                } catch (Throwable ignored) {
                    // The handler reports its own failures; the call goes on.
                }
            }
            try {
                h.notWatching(slot, region, policy, mode == SECTION_WITHOUT_PATCH, unmarked);
            } catch (Throwable ignored) {
                // As above.
            }
        }
        return mode;
    }

    /**
     * The original policy, and trylock when the lock is taken. The section runs offline only
     * where no completion can change what it runs: in an unpatching transition, on a thread
     * already switched (or counted so), whose state selects the code without the patch (the
     * original body, or the patches below it), the code every thread runs once the transition
     * is over; and never reclaimed. Anywhere else the offline section would be unsafe, and is
     * watched instead, latching its state again once tracked:
     * <ul>
     *   <li>a thread whose state selects the patch's code may have its frames on the stack,
     *       entered through the stable path before the transition: the original body would mix
     *       versions with them (o2:i1);
     *   <li>a thread not yet switched may be switched under its feet by a stack check taken
     *       just before its section began; the completion, which does not wait for an offline
     *       thread, then puts the stable patched code under its original body (o1:i2).
     * </ul>
     */
    private static int withoutPatchOrWatched(ThreadRecord r) {
        // Volatile: the word the latch below is taken from.
        long w = word;
        if (latchedState(r, w) == UNPATCHED && target(w) == UNPATCHED) {
            return SECTION_WITHOUT_PATCH;
        }
        Epoch.watch(r);
        r.latchedRequest = 0;
        return SECTION_WATCHED;
    }

    private static void report(MethodSlot slot, ThreadRecord r, boolean withoutPatch) {
        NotWatchingHandler h = notWatchingHandler;
        if (h != null) {
            try {
                boolean unmarked = r.region == null;
                h.notWatching(slot, unmarked ? r.unmarkedRegionOpaque() : r.region, slot.notWatchingPolicy(),
                        withoutPatch, unmarked);
            } catch (Throwable ignored) {
                // As above.
            }
        }
    }

    /**
     * The end of an outermost watched section, from {@link Epoch#exit}: offline again, as the
     * region the thread is still in says. If this throws, the thread stays online until its
     * region ends, which only costs grace periods a look at it.
     */
    static void endWatchedSection(ThreadRecord r) {
        if (r.offlineDepth > 0) {
            ThreadRecord.OFFLINE.setVolatile(r, true);
        }
    }

    /** The thread's state for its current read section; see the class notes on latching. */
    private static int latchedState(ThreadRecord r) {
        // Volatile: after the acquire fence in route(); see the class notes.
        return latchedState(r, word);
    }

    private static int latchedState(ThreadRecord r, long w) {
        int request = request(w);
        if (r.latchedRequest != request) {
            int state = (w & ALL_SWITCHED) != 0 ? target(w) : stateOf(r.patchStateVolatile(), w);
            r.latchedState = state;
            r.latchedRequest = request;
            // For the completing grace period: a section that latched the target need not be
            // waited for. Opaque, no fence: the grace period's barrier makes it visible, and a
            // latch it does not see is waited for (see ThreadRecordFields.latch).
            r.setLatchOpaque(latchKey(w, state));
        }
        return r.latchedState;
    }

    /**
     * The owner's switch at its outermost exit, asked for by the transition: the kernel's
     * {@code klp_update_patch_state()} on the way out of the kernel. Never throws.
     */
    static void switchSelf(ThreadRecord r) {
        ThreadRecord.CHECK_REQUESTED.setOpaque(r, false);
        long w = word;
        int observed = r.patchStateVolatile();
        SelfCheck check = selfCheck;
        if (request(w) == 0 || (w & ALL_SWITCHED) != 0 || stateOf(observed, w) == target(w) || check == null) {
            return;
        }
        try {
            if (check.mayLeave(w)) {
                switchTo(r, observed, w);
            }
        } catch (Throwable ignored) {
            // A check that fails leaves the thread pending; the transition checks it again.
        }
    }
}
