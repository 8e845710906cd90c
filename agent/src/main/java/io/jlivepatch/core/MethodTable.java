package io.jlivepatch.core;

import io.jlivepatch.bootstrap.FuncStack;
import io.jlivepatch.bootstrap.Linker;
import io.jlivepatch.bootstrap.MethodSlot;
import io.jlivepatch.bootstrap.MethodSlot.Shape;
import io.jlivepatch.log.Log;
import io.jlivepatch.patch.PatchCode;
import io.jlivepatch.patch.PatchException;
import io.jlivepatch.patch.Replacements;
import io.jlivepatch.trampoline.TargetRegistry;
import io.jlivepatch.trampoline.TrampolineInstaller;
import java.lang.instrument.Instrumentation;
import java.lang.invoke.MethodHandles.Lookup;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;

/**
 * The target methods: which classes get trampolines (for the transformer), which slot belongs
 * to which method, and the binding of a slot whose class loaded after its patches (the linker).
 *
 * <h2>Lock</h2>
 * Methods are added and removed under the patch lock. The transformer and the linker read the
 * concurrent maps without it: a method is put into {@link #bySlot} before {@link #byClass} names
 * it, so whoever finds it by class finds it by slot. The linker never takes the patch lock; see
 * {@link #bind}.
 */
final class MethodTable implements TargetRegistry, Linker {

    private static final Logger LOG = Log.get(MethodTable.class);

    private final Instrumentation inst;

