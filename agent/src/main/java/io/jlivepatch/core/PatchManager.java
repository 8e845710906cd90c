package io.jlivepatch.core;

import io.jlivepatch.api.Shadow;
import io.jlivepatch.api.SystemState;
import io.jlivepatch.bootstrap.Dispatcher;
import io.jlivepatch.bootstrap.FuncStack;
import io.jlivepatch.bootstrap.NotWatchingPolicy;
import io.jlivepatch.bootstrap.PatchLock;
import io.jlivepatch.bootstrap.Trampolines;
import io.jlivepatch.epoch.EpochDomain;
import io.jlivepatch.log.Log;
import io.jlivepatch.patch.PatchException;
import io.jlivepatch.patch.PatchException.Operation;
import io.jlivepatch.patch.PatchJar;
import io.jlivepatch.patch.SignedJars;
import io.jlivepatch.quiescent.QuiescentInstaller;
import io.jlivepatch.trampoline.TrampolineInstaller;
import io.jlivepatch.transition.Transition;
import java.lang.instrument.Instrumentation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;

/**
 * The operations on patches: load, enable, disable, force, unload, and what the control plane
 * lists. The one entry point of the core; loading is {@link PatchLoader}'s, the method table and
 * late binding {@link MethodTable}'s, transitions {@link TransitionDriver}'s.
 *
 * <p>Every operation validates under the patch lock at each step it takes, and every caller gets
 * an answer. A load that enables several patches is one operation: while it runs, the other
 * operations that would start a transition or touch its patches are refused, naming it; the
 * reversal and the force of its transition in flight are not.
 */
public final class PatchManager {

    private static final Logger LOG = Log.get(PatchManager.class);

    private static final Duration PROGRESS_TICK = Duration.ofMillis(250);

    /**
     * How long an operation waits for the patch lock before it is refused as busy (review 13b
     * F7): a lock held for ever (a jar read that blocks, a stalled grace period) must not keep
     * every caller and its connection waiting uninterruptibly. The steps inside an operation
     * that has begun (a load's enables, its roll-back, its end) wait without a bound: they must
     * finish what the operation started.
     */
    static final Duration LOCK_WAIT = Duration.ofSeconds(10);

    /**
     * The patch lock, the kernel's {@code klp_mutex}: see {@link PatchLock} for who may skip it.
     * The operations' first take of it is bounded ({@link #lockOperation}).
     */
    private final PatchLock lock = PatchLock.get();

    private final Instrumentation inst;
    private final EpochDomain epochs;
    private final TrampolineInstaller installer;
    private final MethodTable methods;
    private final PatchLoader loader;
    private final TransitionDriver driver;
    private final NotWatching notWatching;

    /**
     * The loaded patches in load order; copy-on-write under the patch lock, so that listings read
     * it without the lock.
     */
    private volatile Map<String, Patch> patches = Map.of();
    /** The load in progress, or {@code null}; under the patch lock. */
    private Load load;

    /** A load in progress: its jar and its patches. */
    private record Load(Path jar, List<Patch> patches) {
        String describe() {
            return "a load of " + jar.getFileName() + " is in progress (patches "
                    + String.join(", ", patches.stream().map(p -> "'" + p.id() + "'").toList()) + "); wait for it";
        }
    }

    public PatchManager(Instrumentation inst, EpochDomain epochs) {
        this(inst, epochs, Duration.ofSeconds(60), Duration.ofSeconds(10));
    }

    public PatchManager(Instrumentation inst, EpochDomain epochs, Duration transitionTimeout, Duration stallReport) {
        this.inst = inst;
        this.epochs = epochs;
        this.methods = new MethodTable(inst);
        this.installer = new TrampolineInstaller(inst, methods);
        this.loader = new PatchLoader(inst, installer, methods, lock);
        this.driver = new TransitionDriver(lock, epochs, methods, transitionTimeout, stallReport,
                loader::disarmIdleLocked);
        LifecycleEvent.prepare();
        SystemState.install(new SystemState.Registry() {
            @Override
            public SystemState state(String patchId, long id) {
                Patch p = patches.get(patchId);
                return p == null ? null : p.states.get(id);
            }

            @Override
            public SystemState previous(String patchId, long id) {
                return previousState(patchId, id);
            }
        });
        this.notWatching = new NotWatching(() -> {
            Patch p = driver.transitionPatch();
            return p == null ? null : p.id();
        }, driver::rollbackRequested);
    }

