package io.jlivepatch.transition;

import io.jlivepatch.bootstrap.Dispatcher;
import io.jlivepatch.bootstrap.Epoch;
import io.jlivepatch.bootstrap.ThreadRecord;
import io.jlivepatch.epoch.ThreadClasses;
import io.jlivepatch.patch.PatchCode;
import io.jlivepatch.quiescent.UnmarkedRegions;
import java.lang.instrument.Instrumentation;
import java.lang.invoke.VarHandle;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;

/**
 * One transition in flight: the threads' side of the kernel's {@code transition.c}. It moves
 * every thread of the JVM to a target patch state, each only when no method being changed has a
 * frame on its stack ({@link StackCheck}); the patch's side (stacks, call sites, callbacks) is
 * the core's. All methods but the thread's own switch run under the patch lock.
 *
 * <p>Sequence, as in klp: {@link #initTransition} publishes the request, the core marks its
 * stacks and switches its call sites, {@link #startTransition} asks every pending thread to check
 * itself, {@link #tryCompleteTransition} (retried with back-off) checks and switches the others;
 * when every thread is switched, {@link #markAllSwitched} precedes the completing grace period.
 * {@link #reverseTransition} turns the target around; {@link #forceTransition} counts every
 * thread as switched, checked or not.
 *
 * <p>Proof obligations of DESIGN §6, and where they are met:
 * <ol>
 *   <li>frames entered without a read section: {@link StackCheck} looks at whole stacks;
 *   <li>no entry between check and switch: a thread latches its state per read section
 *       (see {@link Dispatcher}), so a section begun after a clean check runs one version, and
 *       the completing grace period waits for it;
 *   <li>a thread switches itself at its outermost exit after checking its own stack
 *       ({@link StackCheck#mayLeave});
 *   <li>a thread first seen during a transition is in the request's baseline state: its record
 *       holds no state for the request;
 *   <li>unmounted virtual threads: those that have a record are checked through
 *       {@link Thread#getStackTrace()}; see the README for what remains.
 * </ol>
 */
public final class Transition {

    private static int lastRequest;
    /**
     * How long rounds may leave running threads to switch themselves: beyond it a round looks at
     * every pending thread whatever the progress.
     */
    private static final long SELF_SWITCH_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    /**
     * Whether a round takes the pending platform threads' stacks in one batch (one safepoint)
     * rather than one by one: {@link PlatformThreads#BATCH}. From JDK 19 one thread's stack is a
     * handshake with that thread alone, done by the round itself when the thread is blocked or
     * parked; a safepoint would wait for every running thread of the JVM to reach a poll, each
     * of hundreds of busy threads to be scheduled again.
     */
    private static final boolean BATCH = PlatformThreads.BATCH;
    /**
     * Rounds leave running threads to switch themselves until none has for this long (from
     * the start, or a reversal): then they look at every pending thread. The longest a thread
     * that never calls a changing method, parked or running other code, waits for its check
     * while others run one.
     */
    private static final long STALL_NANOS = TimeUnit.MILLISECONDS.toNanos(3);

    /**
     * Where stacks come in one safepoint ({@link #BATCH}, JDK 17 and 18): the most pending threads
     * a round looks at because none of them runs Java. More are a pool's threads parked between
     * requests, which wake to switch themselves within a request's wait: under 200 platform
     * threads serving requests (a tenth of a core between them), the first round of an enable
     * found them all parked and took their 212 stacks in one safepoint, which the load, its code
     * just deoptimized by the switch of the call sites, stretched to 15–50 ms (issue 14). Fewer
     * are the JVM's own and an idle application's: looked at at once, as before. More are left
     * to switch themselves only while they do so fast ({@link #switchingFast}).
     */
    static final int IDLE_LOOK_MAX = 32;

    /** See {@link #switchingFast}. */
    private static final long SELF_SWITCH_HORIZON_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
    private static volatile VirtualThreads virtualThreads;
    /**
     * The transition in flight, for listings that read without the patch lock, from its first
     * round on (before, it has no count of threads to show); or {@code null}.
     */
    private static volatile Transition current;

    /**
     * Lets transitions see virtual threads that never ran a slow path (JDK 21+); see
     * {@link VirtualThreads}. Answers the warnings to log, if any.
     */
    public static List<String> seeVirtualThreads(Instrumentation inst) {
        virtualThreads = VirtualThreads.open(inst);
        if (Runtime.version().feature() < 21) {
            return List.of();
        }
        if (virtualThreads == null) {
            return List.of("cannot enumerate virtual threads; a virtual thread parked inside a changed method that never"
                    + " ran a patched call in a transition is not seen by transitions");
        }
        List<String> warnings = new ArrayList<>();
        String fallback = virtualThreads.withoutOwnModule();
        if (fallback != null) {
            warnings.add(fallback);
        }
        // By the property, not by the containers' decision: asking them would initialise them
        // before the application's main could set it. Transitions go by the decision, and the
        // first to find it otherwise says so (untrackedWarning).
        if (!VirtualThreads.trackedByProperty()) {
            untrackedWarned = true;
            warnings.add(UNTRACKED);
        }
        return warnings;
    }

    /**
     * Every tracked virtual thread alive now, or none: on a JDK without them, where they cannot
     * be listed, and where none was ever made (which this does not change: nothing is
     * initialised). For the agent's look at the threads inside quiescent regions when it attaches.
     */
    public static List<Thread> liveVirtualThreads() {
        VirtualThreads v = virtualThreads;
        return v == null ? List.of() : v.all();
    }

