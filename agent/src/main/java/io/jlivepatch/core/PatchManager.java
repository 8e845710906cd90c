package io.jlivepatch.core;

import io.jlivepatch.bootstrap.Dispatcher;
import io.jlivepatch.bootstrap.FuncStack;
import io.jlivepatch.bootstrap.Linker;
import io.jlivepatch.bootstrap.MethodSlot;
import io.jlivepatch.bootstrap.Trampolines;
import io.jlivepatch.epoch.EpochDomain;
import io.jlivepatch.log.Log;
import io.jlivepatch.patch.MethodInfo;
import io.jlivepatch.patch.PatchDefinition;
import io.jlivepatch.patch.PatchException;
import io.jlivepatch.patch.PatchJar;
import io.jlivepatch.patch.RedirectDefinition;
import io.jlivepatch.patch.Replacements;
import io.jlivepatch.patch.Targets;
import io.jlivepatch.quiescent.QuiescentInstaller;
import io.jlivepatch.trampoline.TargetRegistry;
import io.jlivepatch.transition.Transition;
import io.jlivepatch.trampoline.TrampolineInstaller;
import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles.Lookup;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;

/**
 * Loads, enables, disables and unloads patches. The one entry point of the core; see the
 * package notes for its lock and its all-or-nothing rule.
 */
public final class PatchManager implements TargetRegistry, Linker {

    private static final Logger LOG = Log.get(PatchManager.class);

    /**
     * The patch lock (the kernel's {@code klp_mutex}). Only the trampoline, the dispatcher and
     * the transformer run without it.
     */
    private final ReentrantLock klpMutex = Dispatcher.patchLock();

    private final Instrumentation inst;
    private final TrampolineInstaller installer;
    private final EpochDomain epochs;

    /**
     * Read by the transformer without the lock; grows only. Internal class name to
     * (name + descriptor to slot id).
     */
    private final ConcurrentMap<String, Map<String, Integer>> targets = new ConcurrentHashMap<>();

    private final Map<String, PatchedMethod> methods = new HashMap<>();
    /** Concurrent: the transformer reads it without the lock, in {@link #emitted}. */
    private final Map<Integer, PatchedMethod> methodsBySlot = new ConcurrentHashMap<>();
    private final Map<String, Patch> patches = new LinkedHashMap<>();
    /** Enabled patches, oldest first: the order their entries stack on a method. */
    private final List<Patch> enabledOrder = new ArrayList<>();

    private static final Duration PROGRESS_TICK = Duration.ofMillis(250);
    private static final long FIRST_RETRY_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    private static final long MAX_RETRY_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    /** How long a transition may stall before it is backed out; zero: never. */
    private final Duration transitionTimeout;
    /** How often a stalled transition reports the threads that hold it. */
    private final Duration stallReport;