    /** The barrier grace periods use, for the control plane. */
    public String barrier() {
        return epochs.barrier().name().toLowerCase(Locale.ROOT);
    }

    /** Installs the transformer and the linker. Called once, before any other method. */
    public void start() {
        Trampolines.setLinker(methods);
        Dispatcher.setNotWatchingHandler(notWatching);
        installer.install();
        // Before the regions' look at attach, which lists the virtual threads through it.
        for (String problem : Transition.seeVirtualThreads(inst)) {
            LOG.warn(problem);
        }
        new QuiescentInstaller(inst, installer::canLink).install();
    }

    /**
     * Requires every patch jar loaded from now on to be signed by a key {@code signatures}
     * trusts ({@code require-signed}).
     */
    public void requireSigned(SignedJars signatures) {
        loader.requireSigned(signatures);
    }

    /** Sets the not-watching policy of patches that name none. */
    public void setNotWatchingDefault(NotWatchingPolicy policy) {
        driver.setNotWatchingDefault(policy);
    }

    /** The not-watching policy of patches that name none. */
    public NotWatchingPolicy notWatchingDefault() {
        return driver.notWatchingDefault();
    }

    /**
     * Sets how long a transition may stall before it is backed out (zero: never); a transition
     * in flight is judged by the new value from its next round.
     */
    public void setTransitionTimeout(Duration timeout) {
        driver.setTransitionTimeout(timeout);
    }

    public Duration transitionTimeout() {
        return driver.transitionTimeout();
    }

    /** Sets how often a stalled transition names the threads that hold it, from its next report. */
    public void setStallReport(Duration interval) {
        driver.setStallReport(interval);
    }

    public Duration stallReport() {
        return driver.stallReport();
    }

    // ---------------------------------------------------------------- operations

    /**
     * Loads every patch of {@code jar} and enables it, one transition after the other, waiting
     * for each (the patch lock is not held while waiting, so that a transition can be reversed
     * or forced). Like a failed {@code insmod}: if one does not end enabled, those it enabled
     * are disabled again and none stays loaded.
     *
     * @param forceFingerprint apply the patches where a target's bytecode differs from the build
     *     they were made against, with a warning, instead of refusing them ({@link Guard})
     * @param progress hears the progress of a transition in flight, now and then
     * @return the patches loaded, with their number of functions
     * @throws PatchException naming what is wrong
     */
    public List<Loaded> load(Path jar, boolean forceFingerprint, Consumer<String> progress) throws PatchException {
        return load(jar, read(jar), forceFingerprint, progress);
    }

    /**
     * Reads and verifies {@code jar} for {@link #load(Path, PatchJar.Contents, boolean, Consumer)},
     * without the patch lock, in a slot of {@link io.jlivepatch.patch.JarReads}.
     *
     * @throws PatchException naming the jar and what is wrong with it, or that no slot was free
     */
    public PatchJar.Contents read(Path jar) throws PatchException {
        return loader.read(jar.toAbsolutePath().normalize());
    }