    private static final String UNTRACKED = "jdk.trackAllThreads=false: virtual threads started directly cannot be"
            + " enumerated; one parked inside a changed method that never ran a patched call in a transition is not"
            + " seen by transitions";
    /** Whether {@link #UNTRACKED} was given out; under the patch lock after the agent's start. */
    private static boolean untrackedWarned;

    /**
     * {@link #UNTRACKED} once, if the JDK decided not to track every virtual thread and the
     * agent's start did not warn of it (the application set the property in its main, after a
     * {@code -javaagent} started: found by review); else {@code null}. Asked after a transition's
     * start, under the patch lock.
     */
    public static String untrackedWarning() {
        VirtualThreads v = virtualThreads;
        if (untrackedWarned || v == null || !v.trackingAllDecided() || v.trackingAll()) {
            return null;
        }
        untrackedWarned = true;
        return UNTRACKED;
    }

    private final String patchId;
    private final int request;
    private final int baseline;
    private final StackCheck check;
    private volatile int target;
    /** Reversals so far; in the word, so that a latch names the direction it was taken in. */
    private int generation;
    private boolean forced;
    private long startNanos;
    /**
     * The threads alive when the transition started (or was last reversed), or {@code null}
     * before and after; under the patch lock. See {@link #startTransition}.
     */
    private volatile Set<Thread> atStart;
    /**
     * The virtual threads among {@link #atStart}, as the start walked them, or {@code null}: then
     * each round walks them (the start's walk failed, or there is none to walk). A round needs
     * no others: one started since can enter a changing method only through the transition path,
     * which registers it, and a round finds it by its record. Walking the containers again each
     * round cost 1–2.5 ms of the round's CPU time on JDK 25 with 200 platform threads and no
     * virtual one (the root container lists every platform thread, twice), which a load that
     * saturates the cores stretches many times over (issue 14). Under the patch lock.
     */
    private volatile List<Thread> virtualAtStart;
    /**
     * Threads a worker round's look at the parked ones ({@link #tryCompleteTransition}) found
     * holding the transition since its start: not looked at again that way, only by the full
     * look. A thread parked inside a changing method stays so for long, and a round comes every
     * millisecond while others switch themselves: its stack taken again and again was twice the
     * round's CPU time with 200 such threads 100 frames deep (found by review). Under the patch
     * lock; emptied at each start and at the end.
     */
    private final Set<Thread> heldAtLook = Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * The threads the last round left pending, and when a round last found fewer: threads
     * switching themselves; under the patch lock.
     */
    private int lastPending = Integer.MAX_VALUE;
    private long lastProgressNanos;
    /** When the last round sorted the threads out; under the patch lock. */
    private long lastRoundNanos;
    private boolean selfSwitching;

    private volatile int switchedThreads;
    private volatile int totalThreads;
    private volatile List<Holder> holders = List.of();

    /**
     * A thread that cannot switch yet, and the frame of a changing method that holds it; or, when
     * its stack was cut short at the JVM's stack-trace limit, its top frame.
     */
    public record Holder(Thread thread, StackTraceElement frame, boolean cutShort, StackTraceElement patchFrame) {

        /** What {@link #describe} says of a frame with no source file. */
        static final String NO_SOURCE = "Unknown Source: code from before a retransformation, or without debug information";

        /** The class loaders of patch code are named so, then the patch id (a constant: no class loads). */
        private static final String PATCH_LOADER = PatchCode.LOADER_PREFIX;

        /**
         * {@code thread 'name' (#id) in a.b.C.m(C.java:12)}: the frame without the class loader
         * and module that {@link StackTraceElement#toString()} puts first ({@code app//}). A thread
         * that is in a patch's code (its replacement, or what that calls in the patch jar) names
         * that line first, with the patch: {@code in jlivepatch:fix-7//com.acme.Fix.total(Fix.java:31),
         * patch 'fix-7' replacing a.b.C.m(C.java:12)}.
         */
        @Override
        public String toString() {
            return "thread '" + thread.getName() + "' (#" + Epoch.threadId(thread) + ")"
                    + (cutShort ? ", whose stack is deeper than the " + StackCheck.STACK_TRACE_LIMIT
                            + " frames a stack trace shows," : "")
                    + " in " + (patchFrame == null ? describe(frame) : describe(patchFrame) + ", patch '"
                            + patchFrame.getClassLoaderName().substring(PATCH_LOADER.length()) + "' replacing "
                            + describe(frame));
        }

        /**
         * The topmost frame of the patch code that {@code frames[holding]} runs: the replacement
         * right above it (past the method-handle frames of its trampoline's call) and what it
         * calls in its jar, up to the first frame of other code; or {@code null}. A patch frame
         * above application code that the holding method called belongs to another method's
         * replacement, not this one's (seventh review).
         */
        static StackTraceElement patchFrameAbove(StackTraceElement[] frames, StackTraceElement holding) {
            int h = -1;
            for (int i = 0; i < frames.length; i++) {
                if (frames[i] == holding) {
                    h = i;
                    break;
                }
            }
            StackTraceElement top = null;
            for (int i = h - 1; i >= 0; i--) {
                StackTraceElement e = frames[i];
                String loader = e.getClassLoaderName();
                if (loader != null && loader.startsWith(PATCH_LOADER)) {
                    top = e;
                } else if (!e.getClassName().startsWith("java.lang.invoke.")
                        && !io.jlivepatch.bootstrap.AgentPackages.contains(e.getClassName())) {
                    break;
                }
            }
            return top;
        }