    static {
        // The classes of the linker that nothing else may have loaded before a late class's first
        // call: loaded and initialised with the agent, not out of the agent jar on the application
        // thread that links, which would run the JDK's class loading inside the linker
        // (RefusalListIT).
        for (Class<?> c : new Class<?>[] {PatchObject.class, Replacements.class, Guard.class}) {
            try {
                Class.forName(c.getName(), true, c.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new ExceptionInInitializerError(e);
            }
        }
        // PatchCode and what its definitions run (ASM's remappers among them): one definition.
        PatchCode.warmUp();
    }

    MethodTable(Instrumentation inst) {
        this.inst = inst;
    }

    /** By key, {@code class.name(descriptor)}; written under the patch lock, read by listings without it. */
    private final Map<String, PatchedMethod> byKey = new ConcurrentHashMap<>();
    /** By slot id, for the linker and the transformer. */
    private final ConcurrentMap<Integer, PatchedMethod> bySlot = new ConcurrentHashMap<>();

    /** The slots whose binding failed for want of stack or memory, said once each (bounded). */
    private static final Set<Integer> RETRIED_BINDINGS = ConcurrentHashMap.newKeySet();
    /** By internal class name, then {@code name + descriptor}: what the transformer instruments. */
    private final ConcurrentMap<String, ConcurrentMap<String, PatchedMethod>> byClass = new ConcurrentHashMap<>();

    PatchedMethod get(String key) {
        return byKey.get(key);
    }

    Collection<PatchedMethod> all() {
        return byKey.values();
    }

    /** Makes {@code pm} a target: from now on, every definition of its class gets a trampoline. */
    void register(PatchedMethod pm) {
        byKey.put(pm.key(), pm);
        indexSlots(pm);
        byClass.computeIfAbsent(internalName(pm.className), k -> new ConcurrentHashMap<>())
                .put(pm.nameAndDescriptor(), pm);
    }

    /** Undoes {@link #register}; the trampolines already emitted link to nothing from now on. */
    void unregister(PatchedMethod pm) {
        byKey.remove(pm.key());
        Map<String, PatchedMethod> ofClass = byClass.get(internalName(pm.className));
        if (ofClass != null) {
            ofClass.remove(pm.nameAndDescriptor(), pm);
        }
        for (PatchedMethod.Instance i : pm.instances()) {
            bySlot.remove(i.slot.id(), pm);
        }
    }

    /** Every slot of {@code pm} is found by its id; call after anything that may add one. */
    void indexSlots(PatchedMethod pm) {
        for (PatchedMethod.Instance i : pm.instances()) {
            bySlot.putIfAbsent(i.slot.id(), pm);
        }
    }

    static String internalName(String className) {
        return className.replace('.', '/');
    }

    // ---------------------------------------------------------------- the transformer's side

    @Override
    public Map<String, Integer> targetsOf(ClassLoader loader, String internalName, Class<?> redefined) {
        Map<String, PatchedMethod> ofClass = byClass.get(internalName);
        if (ofClass == null || ofClass.isEmpty()) {
            return null;
        }
        Map<String, Integer> ids = new HashMap<>();
        for (PatchedMethod pm : ofClass.values()) {
            if (!pm.armed) {
                // No patch can run in it: the class gets (or, retransformed, gets back) the
                // method's original code, and no instance for it.
                continue;
            }
            if (redefined != null && !redefined.isHidden() && pm.instanceIn(redefined) == null) {
                // A loaded class that has no instance of the method: it was defined without its
                // trampoline (across a load that missed it), and is retransformed now, by our
                // sweep or another agent, while it may be running: the patches enabled now must
                // not switch it in the middle of a call (review 6), so none of them runs in it.
                breakEnabledIn(pm, redefined);
            }
            PatchedMethod.Instance i = pm.instanceFor(loader, redefined);
            bySlot.putIfAbsent(i.slot.id(), pm);
            ids.put(pm.nameAndDescriptor(), i.slot.id());
        }
        return ids.isEmpty() ? null : ids;
    }

    /**
     * Every enabled patch that redirects {@code pm} runs none of itself in {@code c}, which may be
     * running code defined without {@code pm}'s trampoline; before any of its entries is bound
     * there, since {@code c} has no slot of {@code pm} yet. Patches enabled later switch it through
     * their transition, which checks every thread's stack.
     */
    private static void breakEnabledIn(PatchedMethod pm, Class<?> c) {
        for (Patch p : pm.redirectors()) {
            if (p.enabled) {
                p.object(c).breakWhole("cannot patch " + pm + ": its class was defined while the patch loaded"
                        + " or was enabled, without a trampoline for it, and may be running");
            }
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>Between the transformer's reports and the answer's restore, a linker (the first call of
     * another trampoline of a kept class, {@link #bind}) may read a report on bytes the JVM then
     * refuses (a review's question). Such a report differs from what is restored only for a method
     * armed by the enable in progress, or armed and without a trampoline in that class (a copy
     * tried again); a {@code failed} report can only make the linker break an object, which the
     * patch's next enable tries again. A method of the first kind had no enabled patch; one of the
     * second kind, none whose object there is not left out already (each enable of such a patch
     * tried the copy: {@code PatchLoader.armLocked}). So an object the linker takes for whole on
     * such a report is either the enabling patch's, which the enable leaves out of the class after
     * the refusal (left out stays left out), or a disabled patch's, whose enable checks the copy
     * again ({@code armedCopiesWithoutTrampoline}) before it runs there.
     */
    @Override
    public Map<Class<?>, Runnable> keep(List<Class<?>> classes) {
        // Every instance of the classes' methods, once per class name: a class's own instance
        // found per class would cost the square of the copies (thousands of copies of a class,
        // one per class loader, are retransformed in one call).
        Map<PatchedMethod.Instance, Object[]> kept = new IdentityHashMap<>();
        Set<String> names = new HashSet<>();
        for (Class<?> c : classes) {
            Map<String, PatchedMethod> ofClass = byClass.get(internalName(c.getName()));
            if (ofClass != null && names.add(c.getName())) {
                for (PatchedMethod pm : ofClass.values()) {
                    for (PatchedMethod.Instance i : pm.instances()) {
                        kept.put(i, new Object[] {i.emitted, i.error, i.fingerprint});
                    }
                }
            }
        }
        Map<Class<?>, Runnable> restores = new IdentityHashMap<>();
        for (Class<?> c : classes) {
            restores.put(c, () -> restore(c, kept));
        }
        return restores;
    }

    /** Puts back what {@link #keep} kept of {@code c}'s instances; one made since never had a trampoline. */
    private void restore(Class<?> c, Map<PatchedMethod.Instance, Object[]> kept) {
        Map<String, PatchedMethod> ofClass = byClass.get(internalName(c.getName()));
        if (ofClass == null) {
            return;
        }
        for (PatchedMethod pm : ofClass.values()) {
            PatchedMethod.Instance i = pm.instanceIn(c);
            if (i == null) {
                continue;
            }
            Object[] was = kept.get(i);
            if (was == null) {
                // Made by the refused retransformation: the code the class kept has no
                // trampoline of the method (a loaded class without an instance never had one).
                i.emitted = false;
                continue;
            }
            i.emitted = (Boolean) was[0];
            i.error = (String) was[1];
            i.fingerprint = (String) was[2];
        }
    }

    @Override
    public void emitted(int slotId, String fingerprint) {
        PatchedMethod.Instance i = instance(slotId);
        if (i != null) {
            i.fingerprint = fingerprint;
            i.emitted = true;
            i.error = null;
        }
    }

    @Override
    public void failed(int slotId, String error) {
        PatchedMethod.Instance i = instance(slotId);
        if (i != null) {
            // The class is defined (or retransformed) without this method's trampoline.
            i.emitted = false;
            i.error = error;
        }
    }

    private PatchedMethod.Instance instance(int slotId) {
        PatchedMethod pm = bySlot.get(slotId);
        if (pm == null) {
            return null;
        }
        for (PatchedMethod.Instance i : pm.instances()) {
            if (i.slot.id() == slotId) {
                return i;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- the linker

    /**
     * Binds a slot whose class loaded after its patches, on the thread that links it, without the
     * patch lock: first the class's object of every patch that redirects the method, each with its
     * code and joined to its patch's phase (callbacks included, under the object's monitor only);
     * then the shape the core last published, bound to the class and installed unless the core
     * published another meanwhile, in which case it binds that one.
     */
    @Override
    public void bind(MethodSlot slot, Class<?> c, Lookup caller) {
        PatchedMethod pm = bySlot.get(slot.id());
        if (pm == null) {
            return;
        }
        try {
            Lookup lookup = caller != null ? caller : Replacements.fullPrivilegeLookup(c, inst);
            while (true) {
                Shape s = slot.published();
                // After reading the shape: every patch on its stack was a redirector before the
                // core published it, so its object is prepared here. A shape published later
                // fails the install below, and the next turn prepares again (idempotent).
                prepareObjects(pm, c, lookup);
                FuncStack bound = s.stack().bind(pm, c);
                if (slot.install(s, c, bound)) {
                    LOG.debug("bound {} in {}", pm, c.getClassLoader());
                    return;
                }
            }
        } catch (StackOverflowError | OutOfMemoryError e) {
            // A stack overflow or an out-of-memory error of the linking call, which a first call
            // near the end of its thread's stack meets often (binding defines code and builds
            // handles): not the class's fault, and not for good. The slot stays unbound and the
            // call fails with it as it would have without the agent; the trampolines link again
            // at the next call (found by a hunt: logged as the class's failure, the slot settled
            // on the original code for good, and the class ran its other, bound, methods
            // patched: o2:i1). Said once per slot, if saying it does not overflow too (review: a
            // lasting OutOfMemoryError fails every call, which the log must explain).
            if (RETRIED_BINDINGS.size() < 10_000 && RETRIED_BINDINGS.add(slot.id())) {
                try {
                    LOG.warn("{} in class loader {}: its first call ran out of {} while binding; that call fails"
                            + " with it, and the next call binds again", pm,
                            TrampolineInstaller.loaderName(c.getClassLoader()),
                            e instanceof StackOverflowError ? "stack" : "memory");
                } catch (Throwable ignored) {
                    RETRIED_BINDINGS.remove(slot.id());
                }
            }
            throw e;
        } catch (PatchException | RuntimeException | Error e) {
            // Never into the application thread. The slot stays unbound: its class runs the
            // method's original code, which list shows as pending.
            LOG.warn("cannot bind {} in class loader {}: {}; it runs its original code", pm,
                    TrampolineInstaller.loaderName(c.getClassLoader()), e.toString());
        }
    }

    /**
     * Binds the slot of loaded class {@code c} for a load, under the patch lock: as the linker
     * does, the objects of the patches that redirect the method come first (with their code,
     * joined to their patch's phase), then the slot is bound and given the current shape.
     */
    PatchedMethod.Instance bindLoaded(PatchedMethod pm, Class<?> c, Lookup lookup) {
        prepareObjects(pm, c, lookup);
        PatchedMethod.Instance i = pm.bindLoaded(c);
        // This instance only: indexing them all would make a load of n copies cost n * n.
        bySlot.putIfAbsent(i.slot.id(), pm);
        return i;
    }

    /**
     * The classes bound to a slot of {@code p}'s methods in which {@code p} has no object yet,
     * given one, with its code: a class whose first call the linker bound while {@code p} was
     * loading, before {@code p} redirected the method. Under the patch lock, by the enable, before
     * the patch's callbacks run and again after its stacks are published (a linker may bind
     * between the two; one that binds later finds the published shape and prepares the object
     * itself). Answers the objects it created, with no callback run.
     */
    List<PatchObject> adoptBoundClasses(Patch p) {
        List<PatchObject> adopted = new ArrayList<>();
        for (Patch.Func f : p.funcs) {
            for (PatchedMethod.Instance i : f.method.instances()) {
                Class<?> c = i.slot.boundClass();
                if (c == null || p.existingObject(c) != null) {
                    continue;
                }
                PatchObject o = p.object(c);
                adopted.add(o);
                try {
                    o.defineCode(Replacements.fullPrivilegeLookup(c, inst));
                    checkWhole(p, o, c);
                } catch (PatchException | RuntimeException | LinkageError e) {
                    o.fail(f.method, e.getMessage() == null ? e.toString() : e.getMessage());
                }
            }
        }
        return adopted;
    }

    /**
     * A patch runs in a class that loaded late all or not at all: when one of its methods there
     * has no trampoline (the transformer could not put one in) or no replacement that fits, its
     * object there is broken, and none of its entries run (the kernel refuses such a module).
     */
    private static void checkWhole(Patch p, PatchObject o, Class<?> c) {
        for (Patch.Func f : p.funcs) {
            if (!f.method.className.equals(c.getName())) {
                continue;
            }
            PatchedMethod.Instance i = f.method.instanceIn(c);
            if (i == null && !f.method.armed) {
                // No patch runs in the method while it is disarmed (a disabled patch's method;
                // an enabled patch's methods are all armed): the enable that arms it binds this
                // class then, and checks it again (PatchLoader.armLocked). Breaking the object
                // now would keep the patch out of the class for good.
                continue;
            }
            if (i == null) {
                // The class read its targets before the patch registered this method, and was
                // defined after the load looked for loaded classes: it has no trampoline for it
                // (PatchLoader narrows that window to the end of a class's definition).
                o.breakWhole("cannot patch " + f.method + ": its class was defined while the patch loaded"
                        + " or was enabled, without a trampoline for it");
                return;
            }
            if (!i.emitted && i.error != null) {
                o.breakWhole("cannot patch " + f.method + ": " + i.error);
                return;
            }
            String mismatch = Guard.mismatch(f, i);
            if (mismatch != null && !p.forceFingerprint) {
                o.breakWhole(mismatch);
                return;
            }
            if (mismatch != null) {
                o.warnForcedOnce(mismatch);
            }
            if (o.handle(f.method) == null) {
                o.breakWhole(o.failure(f.method));
                return;
            }
        }
    }

    /** The objects in class {@code c} of every patch that redirects {@code pm}, ready to run there. */
    private static void prepareObjects(PatchedMethod pm, Class<?> c, Lookup lookup) {
        for (Patch p : pm.redirectors()) {
            PatchObject o = p.object(c);
            try {
                o.defineCode(lookup);
                checkWhole(p, o, c);
                o.reconcile();
            } catch (PatchException | RuntimeException | LinkageError e) {
                o.fail(pm, e.getMessage() == null ? e.toString() : e.getMessage());
            }
        }
    }
}