    /**
     * {@link #load(Path, boolean, Consumer)} of {@code contents}, which {@link #read} read from
     * {@code jar}: the control socket takes its operation permit between the two, so that a read
     * that blocks holds none (review 13c F4).
     */
    public List<Loaded> load(Path jar, PatchJar.Contents contents, boolean forceFingerprint,
            Consumer<String> progress) throws PatchException {
        Load mine;
        String what = "the load of " + jar.getFileName();
        lockOperation(what);
        try {
            refuseWhileBusyLocked();
            prepareThreadsLocked();
            List<Patch> loaded = loader.loadLocked(jar.toAbsolutePath().normalize(), contents, patches.keySet(),
                    forceFingerprint);
            mine = new Load(jar.toAbsolutePath().normalize(), loaded);
            Map<String, Patch> grown = new LinkedHashMap<>(patches);
            for (Patch p : loaded) {
                p.loading = mine;
                grown.put(p.id(), p);
                LOG.info("'{}': loaded from {} (sha256 {})", p.id(), Log.printable(mine.jar().toString()),
                        p.definition.jarSha256());
                LifecycleEvent.emit(LifecycleEvent.Kind.LOADED, p.id(), null,
                        mine.jar() + " sha256 " + p.definition.jarSha256());
            }
            patches = grown;
            load = mine;
        } finally {
            lock.unlock();
        }
        List<Patch> enabled = new ArrayList<>();
        try {
            for (Patch p : mine.patches()) {
                TransitionRequest request;
                lock.lock(what);
                try {
                    if (patches.get(p.id()) != p || p.enabled || driver.transitionLocked() != null) {
                        // Nothing else may touch the load's patches or start a transition; say so
                        // if something did.
                        throw new PatchException(Operation.LOAD, p.id(), "its state changed during the load");
                    }
                    request = enableLocked(p);
                } finally {
                    lock.unlock();
                }
                try {
                    request.await(PROGRESS_TICK, progress);
                } catch (PatchException e) {
                    throw e.as(Operation.LOAD);
                }
                enabled.add(p);
            }
        } catch (PatchException e) {
            throw rollBack(mine, enabled, e);
        } finally {
            lock.lock(what);
            try {
                for (Patch p : mine.patches()) {
                    p.loading = null;
                }
                load = null;
            } finally {
                lock.unlock();
            }
        }
        List<Loaded> result = new ArrayList<>();
        for (Patch p : mine.patches()) {
            Patch replacedBy = p.replacedBy;
            int pending = 0;
            for (Patch.Func f : p.funcs) {
                pending += targetStatus(p, f.method, replacedBy != null).state().equals(PENDING) ? 1 : 0;
            }
            result.add(new Loaded(p.id(), p.funcs.size(), pending, p.definition.jarSha256(), replacedBy(replacedBy)));
        }
        return result;
    }

    /**
     * What {@code load} of {@code jar} would do, changing nothing: one line per patch of the jar,
     * {@code <id> enabled|disabled: from sha256:<hex>} (loaded already, from the jar of that
     * digest, which may be another jar than this one; after {@code ': '}, so that a reader of the
     * state alone, such as an older collection, still finds it second), {@code <id> fits} or {@code <id> refused: <why>}
     * (the fingerprint guard, see {@link PatchLoader#check}). Without the patch lock.
     *
     * @throws PatchException when the jar cannot be read or its signature is refused
     */
    public List<String> check(Path jar) throws PatchException {
        Map<String, String> loaded = new LinkedHashMap<>();
        for (Patch p : patches.values()) {
            loaded.put(p.id(), (p.enabled ? "enabled" : "disabled") + ": from sha256:" + p.definition.jarSha256());
        }
        return loader.check(jar.toAbsolutePath().normalize(), loaded);
    }

    /**
     * A patch a load loaded and enabled, with its number of functions, how many of them wait for
     * their class to load (in no class yet: {@code list} says "pending"), the SHA-256 of its jar,
     * and the cumulative patch that replaced it since ({@code 'cum'}, a later patch of the same
     * jar: found by review, the answer said "enabled" where {@code list} said replaced), or
     * {@code null}.
     */
    public record Loaded(String id, int functions, int pending, String jarSha256, String replacedBy) {
    }

    /** The state of a function in no class yet: its class has not loaded (or not linked) here. */
    private static final String PENDING = "pending";