        /**
         * {@code a.b.C.m(C.java:12)}: a frame without the class loader and module that
         * {@link StackTraceElement#toString()} puts first ({@code app//}), except a patch's
         * ({@code jlivepatch:fix-7//}); for a frame with no file, {@link #NO_SOURCE}: HotSpot gives
         * none for an obsolete method's frame, the code a thread entered before a retransformation
         * (the one that put the trampoline in, often), which is what holds a transition most often
         * (a carried NIT: "Unknown Source" left the reader to guess that), and none for a class
         * compiled without debug information.
         */
        public static String describe(StackTraceElement frame) {
            String file = frame.getFileName();
            String where = frame.isNativeMethod() ? "Native Method"
                    : file == null ? NO_SOURCE
                    : frame.getLineNumber() >= 0 ? file + ":" + frame.getLineNumber() : file;
            String loader = frame.getClassLoaderName();
            String prefix = loader != null && loader.startsWith(PATCH_LOADER) ? loader + "//" : "";
            return prefix + frame.getClassName() + "." + frame.getMethodName() + "(" + where + ")";
        }
    }

    private Transition(String patchId, int request, int target) {
        this.patchId = patchId;
        this.request = request;
        this.target = target;
        this.baseline = target == Dispatcher.PATCHED ? Dispatcher.UNPATCHED : Dispatcher.PATCHED;
        this.check = new StackCheck(request);
        this.startNanos = System.nanoTime();
    }

    /**
     * The kernel's {@code klp_init_transition()}: a new request in which every thread is in the
     * state opposite to {@code target}. Publishes the transition word before the core marks any
     * stack in transition, so that no thread latches a state of an older request for it.
     */
    public static Transition initTransition(String patchId, int target) {
        Transition t = new Transition(patchId, ++lastRequest, target);
        t.publish(false);
        return t;
    }

    /** The request this transition is: the slots that it puts in transition record it. */
    public int request() {
        return request;
    }

    /**
     * The transition in flight as listings show it, {@code patching: 12/14 threads switched},
     * or {@code null} when there is none; reads no lock.
     */
    public static String progress() {
        Transition t = current;
        return t == null ? null : (t.target == Dispatcher.PATCHED ? "patching" : "unpatching") + ": "
                + t.switchedThreads + "/" + t.totalThreads + " threads switched";
    }

    /** Adds a method that this transition changes; before its call site takes the slow path. */
    public void addChangingMethod(String className, String methodName, String descriptor) {
        check.add(className, methodName, descriptor);
    }

    /**
     * The kernel's {@code klp_start_transition()}: asks every registered thread not yet at the
     * target to check its own stack at its next outermost exit. Called after the call sites of
     * the changing methods are switched to the slow path (the request's release store orders
     * them).
     */
    public void startTransition() {
        // Every thread alive now, after the call sites were switched: a thread started later can
        // enter a changing method only through the transition path, which registers it; one
        // without a record holds nothing, and a round switches it without its stack (trySwitch,
        // which also names the exceptions: offline, it is looked at).
        // Under a virtual thread per request, rounds otherwise walked thousands of threads
        // started since, round after round, and never finished.
        // Not covered: frames that move between threads (a raw jdk.internal.vm.Continuation
        // resumed on a thread started later), which no round sees anyway while unmounted.
        // Full fence: orders the stores that switched the call sites before the reads of the
        // thread lists. A store then a load on each side (store buffering), so the partner is a
        // full barrier on the side that adds a thread to a list, between the add and the
        // thread's first read of a call site: the compare-and-set of the container's thread set
        // for a virtual thread (a ConcurrentHashMap), the VM's Threads_lock and the creation of
        // the native thread for a platform thread. Forbids a thread missing from the set that
        // read a call site as it was before the switch (JDK 19+ enumerates without a lock).
        VarHandle.fullFence();
        heldAtLook.clear();
        atStart = threadsAlive();
        startNanos = System.nanoTime();
        lastPending = Integer.MAX_VALUE;
        lastProgressNanos = startNanos;
        lastRoundNanos = startNanos;
        // The holders of the direction left, if this is a reversal's start: the rounds that
        // leave threads to switch themselves would show them (found by review).
        holders = List.of();
        // Only now may a thread switch itself. A check request can outlive its transition (a
        // thread asked, then switched by a round or by completion, exits no section until the
        // next transition), and a thread that switched while a changing method's call site was
        // still stable would run that method in the version being left, the others in the new
        // one. Volatile write after the call sites: pairs with the read in Dispatcher.switchSelf.
        Dispatcher.setSelfCheck(check);
        long w = Dispatcher.word();
        for (ThreadRecord r : Epoch.records()) {
            if (Dispatcher.stateOf(r.patchStateVolatile(), w) != target) {
                r.requestCheckRelease();
            }
        }
    }

    /**
     * One round of the kernel's {@code klp_try_complete_transition()}: checks every thread not
     * at the target and switches those whose stacks hold no changing method.
     *
     * <p>A round first counts, without looking at any stack, the threads that are switched
     * already: most threads that run a changing method switch themselves at their outermost
     * exit ({@link StackCheck#mayLeave}, asked for at {@link #startTransition} and when a thread
     * first registers). While threads keep switching themselves and some pending thread runs
     * Java, early in the transition, the worker's round takes no stack but its own
     * ({@link #selfSwitching}): a stack of a thread that is about to switch itself is work for
     * nothing, and under load it is the expensive part (a handshake or a safepoint waits for
     * busy threads to be scheduled). Then the threads still pending have their stacks taken,
     * and only they.
     *
     * @return whether every thread is now switched
     */
    public boolean tryCompleteTransition() {
        return tryCompleteTransition(false);
    }

