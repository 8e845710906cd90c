package io.jlivepatch.core;

import io.jlivepatch.api.SystemState;
import io.jlivepatch.bootstrap.Dispatcher;
import io.jlivepatch.bootstrap.Epoch;
import io.jlivepatch.bootstrap.FuncStack;
import io.jlivepatch.bootstrap.MethodSlot;
import io.jlivepatch.bootstrap.MethodSlot.Shape;
import io.jlivepatch.bootstrap.NotWatchingPolicy;
import io.jlivepatch.bootstrap.PatchLock;
import io.jlivepatch.epoch.EpochDomain;
import io.jlivepatch.log.Log;
import io.jlivepatch.patch.PatchException;
import io.jlivepatch.patch.PatchException.Operation;
import io.jlivepatch.transition.Transition;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.slf4j.Logger;

/**
 * The patch side of the one transition in flight: the kernel's {@code transition.c}. It owns
 * {@code klp_transition_patch} (the transition, its patch, its changing methods and its
 * request), and it alone writes the transition word (through {@link Transition}) and what the
 * methods run ({@link PatchedMethod#publish}): it initialises, starts, retries, reports stalls,
 * reverses (on request, after the timeout, for the rollback policy), forces and completes
 * transitions, and runs the callbacks of each step. A transition completes only after a grace
 * period that succeeds: when the completing one gives up, it stays in flight, completing, and
 * the worker tries again.
 *
 * <p>Every {@code *Locked} method runs under the patch lock; the worker takes it for rounds.
 * Each step checks its precondition, as the kernel's {@code WARN_ON_ONCE}s do, and says so once
 * if it does not hold.
 */
final class TransitionDriver {

    private static final Logger LOG = Log.get(TransitionDriver.class);

    private static final long FIRST_RETRY_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    private static final long MAX_RETRY_NANOS = TimeUnit.MILLISECONDS.toNanos(250);
    /**
     * How long a completion's grace period waits under the patch lock, on the thread that
     * completes (a round's, the worker's or a request's): longer, the worker waits for it
     * without the lock ({@link #waitForReaderLocked}). The kernel's completion holds
     * {@code klp_mutex} through {@code synchronize_rcu()}, whose readers cannot block; a read
     * section here spans a whole call, which can (a thread parked inside a patch's code after a
     * force), and the lock held for the whole grace-period timeout (60 s by default) kept every
     * request that takes it waiting (load, enable, disable, unload, force, a {@code --no-wait}
     * one among them; found by review).
     */
    private static final long LOCKED_GRACE_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final PatchLock lock;
    private final EpochDomain epochs;
    /** The patches a cumulative patch in transition replaces, and its nop methods; under the lock. */
    private final List<Patch> replacing = new ArrayList<>();
    private final List<PatchedMethod> nops = new ArrayList<>();
    /** Where the enable finds the classes the linker bound while the patch was loading. */
    private final MethodTable methods;
    /**
     * How long a transition may stall before it is backed out; zero: never. Volatile: {@code
     * jlivepatch set} changes it while the worker reads it, and the next round sees the new value.
     */
    private volatile Duration transitionTimeout;
    /** How often a stalled transition reports the threads that hold it; volatile as above. */
    private volatile Duration stallReport;

    // The transition in flight; written under the patch lock. Volatile for the rollback policy,
    // which reads it on an application thread that must not wait for the lock. The patch is
    // volatile for listings.
    private volatile Transition transition;
    private volatile Patch patch;
    private final List<PatchedMethod> changing = new ArrayList<>();
    private TransitionRequest request;
    /** Requests whose transition was reversed on request; answered when the reversal completes. */
    private final List<TransitionRequest> superseded = new ArrayList<>();
    /** Why the transition in flight is being backed out, or null. */
    private String backOutReason;
    private long retryDelayNanos;
    private long nextStallReportNanos;
    /**
     * The next round scheduled on the worker, or null: for which transition, when due
     * ({@link System#nanoTime}), its number and its task. A transition can end while its retry
     * waits (a reversal or a force completes it at once): that retry must not stand for the next
     * transition's. A sooner one supersedes it (a reversal, a rollback), and a task that finds
     * another number here does nothing. Under the lock.
     */
    private Retry retry;
    /** The numbers of {@link #retry}; under the lock. */
    private long retries;
    /**
     * The transition whose completing grace period gave up, or null: every thread of it is
     * switched and ALL_SWITCHED is set, but a read section begun before may still run the state
     * it left, so its methods stay on the transition path until a grace period succeeds (the
     * kernel's {@code synchronize_rcu()} never gives up). Written under the lock; volatile for
     * the worker, which waits for the next grace period without the lock, and for listings.
     */
    private volatile Transition completing;
    /**
     * The latch key of the completing transition's target ({@link Dispatcher#targetLatchKey}):
     * its grace periods do not wait for sections that latched it. Written under the lock before
     * {@link #completing}, read by the worker after it.
     */
    private volatile long completingKey;

    /**
     * A reversal the rollback policy asked for and the worker has not run yet: the transition
     * the offline call saw, and why. A round that finds every thread switched runs it instead of
     * completing: the worker's task may come after a round already due, which completed the
     * transition, and the reversal found none (RefusalListIT, once in CI).
     */
    private final AtomicReference<Rollback> pendingRollback = new AtomicReference<>();

    private record Rollback(Transition transition, MethodSlot slot, String who) {
    }

    /** The not-watching policy the transition in flight published to its methods; under the lock. */
    private NotWatchingPolicy transitionPolicy = NotWatchingPolicy.WATCH;

    /** The not-watching policy of patches that name none. */
    private volatile NotWatchingPolicy notWatchingDefault = NotWatchingPolicy.WATCH;

    /** Runs transition rounds and rollbacks; made by the first enable, its thread started with the first task. */
    private final DaemonExecutor worker = new DaemonExecutor("jlivepatch-transition");

    /** Enables begun so far: each patch's {@link Patch#enableSerial}. Under the lock. */
    private long enables;