    /**
     * Undoes a load that failed: disables what it enabled, newest first, and forgets its patches.
     * A patch that cannot be taken back (its disable was reversed, or forced) stays, and the
     * answer says so.
     */
    private PatchException rollBack(Load mine, List<Patch> enabled, PatchException why) {
        List<String> kept = new ArrayList<>();
        for (int i = enabled.size() - 1; i >= 0; i--) {
            Patch p = enabled.get(i);
            try {
                TransitionRequest r;
                lock.lock("the roll-back of the load of " + mine.jar().getFileName());
                try {
                    if (!p.enabled || driver.transitionLocked() != null) {
                        continue;
                    }
                    r = driver.disableLocked(p);
                } finally {
                    lock.unlock();
                }
                r.await();
            } catch (PatchException e) {
                LOG.warn("'{}': cannot take it back: {}", p.id(), e.getMessage());
            }
        }
        lock.lock("the roll-back of the load of " + mine.jar().getFileName());
        try {
            Map<String, Patch> kept2 = new LinkedHashMap<>(patches);
            List<Patch> forgotten = new ArrayList<>();
            for (Patch p : mine.patches()) {
                if (!p.enabled && driver.transitionPatch() != p && !p.forced) {
                    forgotten.add(p);
                    kept2.remove(p.id());
                } else {
                    kept.add(p.id());
                }
            }
            for (Patch p : forgotten) {
                forgetLocked(p, kept2.values());
            }
            patches = kept2;
            loader.disarmIdleLocked();
        } finally {
            lock.unlock();
        }
        if (kept.isEmpty()) {
            return why;
        }
        return new PatchException(why.operation(), why.patchId(), why.reason() + "; patch(es) "
                + String.join(", ", kept.stream().map(k -> "'" + k + "'").toList())
                + " could not be taken back and stay loaded");
    }

    /** {@link #load(Path, boolean, Consumer)}, guarded, without progress. */
    public List<Loaded> load(Path jar) throws PatchException {
        return load(jar, false, p -> { });
    }