    /** The transition in flight and its patch: the kernel's {@code klp_transition_patch}. */
    private Transition transition;
    private Patch transitionPatch;
    private final List<PatchedMethod> transitionMethods = new ArrayList<>();
    private TransitionRequest transitionRequest;
    /** Requests whose transition was reversed on request; they fail when the reversal completes. */
    private final List<TransitionRequest> supersededRequests = new ArrayList<>();
    /** Why the transition in flight is being backed out, or null. */
    private String backOutReason;
    private long retryDelayNanos;
    private long nextStallReportNanos;
    /**
     * The transition a retry is scheduled for, or null. A transition can end while its retry
     * waits (a reversal or a force completes it at once): that retry must not stand for the next
     * transition's.
     */
    private Transition retryScheduledFor;
    /** Runs transition rounds and rollbacks; its thread starts with the first task. */
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "jlivepatch-transition");
        thread.setDaemon(true);
        return thread;
    });

    /** The patch in transition, for the not-watching report, read without the lock. */
    private volatile String transitionPatchId;
    /** The not-watching policy of patches that name none (Dispatcher.WATCH and on). */
    private volatile int notWatchingDefault = Dispatcher.WATCH;
    private final NotWatching notWatching = new NotWatching(() -> transitionPatchId, this::rollbackRequested);

    public PatchManager(Instrumentation inst, EpochDomain epochs) {
        this(inst, epochs, Duration.ofSeconds(60), Duration.ofSeconds(10));
    }

    public PatchManager(Instrumentation inst, EpochDomain epochs, Duration transitionTimeout, Duration stallReport) {
        this.inst = inst;
        this.installer = new TrampolineInstaller(inst, this);
        this.epochs = epochs;
        this.transitionTimeout = transitionTimeout;
        this.stallReport = stallReport;
    }

    /** The barrier grace periods use, for the control plane. */
    public String barrier() {
        return epochs.barrier().name().toLowerCase(Locale.ROOT);
    }

    /** Installs the transformer and the linker. Called once, before any other method. */
    public void start() {
        Trampolines.setLinker(this);
        Dispatcher.setNotWatchingHandler(notWatching);
        installer.install();
        new QuiescentInstaller(inst, installer::canLink).install();
        String problem = Transition.seeVirtualThreads(inst);
        if (problem != null) {
            LOG.warn(problem);
        }
    }

    // ---------------------------------------------------------------- operations

    /**
     * Loads every patch of {@code jar} and enables it, one transition after the other, waiting
     * for each (the patch lock is not held while waiting, so that a transition can be reversed).
     *
     * @param progress hears the progress of a transition in flight, now and then
     * @return one line per patch loaded
     * @throws PatchException naming what is wrong; then nothing was loaded or changed
     */
    public List<String> load(Path jar, Consumer<String> progress) throws PatchException {
        List<Patch> loaded;
        klpMutex.lock();
        try {
            refuseWhileInTransitionLocked();
            loaded = loadLocked(jar.toAbsolutePath().normalize());
        } finally {
            klpMutex.unlock();
        }
        List<String> lines = new ArrayList<>();
        List<Patch> enabled = new ArrayList<>();
        try {
            for (Patch p : loaded) {
                TransitionRequest request;
                klpMutex.lock();
                try {
                    request = enableLocked(p);
                } finally {
                    klpMutex.unlock();
                }
                request.await(PROGRESS_TICK, progress);
                enabled.add(p);
                lines.add("loaded patch '" + p.id() + "' (" + p.funcs.size() + " function"
                        + (p.funcs.size() == 1 ? "" : "s") + "), enabled");
            }
        } catch (PatchException e) {
            // Like a failed insmod: the jar's patches are not left loaded, nor half enabled.
            for (int i = enabled.size() - 1; i >= 0; i--) {
                disableQuietly(enabled.get(i));
            }
            klpMutex.lock();
            try {
                for (Patch p : loaded) {
                    if (!p.enabled && transitionPatch != p && !p.forced) {
                        forgetLocked(p);
                    }
                }
            } finally {
                klpMutex.unlock();
            }
            throw new PatchException(e.getMessage().replace("was not enabled", "was not loaded"));
        }
        return lines;
    }

    /** {@link #load(Path, Consumer)} without progress. */
    public List<String> load(Path jar) throws PatchException {
        return load(jar, p -> { });
    }

    private void disableQuietly(Patch p) {
        try {
            TransitionRequest r;
            klpMutex.lock();
            try {
                if (!p.enabled) {
                    return;
                }
                r = disableLocked(p);
            } finally {
                klpMutex.unlock();
            }
            r.await();
        } catch (PatchException e) {
            LOG.warn("'{}': cannot take it back: {}", p.id(), e.getMessage());
        }
    }

    /**
     * Enables a loaded patch, or reverses its unpatching transition in flight. The transition
     * goes on without the caller; await the answer to learn how it ended.
     */
    public TransitionRequest enable(String id) throws PatchException {
        klpMutex.lock();
        try {
            Patch p = patchLocked(id);
            if (transitionPatch == p && transition.target() == Dispatcher.UNPATCHED) {
                return reverseTransitionLocked(Dispatcher.PATCHED);
            }
            if (p.enabled) {
                throw new PatchException("patch '" + id + "' is already enabled");
            }
            refuseWhileInTransitionLocked();
            return enableLocked(p);
        } finally {
            klpMutex.unlock();
        }
    }

    /**
     * Disables a patch, or reverses its patching transition in flight. The transition goes on
     * without the caller; await the answer to learn how it ended.
     */
    public TransitionRequest disable(String id) throws PatchException {
        klpMutex.lock();
        try {
            Patch p = patchLocked(id);
            if (transitionPatch == p && transition.target() == Dispatcher.PATCHED) {
                return reverseTransitionLocked(Dispatcher.UNPATCHED);
            }
            if (!p.enabled) {
                throw new PatchException("patch '" + id + "' is already disabled");
            }
            refuseWhileInTransitionLocked();
            return disableLocked(p);
        } finally {
            klpMutex.unlock();
        }
    }

    /**
     * Completes the transition of patch {@code id} at once, every thread counted as switched
     * whatever its stack: the kernel's {@code force}. The patch is pinned: it can never be
     * unloaded, since a thread may still run the code it left.
     */
    public void force(String id) throws PatchException {
        klpMutex.lock();
        try {
            Patch p = patchLocked(id);
            if (transitionPatch != p) {
                throw new PatchException("patch '" + id + "' is not in transition");
            }
            forceTransitionLocked();
        } finally {
            klpMutex.unlock();
        }
    }

    /** Forgets a disabled patch; its code becomes unreachable. */
    public void unload(String id) throws PatchException {
        klpMutex.lock();
        try {
            Patch p = patchLocked(id);
            if (p.enabled || transitionPatch == p) {
                throw new PatchException("patch '" + id + "' is enabled; disable it first");
            }
            if (p.forced) {
                throw new PatchException("patch '" + id + "' was forced, so a thread may still run its code;"
                        + " it stays loaded");
            }
            forgetLocked(p);
            LOG.info("'{}': unloaded", id);
        } finally {
            klpMutex.unlock();
        }
    }

    private void refuseWhileInTransitionLocked() throws PatchException {
        if (transition != null) {
            throw new PatchException("patch '" + transitionPatch.id() + "' is in transition ("
                    + verb(transition.target()) + "); wait for it, reverse it or force it");
        }
    }

    private void forgetLocked(Patch p) {
        for (Patch.Func f : p.funcs) {
            f.method.handles.remove(p);
        }
        p.code.clear();
        patches.remove(p.id());
    }

    /** The patches, oldest first, each followed by its targets and their state. */
    public List<String> list() {
        klpMutex.lock();
        try {
            List<String> lines = new ArrayList<>();
            for (Patch p : patches.values()) {
                String description = p.definition.description();
                lines.add(p.id() + " " + (p.enabled ? "enabled" : "disabled")
                        + (p.definition.replace() ? " replace" : "")
                        + (p.forced ? " forced" : "")
                        + (transitionPatch == p ? " (" + verb(transition.target()) + ": "
                                + transition.switchedThreads() + "/" + transition.totalThreads()
                                + " threads switched)" : "")
                        + (description.isEmpty() ? "" : " \"" + description + "\""));
                for (Patch.Func f : p.funcs) {
                    lines.add("  " + f.method.key() + " " + targetStateLocked(p, f));
                }
            }
            return lines;
        } finally {
            klpMutex.unlock();
        }
    }

    /**
     * Every live thread's patch state and pending flag, the {@code /proc/PID/patch_state} of
     * this system; see {@link Transition#threadStates}. Outside a transition, the first line says
     * so and every state is {@code -}.
     */
    public List<String> threads() {
        klpMutex.lock();
        try {
            List<String> lines = new ArrayList<>();
            lines.add(transition == null ? "no transition"
                    : "transition '" + transitionPatch.id() + "' " + verb(transition.target()) + ": "
                            + transition.switchedThreads() + "/" + transition.totalThreads() + " threads switched");
            lines.addAll(Transition.threadStates(transition));
            return lines;
        } finally {
            klpMutex.unlock();
        }
    }

    private String targetStateLocked(Patch p, Patch.Func f) {
        if (f.failure != null) {
            return "failed: " + f.failure;
        }
        if (f.method.boundClass == null) {
            String loadError = installer.loadError(f.method.className);
            return loadError == null ? "pending" : "failed: " + loadError;
        }
        return p.enabled ? "patched" : "disabled";
    }

    private Patch patchLocked(String id) throws PatchException {
        Patch p = patches.get(id);
        if (p == null) {
            throw new PatchException("no patch '" + id + "' is loaded");
        }
        return p;
    }

    // ---------------------------------------------------------------- loading

    /** A redirect with its target resolved and, for a loaded class, its replacement bound. */
    private record Resolved(PatchDefinition patch, RedirectDefinition redirect, String className,
            MethodInfo info, Class<?> targetClass, MethodHandle handle) {
        String key() {
            return PatchedMethod.key(className, info.name(), info.descriptor());
        }
    }

    private List<Patch> loadLocked(Path jar) throws PatchException {
        List<PatchDefinition> definitions = PatchJar.read(jar);
        for (PatchDefinition d : definitions) {
            if (patches.containsKey(d.id())) {
                throw new PatchException("patch '" + d.id() + "' is already loaded");
            }
        }
        Map<String, List<Class<?>>> loaded = loadedClasses(definitions);
        Map<PatchDefinition, Map<Class<?>, Lookup>> code = new HashMap<>();
        List<Resolved> resolved = new ArrayList<>();
        for (PatchDefinition d : definitions) {
            Set<String> keys = new HashSet<>();
            for (RedirectDefinition r : d.redirects()) {
                Resolved res = resolve(d, r, loaded.getOrDefault(r.targetClass(), List.of()),
                        code.computeIfAbsent(d, k -> new HashMap<>()));
                if (!keys.add(res.key())) {
                    throw new PatchException("patch '" + d.id() + "' redirects " + res.key() + " twice");
                }
                resolved.add(res);
            }
        }
        List<PatchedMethod> created = new ArrayList<>();
        try {
            instrumentLocked(resolved, created);
        } catch (PatchException | RuntimeException e) {
            for (PatchedMethod pm : created) {
                unregisterLocked(pm);
            }
            throw e;
        }
        List<Patch> result = new ArrayList<>();
        for (PatchDefinition d : definitions) {
            Patch p = new Patch(d);
            p.code.putAll(code.get(d));
            for (Resolved r : resolved) {
                if (r.patch() == d) {
                    PatchedMethod pm = methods.get(r.key());
                    if (r.handle() != null) {
                        pm.handles.put(p, r.handle());
                    }
                    p.funcs.add(new Patch.Func(r.redirect(), pm));
                }
            }
            patches.put(d.id(), p);
            result.add(p);
            LOG.info("'{}': loaded from {} (sha256 {})", d.id(), jar, d.jarSha256());
        }
        retransformLatecomersLocked(resolved);
        return result;
    }

    private Resolved resolve(PatchDefinition d, RedirectDefinition r, List<Class<?>> classes,
            Map<Class<?>, Lookup> code) throws PatchException {
        String className = r.targetClass();
        String never = Targets.neverPatchReason(className);
        if (never != null) {
            throw new PatchException("cannot patch " + className + "." + r.targetMethod() + ": " + never);
        }
        if (classes.size() > 1) {
            throw new PatchException("cannot patch " + className + "." + r.targetMethod() + ": "
                    + classes.size() + " classes of that name are loaded, by different class loaders");
        }
        if (classes.size() == 1) {
            Class<?> c = classes.get(0);
            MethodInfo info = Targets.resolve(className, MethodInfo.of(c), r);
            if (!installer.canLink(c.getClassLoader())) {
                throw new PatchException("cannot patch " + className + "." + r.targetMethod() + ": "
                        + (c.getClassLoader() == null ? "it is loaded by the bootstrap class loader"
                        : "its class loader " + c.getClassLoader().getName())
                        + " cannot see the agent's trampoline support; start the agent with"
                        + " bootstrap=boot to patch it");
            }
            if (!inst.isModifiableClass(c)) {
                throw new PatchException("cannot patch " + className + ": the JVM cannot retransform it");
            }
            Lookup hidden = code.get(c);
            if (hidden == null) {
                hidden = Replacements.defineHidden(Replacements.fullPrivilegeLookup(c, inst), d);
                code.put(c, hidden);
            }
            return new Resolved(d, r, className, info, c, Replacements.handle(hidden, c, info, r, d.id()));
        }
        byte[] classFile = classFileOf(className);
        if (classFile != null) {
            return new Resolved(d, r, className, Targets.resolve(className, MethodInfo.of(classFile), r), null, null);
        }
        if (r.targetDescriptor().isEmpty()) {
            throw new PatchException("cannot patch " + className + "." + r.targetMethod() + ": the class is"
                    + " not loaded and its class file is not on the class path, so its descriptor cannot"
                    + " be derived; name it with @Redirect(descriptor = ...)");
        }
        MethodInfo unverified = new MethodInfo(r.targetMethod(), r.targetDescriptor(), 0, false);
        return new Resolved(d, r, className, unverified, null, null);
    }

    /** Registers the target methods and puts trampolines into the loaded classes that lack them. */
    private void instrumentLocked(List<Resolved> resolved, List<PatchedMethod> created) throws PatchException {
        Set<Class<?>> toRetransform = new LinkedHashSet<>();
        for (Resolved r : resolved) {
            PatchedMethod pm = methods.get(r.key());
            if (pm == null) {
                pm = new PatchedMethod(r.className(), r.info(), Trampolines.newSlot(r.key()));
                methods.put(pm.key(), pm);
                methodsBySlot.put(pm.slot.id(), pm);
                targets.computeIfAbsent(internalName(r.className()), k -> new ConcurrentHashMap<>())
                        .put(r.info().name() + r.info().descriptor(), pm.slot.id());
                created.add(pm);
            }
            if (r.targetClass() != null) {
                if (pm.boundClass == null) {
                    if (!pm.slot.claim(r.targetClass())) {
                        throw new PatchException("cannot patch " + pm + ": its trampoline is linked to"
                                + " another class of that name");
                    }
                    pm.boundClass = r.targetClass();
                }
                if (!pm.emitted) {
                    toRetransform.add(r.targetClass());
                }
            }
        }
        installer.retransform(new ArrayList<>(toRetransform));
        for (Resolved r : resolved) {
            PatchedMethod pm = methods.get(r.key());
            if (r.targetClass() != null && !pm.emitted) {
                throw new PatchException("cannot patch " + pm + ": no trampoline was put into it");
            }
        }
    }

    private void unregisterLocked(PatchedMethod pm) {
        methods.remove(pm.key());
        methodsBySlot.remove(pm.slot.id());
        Map<String, Integer> ofClass = targets.get(internalName(pm.className));
        if (ofClass != null) {
            ofClass.remove(pm.info.name() + pm.info.descriptor());
        }
    }

    /**
     * A pending target's class may have been defined between the scan of loaded classes and the
     * registration its transformer reads: such a class has no trampoline and would never get one.
     */
    private void retransformLatecomersLocked(List<Resolved> resolved) {
        Set<String> pendingNames = new HashSet<>();
        for (Resolved r : resolved) {
            if (r.targetClass() == null) {
                pendingNames.add(r.className());
            }
        }
        if (pendingNames.isEmpty()) {
            return;
        }
        List<Class<?>> latecomers = new ArrayList<>();
        for (Class<?> c : inst.getAllLoadedClasses()) {
            if (pendingNames.contains(c.getName()) && inst.isModifiableClass(c)) {
                latecomers.add(c);
            }
        }
        try {
            installer.retransform(latecomers);
        } catch (PatchException e) {
            LOG.warn("{}; its patches stay pending", e.getMessage());
        }
    }

    private Map<String, List<Class<?>>> loadedClasses(List<PatchDefinition> definitions) {
        Set<String> names = new HashSet<>();
        for (PatchDefinition d : definitions) {
            for (RedirectDefinition r : d.redirects()) {
                names.add(r.targetClass());
            }
        }
        Map<String, List<Class<?>>> loaded = new HashMap<>();
        for (Class<?> c : inst.getAllLoadedClasses()) {
            if (names.contains(c.getName()) && !c.isHidden()) {
                loaded.computeIfAbsent(c.getName(), k -> new ArrayList<>()).add(c);
            }
        }
        return loaded;
    }

    private static byte[] classFileOf(String className) {
        String resource = className.replace('.', '/') + ".class";
        try (InputStream in = ClassLoader.getSystemResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    // ---------------------------------------------------------------- transitions

    private TransitionRequest enableLocked(Patch p) throws PatchException {
        LOG.info("enabling patch '{}'", p.id());
        LOG.info("'{}': initializing patching transition", p.id());
        List<Class<?>> prepared = new ArrayList<>();
        try {
            for (Class<?> target : p.code.keySet()) {
                CallbackRunner.prePatch(p, target);
                prepared.add(target);
            }
        } catch (PatchException e) {
            // klp_cancel_transition(): nothing was patched; undo what the pre-patch callbacks did.
            LOG.warn("failed to enable patch '{}'", p.id());
            LOG.info("'{}': canceling patching transition, going to unpatch", p.id());
            LOG.info("'{}': completing unpatching transition", p.id());
            for (Class<?> target : prepared) {
                CallbackRunner.postUnpatch(p, target);
            }
            LOG.info("'{}': unpatching complete", p.id());
            throw e;
        }
        // klp_init_transition(): the request is published before any stack is marked.
        Transition t = Transition.initTransition(p.id(), Dispatcher.PATCHED);
        List<PatchedMethod> changing = new ArrayList<>();
        for (Patch.Func f : p.funcs) {
            MethodHandle h = f.method.handles.get(p);
            if (f.method.boundClass != null && h != null) {
                changing.add(f.method);
                t.addChangingMethod(f.method.className, f.method.info.name(), f.method.info.descriptor());
                f.method.slot.setStack(f.method.slot.stack().push(p, h).withTopInTransition(true));
            }
        }
        p.enabled = true;
        enabledOrder.add(p);
        return startTransitionLocked(t, p, changing, new TransitionRequest(p.id(), Dispatcher.PATCHED));
    }

    private TransitionRequest disableLocked(Patch p) {
        LOG.info("'{}': initializing unpatching transition", p.id());
        for (Class<?> target : p.code.keySet()) {
            CallbackRunner.preUnpatch(p, target);
        }
        Transition t = Transition.initTransition(p.id(), Dispatcher.UNPATCHED);
        List<PatchedMethod> changing = new ArrayList<>();
        for (Patch.Func f : p.funcs) {
            MethodSlot slot = f.method.slot;
            if (slot.stack().topOwner() == p) {
                changing.add(f.method);
                t.addChangingMethod(f.method.className, f.method.info.name(), f.method.info.descriptor());
                slot.setStack(slot.stack().withTopInTransition(true));
            } else {
                // Below the top, the entry runs on no thread: the transition of the patch above
                // it moved every thread off it. It leaves without a transition.
                slot.setStack(slot.stack().remove(p));
            }
        }
        p.enabled = false;
        enabledOrder.remove(p);
        return startTransitionLocked(t, p, changing, new TransitionRequest(p.id(), Dispatcher.UNPATCHED));
    }

    /** The kernel's {@code klp_start_transition()}, then a first try to complete it. */
    private TransitionRequest startTransitionLocked(Transition t, Patch p, List<PatchedMethod> changing,
            TransitionRequest request) {
        transition = t;
        transitionPatch = p;
        transitionMethods.clear();
        transitionMethods.addAll(changing);
        transitionRequest = request;
        request.attach(t);
        backOutReason = null;
        transitionPatchId = p.id();
        LOG.info("'{}': starting {} transition", p.id(), verb(t.target()));
        int policy = notWatchingPolicyOf(p);
        for (PatchedMethod pm : changing) {
            pm.slot.setNotWatchingPolicy(policy);
            pm.slot.setTransition();
        }
        // After the call sites: a thread that sees the request to check itself sees them too.
        t.startTransition();
        retryDelayNanos = FIRST_RETRY_NANOS;
        nextStallReportNanos = System.nanoTime() + stallReport.toNanos();
        tryCompleteTransitionLocked();
        return request;
    }

    /**
     * The kernel's {@code klp_try_complete_transition()}: one round of stack checks; completes
     * the transition when every thread is switched, else reports stalls now and then, backs the
     * transition out after the timeout, and tries again later.
     */
    private void tryCompleteTransitionLocked() {
        Transition t = transition;
        boolean complete = t.tryCompleteTransition();
        long now = System.nanoTime();
        if (LOG.isDebugEnabled()) {
            LOG.debug("'{}': {} transition round at {} ms: {}/{} threads switched, held by {}", t.patchId(),
                    verb(t.target()), TimeUnit.NANOSECONDS.toMillis(now - t.startNanos()), t.switchedThreads(),
                    t.totalThreads(), t.holders().size());
        }
        if (complete) {
            completeTransitionLocked();
            return;
        }
        if (now - nextStallReportNanos >= 0) {
            nextStallReportNanos = now + stallReport.toNanos();
            for (Transition.Holder h : t.holders()) {
                LOG.warn("'{}': {} transition stalled for {} s: {}", t.patchId(), verb(t.target()),
                        TimeUnit.NANOSECONDS.toSeconds(now - t.startNanos()), h);
            }
        }
        if (!t.reversed() && !transitionTimeout.isZero() && now - t.startNanos() >= transitionTimeout.toNanos()) {
            List<Transition.Holder> holders = t.holders();
            backOutReason = "its transition stalled for " + transitionTimeout.toSeconds() + " s on "
                    + holders.stream().limit(3).map(Transition.Holder::toString).collect(Collectors.joining(", "))
                    + (holders.size() > 3 ? " and " + (holders.size() - 3) + " more threads" : "")
                    + ", so it was reversed";
            LOG.warn("'{}': {} transition stalled for {} s; backing it out", t.patchId(), verb(t.target()),
                    transitionTimeout.toSeconds());
            // The back-out keeps the request: it ends, failed, when the reversal completes.
            reverseLocked();
            return;
        }
        scheduleRetryLocked(t);
    }

    private void scheduleRetryLocked(Transition t) {
        if (retryScheduledFor == t) {
            return;
        }
        retryScheduledFor = t;
        long delay = retryDelayNanos;
        retryDelayNanos = Math.min(retryDelayNanos * 2, MAX_RETRY_NANOS);
        worker.schedule(() -> {
            klpMutex.lock();
            try {
                if (retryScheduledFor == t) {
                    retryScheduledFor = null;
                }
                if (transition == t) {
                    tryCompleteTransitionLocked();
                }
            } catch (RuntimeException | Error e) {
                LOG.error("'{}': transition round failed", t.patchId(), e);
                if (transition == t) {
                    scheduleRetryLocked(t);
                }
            } finally {
                klpMutex.unlock();
            }
        }, delay, TimeUnit.NANOSECONDS);
    }

    /**
     * The rollback policy: a patched method in transition ran on a thread in a quiescent region.
     * Called on that application thread, which must not wait: the reversal runs on the worker.
     */
    private void rollbackRequested(MethodSlot slot, String region) {
        Thread t = Thread.currentThread();
        String who = "thread '" + t.getName() + "' (#" + t.getId() + ") ran " + slot.name() + " inside quiescent region "
                + region;
        worker.execute(() -> {
            klpMutex.lock();
            try {
                Transition tr = transition;
                if (tr == null || tr.reversed() || transitionMethods.stream().noneMatch(pm -> pm.slot == slot)) {
                    return;
                }
                backOutReason = who + ", and its not-watching policy is rollback, so the transition was reversed";
                LOG.warn("'{}': {}; not-watching policy rollback: backing the transition out", tr.patchId(), who);
                reverseLocked();
            } catch (RuntimeException | Error e) {
                LOG.error("'{}': rollback failed", slot.name(), e);
            } finally {
                klpMutex.unlock();
            }
        });
    }

    /** Sets the not-watching policy of patches that name none: watch, trylock, original, rollback or warn. */
    public void setNotWatchingDefault(String policy) {
        int i = PatchDefinition.NOT_WATCHING_POLICIES.indexOf(policy);
        if (i < 0) {
            throw new IllegalArgumentException("unknown not-watching policy '" + policy + "'");
        }
        notWatchingDefault = i;
    }

    private int notWatchingPolicyOf(Patch p) {
        String own = p.definition.notWatching();
        return own.isEmpty() ? notWatchingDefault : PatchDefinition.NOT_WATCHING_POLICIES.indexOf(own);
    }

    /** Each patched method that ran on an offline thread in a transition: {@code <method> <calls> <policy>}. */
    public List<String> notWatching() {
        return notWatching.lines();
    }

    /**
     * The kernel's {@code klp_reverse_transition()}, asked for by an enable or disable of the
     * patch in transition: the request that started it fails, the new one waits for the end.
     */
    private TransitionRequest reverseTransitionLocked(int target) {
        TransitionRequest previous = transitionRequest;
        TransitionRequest request = new TransitionRequest(transitionPatch.id(), target);
        request.attach(transition);
        transitionRequest = request;
        backOutReason = null;
        // Answered when the reversal completes: only then is the JVM as it was before it.
        supersededRequests.add(previous);
        reverseLocked();
        return request;
    }

    private void reverseLocked() {
        Transition t = transition;
        Patch p = transitionPatch;
        String from = verb(t.target());
        t.reverseTransition();
        LOG.info("'{}': reversing transition from {} to {}", p.id(), from, verb(t.target()));
        if (t.target() == Dispatcher.PATCHED) {
            p.enabled = true;
            enabledOrder.add(p);
        } else {
            p.enabled = false;
            enabledOrder.remove(p);
        }
        LOG.info("'{}': starting {} transition", p.id(), verb(t.target()));
        t.startTransition();
        retryDelayNanos = FIRST_RETRY_NANOS;
        tryCompleteTransitionLocked();
    }

    /** The kernel's {@code klp_force_transition()}; the patch is pinned. */
    private void forceTransitionLocked() {
        Transition t = transition;
        LOG.warn("'{}': forcing remaining threads to the {} state", t.patchId(), verb(t.target()).replace("ing", "ed"));
        transitionPatch.forced = true;
        t.forceTransition();
        completeTransitionLocked();
    }

    /**
     * The kernel's {@code klp_complete_transition()}: every thread is switched (or forced). The
     * grace period then waits for every read section that may still run the state being left;
     * after it the methods return to stable mode and the post callbacks run.
     */
    private void completeTransitionLocked() {
        Transition t = transition;
        Patch p = transitionPatch;
        int target = t.target();
        LOG.info("'{}': completing {} transition", p.id(), verb(target));
        t.markAllSwitched();
        // Like klp_synchronize_transition(): every section that latched the state being left,
        // or read the stacks as they were in the transition, has ended. A forced transition
        // does not wait: its patch is pinned, never reclaimed.
        if (!t.forced() && !transitionMethods.isEmpty() && !epochs.synchronize()) {
            LOG.warn("'{}': a read section outlived the grace period after the {} transition;"
                    + " reclamation of what it left waits for the next one", p.id(), verb(target));
        }
        for (PatchedMethod pm : transitionMethods) {
            FuncStack s = pm.slot.stack();
            if (target == Dispatcher.UNPATCHED) {
                s = s.remove(p);
            }
            // Before the next request's word: see MethodSlot.settledRoute.
            pm.slot.settle(target == Dispatcher.PATCHED ? Dispatcher.ROUTE_TOP : Dispatcher.ROUTE_BELOW);
            pm.slot.setStack(s.withTopInTransition(false));
            applyModeLocked(pm.slot);
        }
        t.finish();
        TransitionRequest request = transitionRequest;
        String reason = backOutReason;
        transition = null;
        transitionPatch = null;
        transitionMethods.clear();
        transitionRequest = null;
        backOutReason = null;
        for (Class<?> object : p.code.keySet()) {
            if (target == Dispatcher.PATCHED) {
                CallbackRunner.postPatch(p, object);
            } else {
                CallbackRunner.postUnpatch(p, object);
            }
        }
        LOG.info("'{}': {} complete", p.id(), verb(target));
        String done = target == Dispatcher.PATCHED ? "enabled" : "disabled";
        for (TransitionRequest r : supersededRequests) {
            if (r.target() == target) {
                // Reversed, then reversed again: what it asked for happened.
                r.succeed(List.of(done + " patch '" + p.id() + "'"));
            } else {
                r.fail("patch '" + r.patchId() + "' was not " + (r.target() == Dispatcher.PATCHED ? "enabled"
                        : "disabled") + ": its transition was reversed on request");
            }
        }
        supersededRequests.clear();
        if (request.target() == target) {
            request.succeed(List.of(done + " patch '" + p.id() + "'" + (t.forced() ? " (forced)" : "")));
        } else {
            request.fail("patch '" + p.id() + "' was not " + (target == Dispatcher.PATCHED ? "disabled" : "enabled")
                    + ": " + (reason != null ? reason : "its transition was reversed"));
        }
    }

    private static String verb(int target) {
        return target == Dispatcher.PATCHED ? "patching" : "unpatching";
    }

    private static void applyModeLocked(MethodSlot slot) {
        FuncStack s = slot.stack();
        if (s.isEmpty()) {
            slot.setIdle();
        } else {
            slot.setStable(s.top());
        }
    }

    // ---------------------------------------------------------------- late binding

    private static String internalName(String className) {
        return className.replace('.', '/');
    }

    @Override
    public Map<String, Integer> targetsOf(String internalName) {
        return targets.get(internalName);
    }

    @Override
    public void emitted(String internalName, int slotId) {
        // Runs on the transforming thread without the lock. The entry for slotId was put into
        // methodsBySlot before the target map named the slot, so a transformer that saw the slot
        // finds its method.
        PatchedMethod pm = methodsBySlot.get(slotId);
        if (pm != null) {
            pm.emitted = true;
        }
    }

    @Override
    public void linked(Lookup caller, MethodSlot slot) {
        klpMutex.lock();
        try {
            PatchedMethod pm = methodsBySlot.get(slot.id());
            if (pm == null || pm.boundClass != null) {
                return;
            }
            bindLateLocked(pm, caller);
        } catch (Throwable t) {
            LOG.warn("cannot bind the patches of {}: {}; it keeps its original code", slot.name(), t.toString());
        } finally {
            klpMutex.unlock();
        }
    }

    /** Binds the replacements of a method whose class loaded after its patches. */
    private void bindLateLocked(PatchedMethod pm, Lookup caller) {
        Class<?> c = caller.lookupClass();
        pm.boundClass = c;
        List<MethodInfo> declared = MethodInfo.of(c);
        List<Patch> lateObjects = new ArrayList<>();
        for (Patch p : patches.values()) {
            for (Patch.Func f : p.funcs) {
                if (f.method != pm) {
                    continue;
                }
                try {
                    MethodInfo info = Targets.resolve(c.getName(), declared, f.redirect);
                    if (!info.descriptor().equals(pm.info.descriptor())) {
                        throw new PatchException("cannot patch " + pm + ": the loaded class resolves the"
                                + " redirect to " + info.name() + info.descriptor());
                    }
                    Lookup hidden = p.code.get(c);
                    if (hidden == null) {
                        hidden = Replacements.defineHidden(caller, p.definition);
                        p.code.put(c, hidden);
                        if (p.enabled) {
                            // klp_module_coming(): the new object gets its pre-patch callback. If it
                            // refuses, the object is not patched: no copy, so no unpatch callbacks.
                            try {
                                CallbackRunner.prePatch(p, c);
                            } catch (PatchException e) {
                                p.code.remove(c);
                                throw e;
                            }
                            lateObjects.add(p);
                        }
                    }
                    pm.handles.put(p, Replacements.handle(hidden, c, info, f.redirect, p.id()));
                } catch (PatchException e) {
                    f.failure = e.getMessage();
                    LOG.warn("'{}': {}; the method keeps its original code", p.id(), e.getMessage());
                }
            }
        }
        FuncStack s = FuncStack.EMPTY;
        for (Patch p : enabledOrder) {
            MethodHandle h = pm.handles.get(p);
            if (h != null && p != transitionPatch) {
                s = s.push(p, h);
            }
        }
        MethodHandle inTransition = transitionPatch == null ? null : pm.handles.get(transitionPatch);
        if (inTransition != null) {
            // Like klp_module_coming() during a transition: the new class's method joins it, its
            // entry on top and in transition, so that each thread runs it in its own state.
            transition.addChangingMethod(pm.className, pm.info.name(), pm.info.descriptor());
            pm.slot.setStack(s.push(transitionPatch, inTransition).withTopInTransition(true));
            pm.slot.setNotWatchingPolicy(notWatchingPolicyOf(transitionPatch));
            pm.slot.setTransition();
            transitionMethods.add(pm);
        } else {
            pm.slot.setStack(s);
            applyModeLocked(pm.slot);
        }
        for (Patch p : lateObjects) {
            if (p != transitionPatch) {
                // The transition's own post-patch callbacks run when it completes.
                CallbackRunner.postPatch(p, c);
            }
        }
    }
}