    /**
     * Takes the trampolines of methods no patch can run in any more out of their classes; run
     * under the lock after a completion whose grace period passed ({@link PatchLoader#disarmIdleLocked}).
     */
    private final Runnable disarmIdle;

    /** A day: the longest linger taken. Declared before the linger, which is read against it. */
    static final long MAX_LINGER_MILLIS = 24L * 60 * 60 * 1000;

    /**
     * How long the trampolines of a method whose last patch was disabled stay before they are
     * taken out ({@code -Djlivepatch.prologueLingerMillis}; 0, the default: at once, before the
     * disable answers). An enable within it finds the trampoline in and retransforms nothing, so
     * the hot method and its callers stay compiled: under load, an enable that retransforms costs
     * 1.6 to 2.7 times one that does not (README, Transitions). Meanwhile the idle trampoline costs
     * what it did before issue 14 (a constant-null call site; at an infrequent call site on JDK 25
     * the method is no longer inlined).
     */
    static final long PROLOGUE_LINGER_MILLIS = prologueLinger(System.getProperty("jlivepatch.prologueLingerMillis"));
    private static final long PROLOGUE_LINGER_NANOS = TimeUnit.MILLISECONDS.toNanos(PROLOGUE_LINGER_MILLIS);

    static long prologueLinger(String value) {
        if (value == null) {
            return 0;
        }
        try {
            long millis = Long.parseLong(value.trim());
            if (millis >= 0 && millis <= MAX_LINGER_MILLIS) {
                return millis;
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        LOG.warn("jlivepatch.prologueLingerMillis={} is not a number of milliseconds from 0 to {}; trampolines"
                + " are taken out at once", value, MAX_LINGER_MILLIS);
        return 0;
    }

    TransitionDriver(PatchLock lock, EpochDomain epochs, MethodTable methods, Duration transitionTimeout,
            Duration stallReport, Runnable disarmIdle) {
        this.disarmIdle = disarmIdle;
        this.lock = lock;
        this.epochs = epochs;
        this.methods = methods;
        this.transitionTimeout = transitionTimeout;
        this.stallReport = stallReport;
        // Loaded here, with the agent: the rollback policy makes one on an application thread,
        // inside the machinery, where loading it out of the agent jar would run the JDK's class
        // loading (RefusalListIT).
        new Rollback(null, null, null).getClass();
    }

    /**
     * A single daemon thread, the executor made at its first {@link #get} and the thread started
     * at its first task. Not made with the agent (found by review): on JDK 21+ a
     * {@code ThreadPoolExecutor} registers with the JDK's thread containers, which initialises
     * them, and they read {@code jdk.trackAllThreads} then, before the application's
     * {@code main} could set it.
     */
    static final class DaemonExecutor {

        private final String name;
        /**
         * Published with a volatile write after it is made, read without the monitor: a reader
         * that sees it sees it whole (double-checked, the monitor only orders the makers).
         */
        private volatile ScheduledExecutorService executor;

        DaemonExecutor(String name) {
            this.name = name;
        }

        ScheduledExecutorService get() {
            ScheduledExecutorService e = executor;
            if (e == null) {
                synchronized (this) {
                    e = executor;
                    if (e == null) {
                        e = Executors.newSingleThreadScheduledExecutor(r -> {
                            Thread thread = new Thread(r, name);
                            thread.setDaemon(true);
                            return thread;
                        });
                        executor = e;
                    }
                }
            }
            return e;
        }
    }

    /**
     * Makes the worker if it is not made yet (PatchManager, before an enable changes anything):
     * every later task of a transition (rounds, a rollback asked on an application thread, a
     * linger) finds it made.
     */
    void prepareWorker() {
        worker.get();
    }

    // ---------------------------------------------------------------- what others may ask

    /** The patch in transition, or {@code null}; read without the lock for listings. */
    Patch transitionPatch() {
        return patch;
    }

    /** The transition in flight, or {@code null}; under the lock. */
    Transition transitionLocked() {
        assert lock.isHeldByCurrentThread();
        return transition;
    }

    /**
     * Whether the transition in flight is completing: every thread switched, its completing
     * grace period gave up, and it waits for the read section that outlived it. Reads no lock.
     */
    boolean completingWait() {
        return completing != null;
    }

    void setNotWatchingDefault(NotWatchingPolicy policy) {
        notWatchingDefault = policy;
    }

    NotWatchingPolicy notWatchingDefault() {
        return notWatchingDefault;
    }

    void setTransitionTimeout(Duration timeout) {
        transitionTimeout = timeout;
    }

    Duration transitionTimeout() {
        return transitionTimeout;
    }

    void setStallReport(Duration interval) {
        stallReport = interval;
    }

    Duration stallReport() {
        return stallReport;
    }

    NotWatchingPolicy policyOf(Patch p) {
        NotWatchingPolicy own = p.notWatching();
        return own != null ? own : notWatchingDefault;
    }

    // ---------------------------------------------------------------- enable and disable

    /**
     * The kernel's {@code klp_enable_patch()}: pre-patch callbacks (a refusal cancels, and nothing
     * changes), then the transition is initialised, the patch pushed onto every method's stack
     * in transition, and started. The transition goes on without the caller.
     */
    TransitionRequest enableLocked(Patch p, List<Patch> enabled) throws PatchException {
        assert lock.isHeldByCurrentThread();
        warnUnless(transition == null && !p.enabled, "enable of '" + p.id() + "' with a transition in flight or enabled");
        checkStatesLocked(p, enabled);
        p.enableSerial = ++enables;
        LOG.info("enabling patch '{}'", p.id());
        LifecycleEvent.emit(LifecycleEvent.Kind.ENABLE, p.id(), null, null);
        LOG.info("'{}': initializing patching transition", p.id());
        // Classes the linker bound while the patch was loading get their objects now, so that
        // their pre-patch callbacks run with the others.
        methods.adoptBoundClasses(p);
        List<PatchObject> objects = p.enterPhase(Patch.Phase.PRE);
        try {
            for (PatchObject o : objects) {
                o.prePatch();
            }
        } catch (PatchException e) {
            // klp_cancel_transition(): nothing was patched; undo what the pre-patch callbacks did.
            LOG.warn("failed to enable patch '{}'", p.id());
            LOG.info("'{}': canceling patching transition, going to unpatch", p.id());
            LifecycleEvent.emit(LifecycleEvent.Kind.TRANSITION_CANCEL, p.id(), verb(Dispatcher.PATCHED), e.getMessage());
            LOG.info("'{}': completing unpatching transition", p.id());
            for (PatchObject o : p.enterPhase(Patch.Phase.OFF)) {
                o.postUnpatch();
            }
            LOG.info("'{}': unpatching complete", p.id());
            throw e;
        }
        replacing.clear();
        nops.clear();
        if (p.definition.replace()) {
            // klp_add_nops(): every method a replaced patch changes and this one does not gets a
            // nop entry of this patch, so that it returns to its original code in this transition.
            for (Patch q : enabled) {
                if (q == p) {
                    continue;
                }
                replacing.add(q);
                for (Patch.Func f : q.funcs) {
                    if (p.funcFor(f.method) == null && !nops.contains(f.method)) {
                        nops.add(f.method);
                    }
                }
            }
        }
        List<PatchedMethod> changed = initLocked(p, Dispatcher.PATCHED);
        adoptLateBoundLocked(p);
        p.enabled = true;
        p.enterPhase(Patch.Phase.PATCHING);
        return startLocked(p, changed, new TransitionRequest(p.id(), Dispatcher.PATCHED));
    }

    /**
     * A class the linker bound after the first adoption and before the stacks were published
     * has no object of {@code p}: its entry would run the code below the patch for good. Its
     * object joins the patch's phase as a late class's does (pre-patch callback, a refusal
     * logged), and its methods are published again, now bound to it. No thread has switched yet:
     * every thread runs the code below the patch until the transition starts, so the second
     * publication changes nothing anyone runs.
     */
    private void adoptLateBoundLocked(Patch p) {
        List<PatchObject> late = methods.adoptBoundClasses(p);
        if (late.isEmpty()) {
            return;
        }
        for (PatchObject o : late) {
            o.reconcile();
        }
        for (Patch.Func f : p.funcs) {
            f.method.publish(f.method.shape());
        }
    }

    /**
     * The kernel's {@code klp_disable_patch()}: pre-unpatch callbacks, then the methods where the
     * patch is on top go in transition. An entry below the top runs on no thread (the transition
     * of the patch above moved every thread off it) and stays on its stack until the completion
     * takes it off (the kernel's {@code klp_unpatch_objects()}), so that a reversal finds every
     * stack as it was.
     */
    TransitionRequest disableLocked(Patch p) {
        assert lock.isHeldByCurrentThread();
        warnUnless(transition == null && p.enabled, "disable of '" + p.id() + "' with a transition in flight or disabled");
        LOG.info("'{}': initializing unpatching transition", p.id());
        LifecycleEvent.emit(LifecycleEvent.Kind.DISABLE, p.id(), null, null);
        for (PatchObject o : p.enterPhase(Patch.Phase.UNPATCHING)) {
            o.preUnpatch();
        }
        List<PatchedMethod> methods = initLocked(p, Dispatcher.UNPATCHED);
        p.enabled = false;
        return startLocked(p, methods, new TransitionRequest(p.id(), Dispatcher.UNPATCHED));
    }

    /**
     * The kernel's {@code klp_init_transition()}: publishes the request before any stack is
     * marked, and the patch in transition, which a not-watching report names; then marks the
     * methods the transition changes. Patching pushes the patch on every stack of its methods;
     * unpatching changes the methods where it is on top. Answers the changing methods.
     */
    private List<PatchedMethod> initLocked(Patch p, int target) {
        assert lock.isHeldByCurrentThread();
        Transition t = Transition.initTransition(p.id(), target);
        transition = t;
        patch = p;
        NotWatchingPolicy policy = policyOf(p);
        transitionPolicy = policy;
        List<PatchedMethod> methods = new ArrayList<>();
        long begin = System.nanoTime();
        // Read once: the level can change meanwhile (AgentRuntime), and a line would then print
        // the thread's whole CPU time (found by review).
        boolean debug = LOG.isDebugEnabled();
        long beginCpu = debug ? threadCpuNanos() : 0;
        for (Patch.Func f : p.funcs) {
            PatchedMethod pm = f.method;
            Shape s = pm.shape();
            FuncStack stack = target == Dispatcher.PATCHED ? s.stack().push(p, null) : s.stack();
            if (stack.topOwner() == p) {
                methods.add(pm);
                t.addChangingMethod(pm.className, pm.info.name(), pm.info.descriptor());
                pm.publish(new Shape(stack.withTopInTransition(true), t.request(), s.settledRoute(), policy));
            }
        }
        if (target == Dispatcher.PATCHED) {
            for (PatchedMethod pm : nops) {
                Shape s = pm.shape();
                methods.add(pm);
                t.addChangingMethod(pm.className, pm.info.name(), pm.info.descriptor());
                pm.publish(new Shape(s.stack().push(p.nop, null).withTopInTransition(true), t.request(),
                        s.settledRoute(), policy));
            }
        }
        // What the switch of the call sites costs: each compiled method that inlined one is
        // deoptimized, a handshake with every thread, which under load waits for busy threads.
        if (debug) {
            LOG.debug("'{}': call sites of {} method(s) switched to the transition path in {}", p.id(), methods.size(),
                    spent(begin, System.nanoTime(), beginCpu));
        }
        return methods;
    }

    /** The kernel's {@code klp_start_transition()}, then a first try to complete it. */
    private TransitionRequest startLocked(Patch p, List<PatchedMethod> methods, TransitionRequest r) {
        assert lock.isHeldByCurrentThread();
        Transition t = transition;
        changing.clear();
        changing.addAll(methods);
        request = r;
        r.attach(t);
        backOutReason = null;
        LOG.info("'{}': starting {} transition", p.id(), verb(t.target()));
        LifecycleEvent.emit(LifecycleEvent.Kind.TRANSITION_START, p.id(), verb(t.target()), null);
        // After the call sites: a thread that sees the request to check itself sees them too.
        boolean debug = LOG.isDebugEnabled();
        long begin = System.nanoTime();
        long beginCpu = debug ? threadCpuNanos() : 0;
        t.startTransition();
        String untracked = Transition.untrackedWarning();
        if (untracked != null) {
            LOG.warn(untracked);
        }
        if (debug) {
            // The threads alive at the start (virtual ones walked from JDK 21) and the requests to
            // check themselves: before the first round, so the rounds' times leave it out.
            LOG.debug("'{}': {} transition started in {}", p.id(), verb(t.target()),
                    spent(begin, System.nanoTime(), beginCpu));
        }
        retryDelayNanos = FIRST_RETRY_NANOS;
        nextStallReportNanos = System.nanoTime() + stallReport.toNanos();
        tryCompleteLocked();
        return r;
    }

    // ---------------------------------------------------------------- reverse and force

    /**
     * The kernel's {@code klp_reverse_transition()}, asked for by an enable or disable of the
     * patch in transition: the request that started it fails when the reversal completes, and
     * the new one is answered then.
     */
    TransitionRequest reverseOnRequestLocked(int target) {
        assert lock.isHeldByCurrentThread();
        warnUnless(transition != null && transition.target() != target, "reversal with no transition to reverse");
        warnUnless(completing == null, "reversal of a completing transition");
        TransitionRequest previous = request;
        TransitionRequest next = new TransitionRequest(patch.id(), target);
        next.attach(transition);
        request = next;
        backOutReason = null;
        // Answered when the reversal completes: only then is the JVM as it was before it.
        superseded.add(previous);
        reverseLocked();
        return next;
    }

    /**
     * Turns the transition around. No stack changes: the entries of the patch are where they
     * were before the request (below-top ones were never taken off), and the threads switch back
     * by the same stack checks.
     */
    private void reverseLocked() {
        assert lock.isHeldByCurrentThread();
        Transition t = transition;
        Patch p = patch;
        String from = verb(t.target());
        t.reverseTransition();
        LOG.info("'{}': reversing transition from {} to {}", p.id(), from, verb(t.target()));
        LifecycleEvent.emit(LifecycleEvent.Kind.TRANSITION_REVERSE, p.id(), verb(t.target()),
                backOutReason != null ? backOutReason : "on request");
        p.enabled = t.target() == Dispatcher.PATCHED;
        // No callbacks at a reversal (the kernel runs none); a class that loads from now on
        // joins the new direction.
        p.enterPhase(p.enabled ? Patch.Phase.PATCHING : Patch.Phase.UNPATCHING);
        LOG.info("'{}': starting {} transition", p.id(), verb(t.target()));
        t.startTransition();
        retryDelayNanos = FIRST_RETRY_NANOS;
        tryCompleteLocked();
    }

    /**
     * The kernel's {@code klp_force_transition()}: the patch in transition and every enabled one
     * of {@code loaded} are pinned, as it marks every patch on {@code klp_patches}: a thread
     * switched by force may still run the code of any patch below, or of one this patch
     * replaces, not only this patch's (found by review: the replaced patch was unloaded, and a
     * thread parked in its code ran it afterwards). A patch disabled before, by a completion
     * whose grace period passed, runs on no thread.
     */
    void forceLocked(Collection<Patch> loaded) {
        assert lock.isHeldByCurrentThread();
        Transition t = transition;
        warnUnless(t != null, "force with no transition in flight");
        LOG.warn("'{}': forcing remaining threads to the {} state", t.patchId(),
                t.target() == Dispatcher.PATCHED ? "patched" : "unpatched");
        patch.forced = true;
        for (Patch q : loaded) {
            if (q.enabled) {
                q.forced = true;
            }
        }
        LifecycleEvent.emit(LifecycleEvent.Kind.TRANSITION_FORCE, t.patchId(), verb(t.target()), null);
        t.forceTransition();
        completeLocked();
    }

    // ---------------------------------------------------------------- rounds

    /**
     * The kernel's {@code klp_try_complete_transition()}: one round of stack checks; completes
     * the transition when every thread is switched, else reports stalls now and then, backs the
     * transition out after the timeout, and tries again later.
     */
    private void tryCompleteLocked() {
        assert lock.isHeldByCurrentThread();
        Transition t = transition;
        if (completing == t) {
            // Every thread is switched and ALL_SWITCHED is set: no round, no stall report, and
            // no back-out after the timeout, since the completion is not reversible (see
            // waitForReaderLocked); only the worker's grace period or a force ends it.
            warnUnless(false, "'" + t.patchId() + "': a round of a completing transition");
            scheduleRetryLocked(t);
            return;
        }
        boolean debug = LOG.isDebugEnabled();
        long roundStart = System.nanoTime();
        long roundCpu = debug ? threadCpuNanos() : 0;
        boolean complete = t.tryCompleteTransition(true);
        long now = System.nanoTime();
        if (debug) {
            // The round's own CPU time beside its time: under a load that saturates the cores
            // (the switch of the call sites deoptimized the busy threads' code), a round that
            // needs a few milliseconds of CPU took a hundred times that (issue 14).
            LOG.debug("'{}': {} transition round at {} ms: {}/{} threads switched, held by {}; the round took {}",
                    t.patchId(), verb(t.target()), TimeUnit.NANOSECONDS.toMillis(now - t.startNanos()),
                    t.switchedThreads(), t.totalThreads(), t.holders().size(), spent(roundStart, now, roundCpu));
        }
        if (complete) {
            // A rollback asked for in this transition goes first (see pendingRollback).
            if (!rollbackLocked()) {
                completeLocked();
            }
            return;
        }
        if (now - nextStallReportNanos >= 0) {
            nextStallReportNanos = now + stallReport.toNanos();
            for (Transition.Holder h : t.holders()) {
                LOG.warn("'{}': {} transition stalled for {} s: {}", t.patchId(), verb(t.target()),
                        TimeUnit.NANOSECONDS.toSeconds(now - t.startNanos()), h);
                LifecycleEvent.emit(LifecycleEvent.Kind.TRANSITION_STALL, t.patchId(), verb(t.target()), h.toString());
            }
        }
        // One read: the timeout may be set while this round runs, and its message must name the
        // value it was judged by.
        Duration timeout = transitionTimeout;
        if (!t.reversed() && !timeout.isZero() && now - t.startNanos() >= timeout.toNanos()) {
            List<Transition.Holder> holders = t.holders();
            backOutReason = "its transition stalled for " + timeout.toSeconds() + " s on "
                    + holders.stream().limit(3).map(Transition.Holder::toString).collect(Collectors.joining(", "))
                    + (holders.size() > 3 ? " and " + (holders.size() - 3) + " more threads" : "")
                    + ", so it was reversed";
            LOG.warn("'{}': {} transition stalled for {} s; backing it out", t.patchId(), verb(t.target()),
                    timeout.toSeconds());
            // The back-out keeps the request: it ends, failed, when the reversal completes.
            reverseLocked();
            return;
        }
        if (t.selfSwitching()) {
            // Threads are switching themselves: look again soon, without backing off.
            retryDelayNanos = FIRST_RETRY_NANOS;
        }
        scheduleRetryLocked(t);
    }

    /** Completing grace periods that threw, in a row, in this completion; for {@link #completingGrace}. */
    private final AtomicInteger graceFailures = new AtomicInteger();

    /** What a completing grace period came to: {@link #completingGrace}. */
    private static final int GRACED = 1;
    private static final int GAVE_UP = 0;
    private static final int THREW = -1;
    /** No grace period ran: the task found the transition not completing. */
    private static final int NOT_RUN = -2;

    /**
     * The grace period of {@code t}'s completion ({@link EpochDomain#synchronizeExcept}), at most
     * {@link #LOCKED_GRACE_NANOS} under the lock ({@code locked}), else up to its timeout:
     * {@link #GRACED}, {@link #GAVE_UP}, or {@link #THREW}, which counts as not passed: the
     * transition stays completing and retries. What it throws is said at the 1st, 2nd, 4th,
     * 8th... failure in a row, with the stack: an error that comes back at every retry (four a
     * second at the longest delay) must not flood the host's log.
     */
    private int completingGrace(Transition t, boolean locked) {
        try {
            // The worker's, until its timeout or until a force ends the completion: a wait for
            // a transition that ended would hold the domain, which the next completion needs
            // under the patch lock, and the worker, which the next transition's rounds need.
            boolean passed = locked ? epochs.synchronizeExcept(completingKey, LOCKED_GRACE_NANOS, null)
                    : epochs.synchronizeExcept(completingKey, Long.MAX_VALUE, () -> completing == t);
            return passed ? GRACED : GAVE_UP;
        } catch (RuntimeException | Error e) {
            int n = graceFailures.incrementAndGet();
            if (Integer.bitCount(n) == 1) {
                LOG.error("'{}': the grace period of the completion failed ({} in a row); the transition stays"
                        + " completing and tries again, or force completes it", t.patchId(), n, e);
            }
            return THREW;
        }
    }

    /**
     * Schedules the next round of {@code t} after the back-off, unless a retry of {@code t} is
     * due no later. One that is due later is superseded: a reversal or a rollback begins again at
     * the first delay, and its next round must not wait for the back-off of the direction it left
     * (up to {@link #MAX_RETRY_NANOS}; found by review).
     */
    private void scheduleRetryLocked(Transition t) {
        assert lock.isHeldByCurrentThread();
        long delay = retryDelayNanos;
        long now = System.nanoTime();
        Retry scheduled = retry;
        if (scheduled != null && scheduledInTime(scheduled.transition() == t, scheduled.dueNanos(), now, delay)) {
            return;
        }
        long seq = ++retries;
        ScheduledFuture<?> next;
        try {
            next = worker.get().schedule(() -> {
                // A completing transition waits for its grace period here, without the patch lock,
                // so that force, list and the refusals answer meanwhile (the grace period may wait
                // for a reader up to its timeout, again and again). Any grace period that begins
                // after ALL_SWITCHED will do: completing was written after markAllSwitched(), under
                // the lock, and this volatile read of it sees that store and so follows the word
                // (the worker's task also follows the unlock that scheduled it). The grace periods
                // exclude each other on EpochDomain's monitor.
                // Never out of the task (completingGrace): the retry would stay set and no
                // retry would come again, leaving the completion to a force (found by review).
                // A superseded task has not started: it was due later than now plus the new delay,
                // and the executor runs it no sooner than due; cancel(false) removes it.
                int grace = completing == t ? completingGrace(t, false) : NOT_RUN;
                lock.lock("a round of the transition of", t.patchId());
                try {
                    if (retry == null || retry.seq() != seq) {
                        // Superseded by a sooner retry, which runs the round (or ended with t).
                        return;
                    }
                    retry = null;
                    if (transition == t && completing == t) {
                        // Nothing but a force ends a completing transition, and it finishes it
                        // itself: the stacks are as the grace period protected them.
                        if (grace == GRACED) {
                            finishCompletionLocked(true);
                        } else {
                            if (grace == GAVE_UP && !outlivedSaid) {
                                // Once per completion: the first grace period that waited its
                                // whole timeout, its reader named above by the epoch domain.
                                outlivedSaid = true;
                                LOG.warn("'{}': a read section outlived the grace period of the {} transition (its"
                                        + " thread is named above); the transition stays in flight, completing, until"
                                        + " the section ends", t.patchId(), verb(t.target()));
                            }
                            scheduleRetryLocked(t);
                        }
                    } else if (transition == t) {
                        tryCompleteLocked();
                    }
                } catch (RuntimeException | Error e) {
                    LOG.error("'{}': transition round failed", t.patchId(), e);
                    if (transition == t) {
                        scheduleRetryLocked(t);
                    }
                } finally {
                    lock.unlock();
                }
            }, delay, TimeUnit.NANOSECONDS);
        } catch (RuntimeException | Error e) {
            if (scheduled != null && scheduled.transition() == t) {
                // A sooner retry could not be made (an out-of-memory error): the one scheduled
                // still comes, later, and the reversal or rollback that asked has happened.
                return;
            }
            throw e;
        }
        // After the schedule, which may throw (a rejection, an out-of-memory error): a flag set
        // before it would stay set with no task to clear it, and no retry would come again
        // (found by review). The task clears it under the lock, so only after these stores;
        // the superseded one is cancelled after them, and would find another number anyway.
        retry = new Retry(t, now + delay, seq, next);
        retryDelayNanos = Math.min(delay * 2, MAX_RETRY_NANOS);
        if (scheduled != null) {
            scheduled.task().cancel(false);
        }
    }

    /** A round scheduled on the worker ({@link #retry}). */
    private record Retry(Transition transition, long dueNanos, long seq, ScheduledFuture<?> task) {
    }

    /**
     * Whether the retry scheduled ({@code scheduled}: one of the same transition is), due at
     * {@code dueNanos}, runs no later than one wanted {@code delayNanos} after {@code nowNanos}.
     */
    static boolean scheduledInTime(boolean scheduled, long dueNanos, long nowNanos, long delayNanos) {
        return scheduled && dueNanos - (nowNanos + delayNanos) <= 0;
    }

    /**
     * The rollback policy: a patched method in transition ran on a thread in a quiescent region.
     * Called on that application thread, which must not wait: the reversal runs on the worker.
     */
    void rollbackRequested(MethodSlot slot, String region, int request) {
        Transition seen = transition;
        if (seen == null || seen.request() != request) {
            // Not the transition the call was routed in: that one ended meanwhile (helper-48 F2).
            return;
        }
        Thread t = Thread.currentThread();
        String who = "thread '" + t.getName() + "' (#" + Epoch.threadId(t) + ") ran " + slot.name() + " inside quiescent region "
                + region;
        // A request pending for the transition in flight stands (the first reason wins); one for
        // another transition is replaced. Else a late call that saw an older transition could
        // overwrite a request for the current one, which would then complete (found by review).
        Rollback pending = pendingRollback.get();
        if (pending == null || pending.transition() != transition) {
            pendingRollback.compareAndSet(pending, new Rollback(seen, slot, who));
        }
        worker.get().execute(() -> {
            lock.lock("the back-out of the transition of", seen.patchId());
            try {
                rollbackLocked();
            } catch (RuntimeException | Error e) {
                LOG.error("'{}': rollback failed", slot.name(), e);
            } finally {
                lock.unlock();
            }
        });
    }

    /**
     * Runs the pending rollback when it is for the transition in flight, which it reverses;
     * under the lock. A completing transition is not backed out (see waitForReaderLocked).
     *
     * @return whether it reversed the transition
     */
    private boolean rollbackLocked() {
        assert lock.isHeldByCurrentThread();
        Rollback r = pendingRollback.get();
        if (r == null || !pendingRollback.compareAndSet(r, null)) {
            return false;
        }
        Transition tr = transition;
        // The policy the transition published decides, not the one the call read with the
        // request it named, which may be of another publication (see Dispatcher.notWatching).
        if (tr != r.transition() || tr.reversed() || completing == tr || transitionPolicy != NotWatchingPolicy.ROLLBACK
                || changing.stream().noneMatch(pm -> pm.instanceOf(r.slot()) != null)) {
            return false;
        }
        backOutReason = r.who() + ", and its not-watching policy is rollback, so the transition was reversed";
        LOG.warn("'{}': {}; not-watching policy rollback: backing the transition out", tr.patchId(), r.who());
        reverseLocked();
        return true;
    }

    // ---------------------------------------------------------------- completion

    /**
     * The kernel's {@code klp_complete_transition()}: every thread is switched (or forced). The
     * grace period then waits for every read section that may still run the state being left;
     * after it the methods return to stable mode (an unpatching transition takes the patch off
     * every stack, below-top entries included), and the post callbacks run. A grace period that
     * gives up completes nothing: the transition stays in flight, completing, and the worker
     * waits for the next grace period ({@link #scheduleRetryLocked}).
     */
    private void completeLocked() {
        assert lock.isHeldByCurrentThread();
        Transition t = transition;
        Patch p = patch;
        int target = t.target();
        if (completing != t) {
            LOG.info("'{}': completing {} transition", p.id(), verb(target));
            t.markAllSwitched();
            // Like klp_synchronize_transition(): every section that may have latched the state
            // being left has ended. A section whose thread shows it latched the target is not
            // waited for: it runs what the completion leaves, and no entry it can select is let
            // go (EpochDomain.synchronizeExcept; checked by the model, EARLY_DRAIN). A forced
            // transition does not wait: its patch is pinned, never reclaimed.
            long graceStart = System.nanoTime();
            // Read after markAllSwitched: the word of the target this completion leaves.
            completingKey = Dispatcher.targetLatchKey(Dispatcher.word());
            // Counted per completion: a new one's first failure is said with its stack.
            graceFailures.set(0);
            // ALL_SWITCHED is published: from here only completing (waitForReaderLocked) keeps
            // the transition irreversible; were a failure thrown out of here, a round would retry
            // without it, and a rollback could reverse a completion (found by review).
            if (!(t.forced() || changing.isEmpty() || completingGrace(t, true) == GRACED)) {
                waitForReaderLocked(t);
                return;
            }
            if (LOG.isDebugEnabled()) {
                LOG.debug("'{}': grace period of the {} transition's completion: {} µs", p.id(), verb(target),
                        TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - graceStart));
            }
        } else if (!t.forced()) {
            // A completing transition finishes here only after the worker's grace period, or
            // when forced (finishCompletionLocked); a round must not publish the stable shapes.
            scheduleRetryLocked(t);
            return;
        }
        finishCompletionLocked(!t.forced() && !changing.isEmpty());
    }

    /**
     * The completing grace period did not pass under the lock ({@link #LOCKED_GRACE_NANOS}): a
     * read section begun before ALL_SWITCHED may have latched the state being left, and a nested
     * call of another changed method would run that state's version only on the transition path.
     * The stable shapes would give it the target's version: o1:i2 (the counterexample of the
     * model check). So the methods stay on the transition path, where that section keeps its
     * latched state and every later one latches the target (ALL_SWITCHED is set); no callback
     * runs, the request is not answered, and the worker waits, without the lock, for a grace
     * period that succeeds; the first of those that gives up at its timeout says so. Not
     * reversible (the kernel's completion holds {@code klp_mutex}): {@link #tryCompleteLocked}
     * does not back it out, and an enable or disable of the patch is refused; {@code force}
     * completes it at once.
     */
    private void waitForReaderLocked(Transition t) {
        assert lock.isHeldByCurrentThread();
        completing = t;
        outlivedSaid = false;
        LOG.debug("'{}': the {} transition's completion waits for a read section, without the lock", t.patchId(),
                verb(t.target()));
        // The worker's grace period goes on with the wait at once, not after the rounds' back-off.
        retryDelayNanos = FIRST_RETRY_NANOS;
        scheduleRetryLocked(t);
    }

    /** Whether the completing transition's reader was said to outlive a grace period; under the lock. */
    private boolean outlivedSaid;

    /**
     * The second half of the completion, after the grace period ({@code graced}) or forced: the
     * methods return to stable mode, the post callbacks run, the request is answered.
     */
    private void finishCompletionLocked(boolean graced) {
        assert lock.isHeldByCurrentThread();
        Transition t = transition;
        Patch p = patch;
        int target = t.target();
        int route = target == Dispatcher.PATCHED ? Dispatcher.ROUTE_TOP : Dispatcher.ROUTE_BELOW;
        long begin = System.nanoTime();
        for (PatchedMethod pm : changing) {
            Shape s = pm.shape();
            FuncStack stack = target == Dispatcher.UNPATCHED ? s.stack().remove(p).remove(p.nop) : s.stack();
            // The route before the stable mode, and before the next request's word: see Dispatcher.route.
            pm.publish(new Shape(stack.withTopInTransition(false), s.transitionRequest(), route, s.policy()));
        }
        if (target == Dispatcher.UNPATCHED) {
            for (Patch.Func f : p.funcs) {
                Shape s = f.method.shape();
                if (s.stack().contains(p)) {
                    f.method.publish(s.withStack(s.stack().remove(p)));
                }
            }
        }
        LOG.debug("'{}': call sites of {} method(s) switched off the transition path in {} µs", p.id(), changing.size(),
                TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - begin));
        if (target == Dispatcher.PATCHED) {
            discardReplacedLocked(p);
        }
        replacing.clear();
        nops.clear();
        if (graced) {
            releaseDeadEntries(changing, t.request());
        }
        t.finish();
        TransitionRequest done = request;
        String reason = backOutReason;
        transition = null;
        patch = null;
        completing = null;
        changing.clear();
        request = null;
        backOutReason = null;
        if (target == Dispatcher.PATCHED) {
            List<PatchObject> objects = p.enterPhase(Patch.Phase.ON);
            int serial = p.phaseSerial();
            for (PatchObject o : objects) {
                o.postPatch(serial);
            }
            p.replacedInTransition = List.of();
        } else {
            for (PatchObject o : p.enterPhase(Patch.Phase.OFF)) {
                o.postUnpatch();
            }
        }
        LOG.info("'{}': {} complete", p.id(), verb(target));
        LifecycleEvent.emit(LifecycleEvent.Kind.TRANSITION_COMPLETE, p.id(), verb(target), t.forced() ? "forced" : null);
        if (graced) {
            // Before the answer, so that a disable that returned left no prologue behind (unless
            // they linger). After a forced completion they stay until the next graced one, as
            // reclamation waits: a linger pending from before is called off. A completion that
            // changed no method (a patch disabled beneath another) makes none idle: a pending
            // linger stands.
            disarmIdleNowOrLater();
        } else if (t.forced()) {
            disarmWanted = false;
        }
        answerLocked(p, target, done, reason, t.forced());
    }