    /**
     * Enables a loaded patch, or reverses its unpatching transition in flight. The transition
     * goes on without the caller; await the answer to learn how it ended.
     */
    public TransitionRequest enable(String id) throws PatchException {
        lockOperation("the enable of '" + id + "'");
        try {
            Patch p = patchLocked(id);
            Transition t = driver.transitionLocked();
            refuseWhileCompletingLocked(p, "enabled");
            if (driver.transitionPatch() == p && t.target() == Dispatcher.UNPATCHED) {
                return driver.reverseOnRequestLocked(Dispatcher.PATCHED);
            }
            refuseWhileLoadingLocked(p);
            if (p.enabled) {
                throw new PatchException("patch '" + id + "' is already enabled");
            }
            if (p.replacedBy != null) {
                // Said so when that patch is gone too (found by review: it named a patch no
                // longer loaded, as if it were).
                throw new PatchException("patch '" + id + "' was replaced by the cumulative patch '"
                        + p.replacedBy.id() + "'" + (patches.get(p.replacedBy.id()) == p.replacedBy ? ""
                        : " (since unloaded)") + "; it can only be unloaded");
            }
            refuseWhileBusyLocked();
            loader.sweepLocked();
            return enableLocked(p);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Makes the agent's two executors, the sweeper and the transition worker, if they are not
     * made yet: before a load or an enable changes anything, so that one that cannot be made
     * fails it with nothing half done (found by review). Not with the agent: on JDK 21+ an
     * executor initialises the JDK's thread containers (TransitionDriver.DaemonExecutor).
     */
    private void prepareThreadsLocked() {
        loader.prepareSweeper();
        driver.prepareWorker();
    }

    /**
     * Starts the enable of {@code p}: its methods' trampolines first, where they were taken out
     * ({@link PatchLoader#armLocked}); if the enable is refused, those are taken out again.
     */
    private TransitionRequest enableLocked(Patch p) throws PatchException {
        assert lock.isHeldByCurrentThread();
        prepareThreadsLocked();
        loader.armLocked(p);
        try {
            return driver.enableLocked(p, enabledLocked());
        } catch (PatchException | RuntimeException | Error e) {
            // An error too (found by review): the methods armed for nothing would keep their
            // trampolines until the next graced completion.
            loader.disarmIdleLocked();
            throw e;
        }
    }

    /**
     * Disables a patch, or reverses its patching transition in flight. The transition goes on
     * without the caller; await the answer to learn how it ended.
     */
    public TransitionRequest disable(String id) throws PatchException {
        lockOperation("the disable of '" + id + "'");
        try {
            Patch p = patchLocked(id);
            Transition t = driver.transitionLocked();
            refuseWhileCompletingLocked(p, "disabled");
            if (driver.transitionPatch() == p && t.target() == Dispatcher.PATCHED) {
                return driver.reverseOnRequestLocked(Dispatcher.UNPATCHED);
            }
            refuseWhileLoadingLocked(p);
            if (!p.enabled) {
                throw new PatchException("patch '" + id + "' is already disabled");
            }
            refuseWhileBusyLocked();
            return driver.disableLocked(p);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Completes the transition of patch {@code id} at once, every thread counted as switched
     * whatever its stack: the kernel's {@code force}. The patch is pinned: it can never be
     * unloaded, since a thread may still run the code it left.
     */
    public void force(String id) throws PatchException {
        lockOperation("the force of '" + id + "'");
        try {
            Patch p = patchLocked(id);
            if (driver.transitionPatch() != p) {
                throw new PatchException("patch '" + id + "' is not in transition");
            }
            driver.forceLocked(patches.values());
        } finally {
            lock.unlock();
        }
    }

    /** Forgets a disabled patch; its code becomes unreachable. */
    public void unload(String id) throws PatchException {
        lockOperation("the unload of '" + id + "'");
        try {
            Patch p = patchLocked(id);
            refuseWhileLoadingLocked(p);
            refuseWhileCompletingLocked(p, "unloaded");
            if (p.enabled || driver.transitionPatch() == p) {
                throw new PatchException("patch '" + id + "' is enabled; disable it first");
            }
            if (p.forced) {
                throw new PatchException("patch '" + id + "' was forced, so a thread may still run its code;"
                        + " it stays loaded");
            }
            Map<String, Patch> shrunk = new LinkedHashMap<>(patches);
            shrunk.remove(id);
            forgetLocked(p, shrunk.values());
            patches = shrunk;
            loader.disarmIdleLocked();
            LOG.info("'{}': unloaded", id);
            LifecycleEvent.emit(LifecycleEvent.Kind.UNLOADED, id, null, null);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Takes the patch lock for an operation, waiting at most {@link #LOCK_WAIT}; refuses the
     * operation as busy, naming who holds the lock and since when, if it was not freed in time.
     */
    private void lockOperation(String what) throws PatchException {
        if (PatchObject.inCallback() || lock.isHeldByCurrentThread()) {
            // A patch's callback runs under the patch lock, or, for a class that loads late, on
            // the application thread that links it: an operation it asks for from there (through
            // the agent's MBeans, say) would start a transition and wait for it, which needs the
            // worker to take the lock this thread holds, or this very thread to switch (found by
            // review: the agent, then the application thread, stayed stuck for good). The
            // kernel's callbacks cannot call klp_enable_patch either.
            throw new PatchException("refused: this thread runs a patch's callback; a callback may not load, enable,"
                    + " disable, force or unload patches");
        }
        boolean locked;
        try {
            locked = lock.tryLock(LOCK_WAIT.toNanos(), what);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PatchException("busy: interrupted while waiting for the patch lock");
        }
        if (!locked) {
            throw new PatchException("busy: the patch lock is held by " + lock.holder() + "; try again");
        }
    }

    /**
     * An enable or disable of a patch whose transition is completing would reverse it; but its
     * threads are all switched and ALL_SWITCHED is set, and the kernel's completion is not
     * reversible either (it holds {@code klp_mutex}). So it is refused until the read section
     * that holds its grace period ends, or the transition is forced. Said so: since a completion
     * waits under the lock for a second at most, the refusal can come before any grace period
     * gave up, and force pins the patch (found by review: it said a section outlived it).
     */
    private void refuseWhileCompletingLocked(Patch p, String what) throws PatchException {
        assert lock.isHeldByCurrentThread();
        if (driver.transitionPatch() == p && driver.completingWait()) {
            throw new PatchException("patch '" + p.id() + "' cannot be " + what + " now: its transition is completing:"
                    + " it waits for a read section that may run the state it leaves; try again once that section"
                    + " ends, or force, which pins the patch");
        }
    }

    private void refuseWhileBusyLocked() throws PatchException {
        assert lock.isHeldByCurrentThread();
        Patch p = driver.transitionPatch();
        if (p != null) {
            // A completing transition cannot be reversed (found by review: the line said so).
            throw new PatchException("patch '" + p.id() + "' is in transition ("
                    + TransitionDriver.verb(driver.transitionLocked().target()) + (driver.completingWait()
                            ? ", completing: it waits for a read section); wait for it or force it"
                            : "); wait for it, reverse it or force it"));
        }
        if (load != null) {
            throw new PatchException(load.describe());
        }
    }

    private void refuseWhileLoadingLocked(Patch p) throws PatchException {
        assert lock.isHeldByCurrentThread();
        if (p.loading != null) {
            throw new PatchException("patch '" + p.id() + "' is being loaded; wait for the load to end");
        }
    }

    /**
     * The kernel's {@code klp_get_prev_state()}: state {@code id} of the newest patch enabled
     * before patch {@code patchId} that declares it (with, during a cumulative patch's transition
     * up to its post-patch callbacks, the patches it replaces). Reads no lock: the patches map is
     * copied on write, and the fields read are volatile.
     */
    private SystemState previousState(String patchId, long id) {
        Patch p = patches.get(patchId);
        if (p == null) {
            return null;
        }
        Patch newest = null;
        for (Patch q : patches.values()) {
            boolean before = q != p && ((q.enabled && q.enableSerial < p.enableSerial)
                    || p.replacedInTransition.contains(q));
            if (before && q.states.containsKey(id) && (newest == null || q.enableSerial > newest.enableSerial)) {
                newest = q;
            }
        }
        return newest == null ? null : newest.states.get(id);
    }

    /** The enabled patches, in load order. */
    private List<Patch> enabledLocked() {
        assert lock.isHeldByCurrentThread();
        List<Patch> enabled = new ArrayList<>();
        for (Patch p : patches.values()) {
            if (p.enabled) {
                enabled.add(p);
            }
        }
        return enabled;
    }

    /**
     * Takes {@code p} off its methods and frees its shadow variables, of the ids it declares
     * that no patch of {@code staying} declares too: a cumulative patch takes over the variables
     * of the patch it replaces, which a refused load or the unload of the replaced one must not
     * free under it (found by review: the live state of the patch that took over went back to
     * nothing). The kernel frees them in the post-unpatch callback of the patch that goes.
     */
    private void forgetLocked(Patch p, Collection<Patch> staying) {
        assert lock.isHeldByCurrentThread();
        for (Patch.Func f : p.funcs) {
            f.method.removeRedirector(p);
        }
        p.forgetObjects();
        for (long id : p.definition.shadowIds()) {
            boolean kept = false;
            for (Patch q : staying) {
                kept |= q.definition.shadowIds().contains(id);
            }
            if (!kept) {
                Shadow.freeAll(id, null);
            }
        }
    }

    private Patch patchLocked(String id) throws PatchException {
        assert lock.isHeldByCurrentThread();
        Patch p = patches.get(id);
        if (p == null) {
            throw new PatchException("no patch '" + id + "' is loaded");
        }
        return p;
    }

    // ---------------------------------------------------------------- what the control plane shows

    /**
     * The patches, oldest first, each with its targets and their state. Reads what is published,
     * without the patch lock, so it answers while a transition or a grace period holds it.
     */
    public List<PatchStatus> list() {
        Patch inTransition = driver.transitionPatch();
        List<PatchStatus> list = new ArrayList<>();
        for (Patch p : patches.values()) {
            String transition = null;
            if (p == inTransition) {
                transition = Transition.progress();
                if (transition != null && driver.completingWait()) {
                    transition += ", completing: waiting for a read section";
                }
            }
            // Read once, for the patch's line and every target alike (a completion's discard may
            // write it meanwhile: found by review).
            Patch replacedBy = p.replacedBy;
            List<PatchStatus.Target> targets = new ArrayList<>();
            for (Patch.Func f : p.funcs) {
                targets.add(targetStatus(p, f.method, replacedBy != null));
            }
            list.add(new PatchStatus(p.id(), p.enabled, p.definition.replace(), p.forced, transition,
                    p.definition.description(), targets, replacedBy(replacedBy)));
        }
        return list;
    }

    /**
     * {@code 'cum'}, the cumulative patch {@code by} that replaced a patch, with {@code , since
     * unloaded} when it is no longer loaded; {@code null} for none.
     */
    private String replacedBy(Patch by) {
        return by == null ? null : "'" + by.id() + "'" + (patches.get(by.id()) == by ? "" : ", since unloaded");
    }

    /**
     * How {@code pm} stands in each class it is bound in (or failed to link in): patched where
     * the patch runs, failed where it cannot (a copy an enable left out, a replacement that does
     * not bind there). Failed in all of them is the state; in some, it is said beside it.
     */
    private static PatchStatus.Target targetStatus(Patch p, PatchedMethod pm, boolean replaced) {
        int classes = 0;
        int failed = 0;
        String firstFailure = null;
        for (PatchedMethod.Instance i : pm.instances()) {
            Class<?> c = i.slot.boundClass();
            String failure;
            if (c != null) {
                classes++;
                PatchObject o = p.existingObject(c);
                failure = o == null ? null : o.failure(pm);
            } else {
                // Not linked yet: a class that failed to link, or a loaded copy an enable left
                // out before its first call (the review's F1: it was shown as nothing at all).
                failure = i.error != null ? i.error : leftOutUnbound(p, pm, i);
                classes += failure == null ? 0 : 1;
            }
            if (failure != null) {
                failed++;
                firstFailure = firstFailure == null ? failure : firstFailure;
            }
        }
        String state;
        String failedIn = null;
        if (replaced) {
            // Disabled for good: "pending" for a class that loads later would promise a patch
            // that never runs there, and a failure in a copy no longer matters (a carried NIT).
            state = "disabled";
        } else if (classes == 0) {
            state = PENDING;
        } else if (failed == classes) {
            state = "failed: " + firstFailure;
        } else {
            state = p.enabled ? "patched" : "disabled";
            failedIn = failed == 0 ? null : failed + ": " + firstFailure;
        }
        return new PatchStatus.Target(pm.key(), state, classes, failedIn);
    }

    /** Why the patch's object of the loaded copy that claimed unbound instance {@code i} runs none of it, or {@code null}. */
    private static String leftOutUnbound(Patch p, PatchedMethod pm, PatchedMethod.Instance i) {
        for (PatchObject o : p.objects()) {
            if (o.leftOut && o.target.getName().equals(pm.className) && i.claimedBy(o.target.getClassLoader())) {
                return o.failure(pm);
            }
        }
        return null;
    }

    /**
     * Every live thread's patch state and pending flag, the {@code /proc/PID/patch_state} of
     * this system, and the transition in flight.
     *
     * @param transition {@code 'fix' patching: 12/14 threads switched}, or {@code null}
     * @param threads each live thread, by id
     */
    public record ThreadsStatus(String transition, List<Transition.ThreadState> threads) {
    }

    /** See {@link ThreadsStatus}; reads no lock. */
    public ThreadsStatus threads() {
        Patch p = driver.transitionPatch();
        String progress = p == null ? null : Transition.progress();
        return new ThreadsStatus(progress == null ? null : "'" + p.id() + "' " + progress,
                Transition.threadStates(progress != null));
    }

    /**
     * One target method's stack of patches, the kernel's {@code func_stack}.
     *
     * @param method {@code class.name(descriptor)}
     * @param patches the ids of its patches, oldest first
     * @param topInTransition whether the top entry is in transition
     * @param classes the classes (one per class loader) the method is bound in
     */
    public record StackStatus(String method, List<String> patches, boolean topInTransition, int classes) {
    }

    /** Each target method's stack, by method; reads what is published, without the patch lock. */
    public List<StackStatus> stacks() {
        List<StackStatus> stacks = new ArrayList<>();
        for (PatchedMethod pm : methods.all()) {
            FuncStack s = pm.shape().stack();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < s.size(); i++) {
                // A cumulative patch's nop entry, during its transition, shows as "<id> (nop)".
                Object owner = s.owner(i);
                ids.add(owner instanceof Patch p ? p.id() : owner.toString());
            }
            stacks.add(new StackStatus(pm.key(), ids, s.topInTransition(), pm.boundClasses()));
        }
        stacks.sort((a, b) -> a.method().compareTo(b.method()));
        return stacks;
    }

    /** Each patched method that ran on an offline thread in a transition: {@code <method> <calls> <policy>}. */
    public List<String> notWatching() {
        return notWatching.lines();
    }
}