    /**
     * {@link #tryCompleteTransition()}, which with {@code leaveToSelfSwitch} may take no stack
     * while threads are switching themselves (the worker's rounds); without, it checks every
     * pending thread.
     */
    public boolean tryCompleteTransition(boolean leaveToSelfSwitch) {
        long w = Dispatcher.word();
        Map<Thread, ThreadRecord> recordOf = new IdentityHashMap<>();
        for (ThreadRecord r : Epoch.records()) {
            recordOf.put(r.owner(), r);
        }
        // Every platform thread alive now, read after the records: a thread that is in neither
        // has not entered anything a stack would show but through a slow path since the call
        // sites were switched, so the section it latched in is waited for by the completing grace
        // period, and its next one latches the target (see Dispatcher).
        Thread[] platform = PlatformThreads.all();
        Set<Thread> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        seen.addAll(Arrays.asList(platform));
        // The others alive: threads with a record the enumeration did not show (virtual threads,
        // threads started since), and every tracked virtual thread.
        List<Thread> others = new ArrayList<>();
        for (ThreadRecord r : recordOf.values()) {
            if (!seen.contains(r.owner()) && r.owner().isAlive()) {
                others.add(r.owner());
            }
        }
        VirtualThreads v = virtualThreads;
        // A walk that failed leaves the round incomplete: a virtual thread it missed may hold the
        // transition (found by review).
        boolean allSeen = true;
        // The virtual threads alive at the start, as the start walked them; walked again only
        // when the start could not (see virtualAtStart).
        List<Thread> virtual = virtualAtStart;
        if (virtual == null && v != null) {
            virtual = v.allOrNull();
            if (virtual == null) {
                allSeen = false;
            }
        }
        if (virtual != null) {
            for (Thread t : virtual) {
                if (!recordOf.containsKey(t) && t.isAlive()) {
                    others.add(t);
                }
            }
        }
        List<Thread> pending = new ArrayList<>();
        int total = platform.length + others.size();
        int switched = sortOut(Arrays.asList(platform), recordOf, w, pending);
        int firstOther = pending.size();
        switched += sortOut(others, recordOf, w, pending);
        // Which pending threads this round looks at: every one, unless threads are switching
        // themselves, early in the transition. Then none but the round's own: a stack taken now
        // would be of a thread about to switch itself, and under load it is the expensive part.
        // A handshake (JDK 19+) or a safepoint waits for a thread that runs Java to reach a
        // poll, so for a busy thread the scheduler must first give it a core; a thread that
        // parks now and then is seldom parked by the time the round gets to it; and a round that
        // switches a thread just before it enters a section leaves that section latched to the
        // state being left, which the completing grace period must wait for. Threads that never
        // switch themselves (parked, or running other code) are looked at once no thread has
        // switched itself for STALL_NANOS, or at once when none of the pending threads runs
        // Java (an idle JVM: nothing would switch itself; where a look is a safepoint, only
        // while they are few or do not switch themselves fast: see leave below).
        long now = System.nanoTime();
        // Where a look is a safepoint, whether to leave many parked threads to switch themselves
        // (see IDLE_LOOK_MAX): in the transition's first round, when no rate is known, and then
        // while they switch themselves fast. Not in a reversal's first round (generation > 0):
        // its next round used to be the retry of the direction left, backed off to up to 250 ms
        // (found by review: 130-240 ms against 3-7 with 200 parked threads, JDK 17). The driver
        // now supersedes that retry; the look is kept for a reversal, which an operator or a
        // rollback wants over at once, and which measured 4-7 ms so.
        // Threads that ended count as switched; threads started since make no progress.
        long sinceLastRound = now - lastRoundNanos;
        lastRoundNanos = now;
        boolean leave = lastPending == Integer.MAX_VALUE ? generation == 0
                : switchingFast(Math.max(0, lastPending - pending.size()), sinceLastRound, pending.size());
        if (pending.size() < lastPending) {
            lastProgressNanos = now;
        }
        Thread self = Thread.currentThread();
        boolean all = !leaveToSelfSwitch || now - startNanos >= SELF_SWITCH_NANOS
                || now - lastProgressNanos >= STALL_NANOS
                || (!BATCH || pending.size() <= IDLE_LOOK_MAX || !leave)
                        && !anyRunsJava(pending.subList(0, firstOther), self);
        List<Thread> look = all ? pending : new ArrayList<>();
        if (!all && pending.contains(self)) {
            // The round's own thread switches itself only if it calls a changing method; its
            // own stack is no handshake.
            look.add(self);
        }
        if (!all && !BATCH && firstOther == pending.size()) {
            // Parked platform threads, looked at now rather than left to switch themselves when
            // they next wake. From JDK 19 a thread's stack is a handshake with it alone, and the
            // round runs it itself while the thread is parked: it waits for nobody. A pool's
            // threads are parked most of the time (between requests, on a queue or a lock; one
            // blocked in I/O is RUNNABLE in native code, and left to the full look): in a pool
            // of 200 serving requests, rounds that left them to switch themselves waited for each
            // to wake, 27–30 ms of a 55–67 ms enable (issue 14). One found holding is left to the
            // full look from then on (heldAtLook). Only while no virtual thread is pending: the
            // platform threads it would switch are what keeps a round from taking the full look
            // whenever the carriers are between tasks (no pending platform thread then runs Java),
            // which looks at every virtual thread at once before they switch themselves: under
            // virtual-10000 that made enables about 15% slower (JDK 25, 6 runs alternated, medians
            // 237-303 ms against 209-259). A thread that wakes before its
            // handshake makes it wait for a poll, as any round's look does. Not the carriers of
            // virtual threads, looked at as before; not a thread whose class overrides
            // getState(), whose own code is never called here.
            for (Thread t : pending.subList(0, firstOther)) {
                if (t != self && !heldAtLook.contains(t) && isParked(t)) {
                    look.add(t);
                }
            }
        }
        selfSwitching = look.size() < pending.size();
        if (!look.isEmpty()) {
            Map<Thread, StackTraceElement[]> stacks = stacksOf(all ? pending.subList(0, firstOther) : look);
            List<Holder> holding = new ArrayList<>();
            for (Thread t : look) {
                StackTraceElement[] stack = stacks.get(t);
                if (stack == null && stacks.containsKey(t)) {
                    // Ended since the enumeration: it holds nothing.
                    switched++;
                    continue;
                }
                // Without a stack from the batch (a virtual thread, a thread started after the
                // enumeration, or no batch): checked on its own (a handshake if it is mounted, a
                // walk of its continuation if not).
                if (trySwitch(t, recordOf.get(t), stack, w, holding)) {
                    switched++;
                }
            }
            if (all) {
                holders = Collections.unmodifiableList(holding);
            } else {
                for (Holder h : holding) {
                    heldAtLook.add(h.thread());
                }
            }
        }
        lastPending = total - switched;
        switchedThreads = switched;
        totalThreads = total;
        current = this;
        return switched == total && allSeen;
    }