    /**
     * Whether the trampolines the last graced completion left idle are to come out (with a
     * {@link #PROLOGUE_LINGER_MILLIS}); a forced completion clears it. Under the lock.
     */
    private boolean disarmWanted;
    /** When they are; under the lock. */
    private long disarmAtNanos;
    /** Whether the worker has {@link #disarmIfDue} to run; under the lock. */
    private boolean disarmScheduled;

    /**
     * Takes idle trampolines out now, or once {@link #PROLOGUE_LINGER_MILLIS} have passed since
     * the last graced completion, on the worker ({@link #disarmIfDue}). A copy an enable left out
     * does not need them out: the next enable of its patch tries it again whether or not its
     * method kept them (PatchLoader.armLocked). Under the lock; never throws (it runs before the
     * completion answers).
     */
    private void disarmIdleNowOrLater() {
        assert lock.isHeldByCurrentThread();
        if (PROLOGUE_LINGER_MILLIS <= 0) {
            disarmNowLocked();
            return;
        }
        disarmWanted = true;
        disarmAtNanos = System.nanoTime() + PROLOGUE_LINGER_NANOS;
        if (!disarmScheduled) {
            scheduleDisarmLocked(PROLOGUE_LINGER_NANOS);
        }
    }

    /** Takes the idle trampolines out now, calling a pending linger off. Under the lock; never throws. */
    private void disarmNowLocked() {
        disarmWanted = false;
        disarmIdle.run();
    }

