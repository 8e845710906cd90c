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
import io.jlivepatch.trampoline.TargetRegistry;
import io.jlivepatch.trampoline.TrampolineInstaller;
import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles.Lookup;
import java.nio.file.Path;
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
import java.util.concurrent.locks.ReentrantLock;
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
    private final ReentrantLock klpMutex = new ReentrantLock();

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

    public PatchManager(Instrumentation inst, EpochDomain epochs) {
        this.inst = inst;
        this.installer = new TrampolineInstaller(inst, this);
        this.epochs = epochs;
    }

    /** The barrier grace periods use, for the control plane. */
    public String barrier() {
        return epochs.barrier().name().toLowerCase(Locale.ROOT);
    }

    /** Installs the transformer and the linker. Called once, before any other method. */
    public void start() {
        Trampolines.setLinker(this);
        installer.install();
    }

    // ---------------------------------------------------------------- operations

    /**
     * Loads every patch of {@code jar} and enables it.
     *
     * @return one line per patch loaded
     * @throws PatchException naming what is wrong; then nothing was loaded or changed
     */
    public List<String> load(Path jar) throws PatchException {
        klpMutex.lock();
        try {
            List<Patch> loaded = loadLocked(jar.toAbsolutePath().normalize());
            List<String> lines = new ArrayList<>();
            List<Patch> enabled = new ArrayList<>();
            try {
                for (Patch p : loaded) {
                    enableLocked(p);
                    enabled.add(p);
                    lines.add("loaded patch '" + p.id() + "' (" + p.funcs.size() + " function"
                            + (p.funcs.size() == 1 ? "" : "s") + "), enabled");
                }
            } catch (PatchException e) {
                // Like a failed insmod: the jar's patches are not left loaded, nor half enabled.
                for (int i = enabled.size() - 1; i >= 0; i--) {
                    disableLocked(enabled.get(i));
                }
                for (Patch p : loaded) {
                    forgetLocked(p);
                }
                throw e;
            }
            return lines;
        } finally {
            klpMutex.unlock();
        }
    }

    public void enable(String id) throws PatchException {
        klpMutex.lock();
        try {
            Patch p = patchLocked(id);
            if (p.enabled) {
                throw new PatchException("patch '" + id + "' is already enabled");
            }
            enableLocked(p);
        } finally {
            klpMutex.unlock();
        }
    }

    public void disable(String id) throws PatchException {
        klpMutex.lock();
        try {
            Patch p = patchLocked(id);
            if (!p.enabled) {
                throw new PatchException("patch '" + id + "' is already disabled");
            }
            disableLocked(p);
        } finally {
            klpMutex.unlock();
        }
    }

    /** Forgets a disabled patch; its code becomes unreachable. */
    public void unload(String id) throws PatchException {
        klpMutex.lock();
        try {
            Patch p = patchLocked(id);
            if (p.enabled) {
                throw new PatchException("patch '" + id + "' is enabled; disable it first");
            }
            forgetLocked(p);
            LOG.info("'{}': unloaded", id);
        } finally {
            klpMutex.unlock();
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

    private void enableLocked(Patch p) throws PatchException {
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
        List<PatchedMethod> changing = new ArrayList<>();
        for (Patch.Func f : p.funcs) {
            MethodHandle h = f.method.handles.get(p);
            if (f.method.boundClass != null && h != null) {
                changing.add(f.method);
                f.method.slot.setStack(f.method.slot.stack().push(p, h).withTopInTransition(true));
            }
        }
        p.enabled = true;
        enabledOrder.add(p);
        runTransitionLocked(p, changing, Dispatcher.PATCHED, "patching");
    }

    private void disableLocked(Patch p) {
        LOG.info("'{}': initializing unpatching transition", p.id());
        for (Class<?> target : p.code.keySet()) {
            CallbackRunner.preUnpatch(p, target);
        }
        List<PatchedMethod> changing = new ArrayList<>();
        for (Patch.Func f : p.funcs) {
            MethodSlot slot = f.method.slot;
            if (slot.stack().topOwner() == p) {
                changing.add(f.method);
                slot.setStack(slot.stack().withTopInTransition(true));
            } else {
                // Below the top, the entry runs on no thread: it leaves without a transition.
                slot.setStack(slot.stack().remove(p));
            }
        }
        p.enabled = false;
        enabledOrder.remove(p);
        runTransitionLocked(p, changing, Dispatcher.UNPATCHED, "unpatching");
    }

    /**
     * Starts and completes one transition of {@code changing} methods towards {@code target}.
     * Every thread switches at once for now: the per-thread model replaces the middle step.
     */
    private void runTransitionLocked(Patch p, List<PatchedMethod> changing, int target, String verb) {
        Dispatcher.setTransitionTargetState(target);
        LOG.info("'{}': starting {} transition", p.id(), verb);
        for (PatchedMethod pm : changing) {
            pm.slot.setTransition();
        }
        LOG.info("'{}': completing {} transition", p.id(), verb);
        for (PatchedMethod pm : changing) {
            FuncStack s = pm.slot.stack();
            if (target == Dispatcher.UNPATCHED) {
                s = s.remove(p);
            }
            pm.slot.setStack(s.withTopInTransition(false));
            applyModeLocked(pm.slot);
        }
        // Like klp_synchronize_transition(): every slow path that could still read the stacks as
        // they were during the transition (the entry being removed among them) has ended.
        if (!changing.isEmpty() && !epochs.synchronize()) {
            LOG.warn("'{}': a read section outlived the grace period after the {} transition;"
                    + " reclamation of what it left waits for the next one", p.id(), verb);
        }
        for (Class<?> object : p.code.keySet()) {
            if (target == Dispatcher.PATCHED) {
                CallbackRunner.postPatch(p, object);
            } else {
                CallbackRunner.postUnpatch(p, object);
            }
        }
        LOG.info("'{}': {} complete", p.id(), verb);
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
            if (h != null) {
                s = s.push(p, h);
            }
        }
        pm.slot.setStack(s);
        applyModeLocked(pm.slot);
        for (Patch p : lateObjects) {
            CallbackRunner.postPatch(p, c);
        }
    }
}