    /**
     * Where a look is a safepoint: whether the {@code pending} threads, more than
     * {@link #IDLE_LOOK_MAX} and none of them running Java, are switching themselves fast enough
     * to be left to it: at the rate since the last round ({@code progress} threads in
     * {@code sinceLastRound}), all of them within {@link #SELF_SWITCH_HORIZON_NANOS}. (The
     * transition's first round, which knows no rate, leaves them too.) A pool parked between
     * requests wakes at tens of threads a millisecond (200 threads, 10 ms waits); a JVM whose
     * parked threads never call a changing method, or whose few callers come one a millisecond,
     * does not, and its stacks are taken at the second round: leaving them until no thread had
     * switched itself for 3 ms made transitions there wait for the 50 ms cap (found by review:
     * 37-51 ms at the median against 4-5, 100 idle threads and 50 calling once every 50 ms,
     * JDK 17).
     */
    static boolean switchingFast(int progress, long sinceLastRound, int pending) {
        return progress > 0 && (long) pending * sinceLastRound <= progress * SELF_SWITCH_HORIZON_NANOS;
    }

    /**
     * Whether this round left the stacks alone because threads are switching themselves; the
     * core then retries soon, without backing off.
     */
    public boolean selfSwitching() {
        return selfSwitching;
    }

    /**
     * Every live thread, platform and tracked virtual; or {@code null} (every thread counts as
     * alive at the start) when the walk of the virtual threads failed or the set could not be
     * made: a thread missing from it would never be looked at.
     */
    private Set<Thread> threadsAlive() {
        virtualAtStart = null;
        try {
            VirtualThreads v = virtualThreads;
            if (v == null ? Runtime.version().feature() >= 19 : !v.trackingAll()) {
                // Virtual threads this cannot list (none opened, or those started directly when
                // the JDK does not track them): one alive now would count as started later, and
                // be switched without its stack.
                return null;
            }
            Set<Thread> alive = Collections.newSetFromMap(new IdentityHashMap<>());
            alive.addAll(Arrays.asList(PlatformThreads.all()));
            List<Thread> virtual = List.of();
            if (v != null) {
                virtual = v.allOrNull();
                if (virtual == null) {
                    return null;
                }
                alive.addAll(virtual);
            }
            virtualAtStart = virtual;
            return alive;
        } catch (RuntimeException | Error e) {
            return null;
        }
    }

    /** Whether {@code t} was alive at the start; every thread counts as such outside a transition. */
    private boolean aliveAtStart(Thread t) {
        Set<Thread> alive = atStart;
        return alive == null || alive.contains(t);
    }

    /**
     * Adds each of {@code threads} that is not at the target of {@code w} to {@code pending};
     * answers how many are.
     */
    private int sortOut(List<Thread> threads, Map<Thread, ThreadRecord> recordOf, long w, List<Thread> pending) {
        int switched = 0;
        for (Thread t : threads) {
            if (isSwitched(recordOf.get(t), w)) {
                switched++;
            } else {
                pending.add(t);
            }
        }
        return switched;
    }

    /** Whether the thread of {@code r} (none: baseline) is at the target of {@code w}. */
    private boolean isSwitched(ThreadRecord r, long w) {
        // No record: the thread never ran a slow path nor was switched, so it is in the baseline
        // state, which is the target once the transition has been reversed.
        return Dispatcher.stateOf(r == null ? 0 : r.patchStateVolatile(), w) == target;
    }

    /**
     * Whether {@code t} may carry virtual threads: the JDK's carriers ({@link
     * PlatformThreads#isCarrier}) and any {@link ForkJoinWorkerThread}, whose thread info is never
     * taken (see {@link #infoIds}).
     */
    private static boolean mayCarry(Thread t) {
        return PlatformThreads.isCarrier(t) || t instanceof ForkJoinWorkerThread;
    }