    /**
     * One task at most, however many completions start the linger again (two only if a task was
     * queued but its thread could not be started; both check the same state). Under the lock.
     */
    private void scheduleDisarmLocked(long delayNanos) {
        try {
            worker.get().schedule(this::disarmIfDue, delayNanos, TimeUnit.NANOSECONDS);
            disarmScheduled = true;
        } catch (RuntimeException | Error e) {
            // A rejection, or no thread for the worker (its first task may be this one): as
            // without a linger.
            disarmNowLocked();
        }
    }

    /**
     * The linger's task: takes the idle trampolines out if the linger has passed since the last
     * graced completion and no transition is in flight; else looks again when it will have, or a
     * linger later (a transition in flight: its own completion starts the linger again, and a
     * forced one calls it off).
     */
    private void disarmIfDue() {
        lock.lock("the take-out of trampolines idle past their linger");
        try {
            disarmScheduled = false;
            if (!disarmWanted) {
                return;
            }
            long rest = disarmAtNanos - System.nanoTime();
            if (rest > 0 || transition != null) {
                scheduleDisarmLocked(rest > 0 ? rest : PROLOGUE_LINGER_NANOS);
                return;
            }
            disarmNowLocked();
        } finally {
            lock.unlock();
        }
    }

    private void answerLocked(Patch p, int target, TransitionRequest done, String reason, boolean forced) {
        assert lock.isHeldByCurrentThread();
        String did = target == Dispatcher.PATCHED ? "enabled" : "disabled";
        for (TransitionRequest r : superseded) {
            if (r.target() == target) {
                // Reversed, then reversed again: what it asked for happened.
                r.succeed(List.of(did + " patch '" + p.id() + "'"));
            } else {
                r.fail(new PatchException(operation(r.target()), r.patchId(), "its transition was reversed on request"));
            }
        }
        superseded.clear();
        if (done.target() == target) {
            done.succeed(List.of(did + " patch '" + p.id() + "'" + (forced ? " (forced)" : "")));
        } else {
            done.fail(new PatchException(operation(done.target()), p.id(),
                    reason != null ? reason : "its transition was reversed"));
        }
    }

    private static Operation operation(int target) {
        return target == Dispatcher.PATCHED ? Operation.ENABLE : Operation.DISABLE;
    }

    /**
     * After a cumulative patch's patching transition: the kernel's
     * {@code klp_discard_replaced_patches()} and {@code klp_discard_nops()}. The replaced patches
     * leave every stack and end disabled, without their callbacks (only the new patch's run); the
     * nop entries leave theirs, and those methods run their original code from the stable path.
     * Every thread runs the new patch's entries by now, and the grace period (unless forced)
     * saw every section that ran a replaced one end.
     */
    private void discardReplacedLocked(Patch p) {
        assert lock.isHeldByCurrentThread();
        p.replacedInTransition = List.copyOf(replacing);
        for (Patch q : replacing) {
            for (Patch.Func f : q.funcs) {
                Shape s = f.method.shape();
                if (s.stack().contains(q)) {
                    f.method.publish(s.withStack(s.stack().remove(q)));
                }
            }
            q.enabled = false;
            q.replacedBy = p;
            q.enterPhase(Patch.Phase.OFF);
        }
        for (PatchedMethod pm : nops) {
            Shape s = pm.shape();
            if (s.stack().contains(p.nop)) {
                pm.publish(s.withStack(s.stack().remove(p.nop)));
            }
        }
    }