    /**
     * Whether platform thread {@code t} is parked, waiting or blocked on a monitor by its own
     * state ({@code Thread.getState()}, a field read), and no carrier of virtual threads.
     */
    private static boolean isParked(Thread t) {
        if (mayCarry(t)) {
            return false;
        }
        Thread.State s = ownState(t);
        return s == Thread.State.WAITING || s == Thread.State.TIMED_WAITING || s == Thread.State.BLOCKED;
    }

    /**
     * Whether a thread of {@code threads} other than {@code self} runs Java code, or waits for a
     * core to run it: {@code RUNNABLE} and not in native code, read from thread infos without
     * stacks, which take no safepoint. Only a guess at who may switch itself soon: the JVM's
     * own threads (the system thread group: the signal dispatcher and the attach listener are
     * {@code RUNNABLE} in the VM, with no Java frame) are left out.
     *
     * <p>The threads' own states first, a field read each: only a thread {@code RUNNABLE} by its
     * state can run Java, and the thread infos, several objects per thread, are asked about those
     * alone, {@link #INFO_BATCH} at a time, until one runs Java. Asked about every pending
     * thread, they were a quarter of a round's own CPU time with 200 platform threads (0.6–1 ms,
     * interpreted, issue 14), and a round's CPU time is what a load that saturates the cores
     * stretches many times over. A thread whose class overrides {@code getState()} is asked
     * about, its own code never called (as {@link #infoIds} does).
     */
    private static boolean anyRunsJava(List<Thread> threads, Thread self) {
        List<Thread> runnable = new ArrayList<>();
        for (Thread t : threads) {
            Thread.State s = ownState(t);
            if (t != self && (s == null || s == Thread.State.RUNNABLE)) {
                runnable.add(t);
            }
        }
        ThreadGroup system = PlatformThreads.rootGroup();
        long selfId = PlatformThreads.idOf(self);
        for (int from = 0; from < runnable.size(); from += INFO_BATCH) {
            long[] ids = infoIds(runnable.subList(from, Math.min(from + INFO_BATCH, runnable.size())), self, system);
            if (ids == null) {
                return true;
            }
            ThreadInfo[] infos;
            try {
                infos = ManagementFactory.getThreadMXBean().getThreadInfo(ids, 0);
            } catch (RuntimeException e) {
                return true;
            }
            for (int i = 0; i < ids.length; i++) {
                ThreadInfo info = infos[i];
                if (info != null && ids[i] != selfId && info.getThreadState() == Thread.State.RUNNABLE
                        && !info.isInNative()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Threads {@link #anyRunsJava} asks the thread infos about at once. */
    static final int INFO_BATCH = 16;

    /**
     * The ids {@link #anyRunsJava} asks the thread infos about, one per thread ({@code self}'s
     * for a thread to leave out), or {@code null} when the answer is known without them: a
     * thread they cannot name, or a carrier that runs a virtual thread.
     *
     * <p>A carrier of virtual threads is never named to them: the JDK's own
     * ({@link PlatformThreads#isCarrier}), and any {@link ForkJoinWorkerThread}, which may carry
     * virtual threads of a scheduler set by reflection (the JDK keeps a builder with an
     * executor); a carrier of any other executor cannot be told. Thread infos of a carrier while
     * a virtual thread mounts or unmounts on it crash the JVM in {@code ThreadSnapshot::initialize}
     * (JDK-8392031, open in Temurin 25.0.3): it crashed a benchmark fork with 10,000 virtual
     * threads, in this method, in the first second of a transition. Its own state says enough:
     * {@code RUNNABLE} while it runs one, waiting while it has none.
     */
    static long[] infoIds(List<Thread> threads, Thread self, ThreadGroup system) {
        long selfId = PlatformThreads.idOf(self);
        long[] ids = new long[threads.size()];
        for (int i = 0; i < ids.length; i++) {
            Thread t = threads.get(i);
            if (mayCarry(t) && t != self) {
                // getState() is not final: a class that overrides it counts as running Java,
                // its own code never asked (only a guess rests on it).
                Thread.State s = ownState(t);
                if (s == null || s == Thread.State.RUNNABLE) {
                    return null;
                }
                ids[i] = selfId;
                continue;
            }
            ids[i] = t.getThreadGroup() == system ? selfId : PlatformThreads.idOf(t);
            if (ids[i] <= 0) {
                // An id the thread infos cannot name: it may run Java.
                return null;
            }
        }
        return ids;
    }


    /** Whether a thread class keeps {@link Thread#getState()} as Thread declares it. */
    private static final ClassValue<Boolean> OWN_GET_STATE = ThreadClasses.keeps("getState");

    /**
     * {@code t}'s state by {@link Thread#getState()} as Thread declares it (a field read), or
     * {@code null} when its class overrides it: its own code is never called here.
     */
    private static Thread.State ownState(Thread t) {
        return OWN_GET_STATE.get(t.getClass()) ? t.getState() : null;
    }

    /**
     * The stacks of {@code threads} (platform threads): in one batch, which is one safepoint,
     * where {@link #BATCH} says so; otherwise none here, and each is taken on
     * its own by {@link #trySwitch} (a handshake with that thread alone from JDK 19). A thread
     * that ended maps to {@code null}; one the batch could not name or did not show is missing,
     * and checked on its own.
     */
    private static Map<Thread, StackTraceElement[]> stacksOf(List<Thread> threads) {
        Map<Thread, StackTraceElement[]> stacks = new IdentityHashMap<>();
        if (!BATCH || threads.size() < 2) {
            return stacks;
        }
        List<Thread> batch = new ArrayList<>();
        long[] ids = new long[threads.size()];
        for (Thread t : threads) {
            long id = PlatformThreads.idOf(t);
            if (id > 0) {
                ids[batch.size()] = id;
                batch.add(t);
            }
        }
        ids = Arrays.copyOf(ids, batch.size());
        ThreadInfo[] infos;
        try {
            // Integer.MAX_VALUE: the whole stack, not cut at the stack-trace limit.
            infos = ManagementFactory.getThreadMXBean().getThreadInfo(ids, Integer.MAX_VALUE);
        } catch (RuntimeException e) {
            return stacks;
        }
        for (int i = 0; i < ids.length; i++) {
            Thread t = batch.get(i);
            if (infos[i] != null) {
                stacks.put(t, infos[i].getStackTrace());
            } else if (!t.isAlive()) {
                stacks.put(t, null);
            }
            // Otherwise a thread the infos do not show (one the VM hides, or whose id they did
            // not find): unknown is not safe; it is checked on its own.
        }
        return stacks;
    }

    private boolean trySwitch(Thread t, ThreadRecord r, StackTraceElement[] stack, long w, List<Holder> holding) {
        // No record: the thread never ran a slow path nor was switched, so it is in the baseline
        // state, which is the target once the transition has been reversed.
        int observed = r == null ? 0 : r.patchStateVolatile();
        if (Dispatcher.stateOf(observed, w) == target) {
            return true;
        }
        if (r == null && !aliveAtStart(t)) {
            // Started since the transition began and not registered when the round read the
            // records: every changing method it entered it entered through the transition path,
            // in a read section, so no stack is needed (see startTransition). If it registered
            // since, its section keeps the state it latched, which the completing grace period
            // waits for, and it leaves every changing method with that section. Except offline
            // (in a quiescent region), where the grace period does not wait and the `warn`
            // policy runs the section unprotected (found by review): then its stack, as for any
            // thread. Two more ways run a changing method's original body with no section, a
            // failed deferred link and a call made while its thread binds a slot; a thread at
            // the target mixes versions there too, so they are no reason to look.
            if (!t.isAlive()) {
                return true;
            }
            ThreadRecord late = Epoch.recordOf(t);
            int state = late.patchStateVolatile();
            if (!late.offlineVolatile()) {
                return Dispatcher.stateOf(state, w) == target || Dispatcher.switchTo(late, state, w);
            }
            r = late;
            observed = state;
            if (Dispatcher.stateOf(observed, w) == target) {
                return true;
            }
        }
        // The snapshot may predate the read of the state word: a thread that switched itself in
        // between fails the compare-and-set below and counts in the next round.
        StackTraceElement[] frames = stack != null ? stack : stackOf(t);
        StackTraceElement hold = check.holding(frames);
        boolean cut = hold == null && StackCheck.cutShort(frames);
        StackTraceElement[] whole = cut ? wholeStackOf(t) : null;
        if (whole != null) {
            // Taken whole, whatever its length: judged on what it shows (review: a length test
            // threw away a whole stack exactly as deep as the limit).
            frames = whole;
            hold = check.holding(frames);
            cut = false;
        }
        r = markUnmarkedRegion(t, r, frames);
        if (hold != null || cut) {
            // A stack cut short at the JVM's stack-trace limit may hide a changing method below
            // what it shows: unknown counts as holding. The thread's own check at its outermost
            // exit walks the whole stack; a round that sees it whole (an unmounted virtual
            // thread, a shallower stack) switches it.
            holding.add(new Holder(t, hold != null ? hold : frames[0], cut,
                    hold != null ? Holder.patchFrameAbove(frames, hold) : null));
            if (r != null) {
                r.requestCheckRelease();
            }
            return false;
        }
        // No record: the thread never ran a slow path, so it is in the baseline state. It gets
        // a record now, switched, in which it finds its state when it first runs one.
        if (r == null) {
            r = Epoch.recordOf(t);
            observed = r.patchStateVolatile();
        }
        return Dispatcher.switchTo(r, observed, w);
    }

    /**
     * {@code t}'s stack as the JVM has it. {@link Thread#getStackTrace()} is not final: a thread
     * class that overrides it could answer a stack without the changing method it runs, and be
     * switched inside it (found by the review). Such a thread's stack comes from its thread info
     * (a safepoint, for this rare thread; not a carrier: the JDK's are final classes), by the id
     * the VM keeps ({@link PlatformThreads#idOf}); only where that id cannot be read and the
     * class overrides {@code getId} too ({@link Epoch#knowsThreadIds} false, JDK 17 or 18 only)
     * its own answer, the limit of what can be known. A thread that ended has an empty stack.
     */
    private static StackTraceElement[] stackOf(Thread t) {
        long id;
        if (ThreadClasses.keepsGetStackTrace(t) || (id = PlatformThreads.idOf(t)) <= 0) {
            return t.getStackTrace();
        }
        StackTraceElement[] stack = PlatformThreads.stackFromInfo(id);
        return stack == null ? new StackTraceElement[0] : stack;
    }

    /**
     * The class of every virtual thread, where the JDK is known to have one ({@link
     * VirtualThreads#virtualClass}), else {@code null}: no thread info to take for those.
     */
    private static final Class<?> VIRTUAL = VirtualThreads.virtualClass();

    /**
     * The whole stack of platform thread {@code t}, whose stack came cut short at the stack-trace
     * limit, taken again through its thread info, which no limit cuts (Integer.MAX_VALUE frames);
     * or {@code null} where that cannot be (a virtual thread, which has none and whose look would
     * stop the world for nothing; a carrier of virtual threads or a fork-join worker, whose thread
     * info this class never takes: see {@link PlatformThreads}; a thread that ended). Found by a
     * hunt: under a small {@code -XX:MaxJavaStackTraceDepth} (16), every thread deeper than that
     * held each transition for as long as it stayed so deep, the agent's own idle workers too,
     * for a minute and more. Taken only for a cut stack that shows no changing method.
     */
    private static StackTraceElement[] wholeStackOf(Thread t) {
        if (mayCarry(t) || (VIRTUAL != null && VIRTUAL.isInstance(t))) {
            return null;
        }
        long id = PlatformThreads.idOf(t);
        if (id <= 0) {
            return null;
        }
        try {
            return PlatformThreads.stackFromInfo(id);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * A thread inside a quiescent region it entered before the agent marked it, and not offline:
     * its record is marked so that the region's rules apply to it (see {@code Dispatcher}).
     * Answers the thread's record, which this may have created.
     */
    private static ThreadRecord markUnmarkedRegion(Thread t, ThreadRecord r, StackTraceElement[] frames) {
        String region = UnmarkedRegions.outermost(frames);
        if (region == null || r != null && (r.offlineVolatile() || region.equals(r.unmarkedRegionOpaque()))) {
            return r;
        }
        ThreadRecord marked = r != null ? r : Epoch.recordOf(t);
        marked.markUnmarkedRegionRelease(region);
        return marked;
    }

    /**
     * The kernel's {@code klp_reverse_transition()}: the target turns around, within the same
     * request. Threads already switched become the pending ones; the core re-runs the start.
     */
    public void reverseTransition() {
        target = target == Dispatcher.PATCHED ? Dispatcher.UNPATCHED : Dispatcher.PATCHED;
        generation++;
        publish(false);
    }

    /** The kernel's {@code klp_force_transition()}: every thread counts as switched. */
    public void forceTransition() {
        forced = true;
        markAllSwitched();
    }

    /**
     * Every thread counts as switched from now on: a read section that begins after this
     * latches the target. Called before the completing grace period; see {@link Dispatcher}.
     */
    public void markAllSwitched() {
        publish(true);
        // No round runs from here on: the sets are not kept through a long completion.
        forgetThreads();
    }

    /** The transition is over; no thread is asked to check itself any more. */
    public void finish() {
        forgetThreads();
        Dispatcher.setSelfCheck(null);
        if (current == this) {
            current = null;
        }
    }

    /**
     * Drops the threads the rounds kept: not kept past the rounds (dead threads and their
     * context class loaders with them), and none holds the transition any more (found by review).
     */
    private void forgetThreads() {
        atStart = null;
        virtualAtStart = null;
        heldAtLook.clear();
        holders = List.of();
    }

    private void publish(boolean allSwitched) {
        // Volatile store; pairs with the volatile loads in Dispatcher (see its memory notes).
        Dispatcher.publish(Dispatcher.word(request, generation, target, baseline, allSwitched));
    }

    public String patchId() {
        return patchId;
    }

    public int target() {
        return target;
    }

    /** Whether the target is the state the transition began with as its target. */
    public boolean reversed() {
        return target == baseline;
    }

    public boolean forced() {
        return forced;
    }

    public long startNanos() {
        return startNanos;
    }

    public int switchedThreads() {
        return switchedThreads;
    }

    public int totalThreads() {
        return totalThreads;
    }

    /** The threads that held the transition in the last round. */
    public List<Holder> holders() {
        return holders;
    }

    /**
     * A live thread's patch state: {@code patched} or {@code unpatched}, followed by
     * {@code pending} while the thread has not reached the target, or {@code -} when no
     * transition is in flight (the kernel's {@code -1}).
     */
    public record ThreadState(long id, String name, String state) {
    }

    /** Each live thread's state, by id; see {@link ThreadState}. */
    public static List<ThreadState> threadStates(boolean inFlight) {
        long w = Dispatcher.word();
        Map<Thread, ThreadRecord> recordOf = new IdentityHashMap<>();
        for (ThreadRecord r : Epoch.records()) {
            recordOf.put(r.owner(), r);
        }
        // Enumerated, not snapshotted: no stack is needed, and a carrier's snapshot can crash the
        // JVM (see PlatformThreads).
        // By identity: a thread class may override hashCode and equals (sorted by id below).
        Set<Thread> threads = Collections.newSetFromMap(new IdentityHashMap<>());
        threads.addAll(Arrays.asList(PlatformThreads.all()));
        threads.addAll(recordOf.keySet());
        VirtualThreads v = virtualThreads;
        if (v != null) {
            threads.addAll(v.all());
        }
        List<ThreadState> states = new ArrayList<>();
        // Each id read once: a JDK 17 getId that answers differently at each call (read only
        // where the VM's cannot be) must not break the sort's contract.
        Map<Thread, Long> ids = new IdentityHashMap<>();
        for (Thread t : threads) {
            ids.put(t, Epoch.threadId(t));
        }
        threads.stream().filter(Thread::isAlive).sorted(Comparator.comparingLong(ids::get)).forEach(t -> {
            ThreadRecord r = recordOf.get(t);
            String state;
            if (!inFlight || Dispatcher.allSwitched(w)) {
                state = "-";
            } else {
                int s = Dispatcher.stateOf(r == null ? 0 : r.patchStateVolatile(), w);
                state = (s == Dispatcher.PATCHED ? "patched" : "unpatched")
                        + (s == Dispatcher.target(w) ? "" : " pending");
            }
            states.add(new ThreadState(ids.get(t), t.getName(), state));
        });
        return states;
    }
}