    /**
     * The kernel's {@code klp_is_patch_compatible()}: every state an enabled patch declares, {@code
     * p} declares with a version as high or higher; a patch that is not cumulative may leave one
     * out (it does not touch it), a cumulative one may not (it would drop it).
     */
    private static void checkStatesLocked(Patch p, List<Patch> enabled) throws PatchException {
        for (Patch q : enabled) {
            if (q == p) {
                continue;
            }
            for (SystemState old : q.states.values()) {
                SystemState mine = p.states.get(old.id());
                if (mine == null && p.definition.replace()) {
                    throw new PatchException("patch '" + p.id() + "' is not compatible with the enabled patches: it is"
                            + " cumulative and drops system state " + old.id() + " (version " + old.version()
                            + " in patch '" + q.id() + "')");
                }
                if (mine != null && mine.version() < old.version()) {
                    throw new PatchException("patch '" + p.id() + "' is not compatible with the enabled patches: it"
                            + " lowers system state " + old.id() + " from version " + old.version() + " (patch '"
                            + q.id() + "') to " + mine.version());
                }
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    /**
     * After a grace period that followed the completion of transition {@code request}: the
     * entries it left dead are let go (see {@code MethodSlot.releaseDeadEntry}), so that a
     * disabled, unloaded patch keeps no class alive through a call site.
     */
    private static void releaseDeadEntries(List<PatchedMethod> changed, int request) {
        for (PatchedMethod pm : changed) {
            for (PatchedMethod.Instance i : pm.instances()) {
                i.slot.releaseDeadEntry(request);
            }
        }
    }

    static String verb(int target) {
        return target == Dispatcher.PATCHED ? "patching" : "unpatching";
    }

    /**
     * The calling thread's CPU time in nanoseconds, for the debug lines; -1 where the JVM does
     * not measure it.
     */
    private static long threadCpuNanos() {
        try {
            return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /**
     * What the debug lines say a step took, from {@code beginNanos} to {@code endNanos} with
     * {@code beginCpu} ({@link #threadCpuNanos}) at its start: "N µs, M of them on a core", M
     * "?" where the CPU time is not measured (EnableParts reads these lines).
     */
    private static String spent(long beginNanos, long endNanos, long beginCpu) {
        long cpu = threadCpuNanos();
        return TimeUnit.NANOSECONDS.toMicros(endNanos - beginNanos) + " µs, "
                + (beginCpu < 0 || cpu < 0 ? "?" : Long.toString(TimeUnit.NANOSECONDS.toMicros(cpu - beginCpu)))
                + " of them on a core";
    }

    /** The kernel's {@code WARN_ON_ONCE}: a bookkeeping slip is reported, never thrown at the host. */
    private static void warnUnless(boolean condition, String what) {
        if (!condition) {
            LOG.warn("internal error: {}", what);
        }
    }
}
