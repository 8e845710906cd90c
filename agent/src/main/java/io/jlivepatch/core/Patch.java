package io.jlivepatch.core;

import io.jlivepatch.bootstrap.NotWatchingPolicy;
import io.jlivepatch.patch.PatchCode;
import io.jlivepatch.patch.PatchDefinition;
import io.jlivepatch.patch.PatchException;
import io.jlivepatch.patch.RedirectDefinition;
import java.lang.invoke.MethodHandles.Lookup;
import io.jlivepatch.api.SystemState;
import java.nio.file.Path;
import java.util.Collections;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A loaded patch: the kernel's {@code klp_patch}. Its state is guarded by the patch lock and
 * volatile, so that listings read it without the lock; its objects and callback phase by
 * {@link #objectsLock}, which the linker takes too.
 */
final class Patch {

    /** One redirect of the patch and the method it resolved to: the kernel's {@code klp_func}. */
    static final class Func {
        final RedirectDefinition redirect;
        final PatchedMethod method;

        Func(RedirectDefinition redirect, PatchedMethod method) {
            this.redirect = redirect;
            this.method = method;
        }
    }

    /**
     * Where the patch is in its callbacks' life, which a class that loads later joins (see
     * {@link PatchObject#reconcile}): {@code PRE} while the enable runs the pre-patch callbacks,
     * then {@code PATCHING}, {@code ON}, {@code UNPATCHING}, {@code OFF}.
     */
    enum Phase { OFF, PRE, PATCHING, ON, UNPATCHING }

    final PatchDefinition definition;
    final Path jar;
    /**
     * The load was told to apply it where a target's bytecode differs from the build it was made
     * against ({@link Guard}): it then runs there, after a warning, instead of being refused.
     */
    final boolean forceFingerprint;
    final List<Func> funcs = new ArrayList<>();

    /**
     * The kernel's {@code patch->enabled}: set by an enable, cleared by a disable, each flipped
     * by a reversal; written under the patch lock.
     */
    volatile boolean enabled;
    /** A transition of this patch was forced: a thread may still run code it left, so it is never unloaded. */
    volatile boolean forced;
    /**
     * The cumulative patch that replaced it (the kernel's atomic replace), or {@code null}: a
     * replaced patch is disabled, without its callbacks, and can only be unloaded.
     */
    volatile Patch replacedBy;

    /**
     * The owner of this patch's nop entries: when it is cumulative, the entries it pushes on the
     * methods that only the patches it replaces change (the kernel's dynamic nop functions, which
     * run the original code), taken off again once its patching transition completes.
     */
    final Nop nop = new Nop(this);

    /** See {@link #nop}. */
    record Nop(Patch patch) {
        @Override
        public String toString() {
            return patch.id() + " (nop)";
        }
    }

    /** The load that is enabling it, or {@code null}: other operations leave it alone meanwhile. */
    volatile Object loading;

    /** Guards {@link #code}; never held while a callback runs. */
    private final Object codeLock = new Object();
    /** The patch's code by class loader ({@link #BOOTSTRAP_LOADER} for the bootstrap one); see {@link #codeFor}. */
    private final Map<Object, Lookup> code = new HashMap<>();
    private static final Object BOOTSTRAP_LOADER = new Object();

    /** Guards {@link #objects} and the phase; never held while a callback runs. */
    final Object objectsLock = new Object();
    /** The patch's objects (target classes), in the order they came. */
    private final Map<Class<?>, PatchObject> objects = new LinkedHashMap<>();
    private volatile Phase phase = Phase.OFF;
    /** Counts phase changes: a post-patch callback runs once per completion of a patching transition. */
    private volatile int phaseSerial;
    /** Counts enables: a pre-patch callback that refused is not run again until the next one. */
    private volatile int cycle;

    Patch(PatchDefinition definition, Path jar, boolean forceFingerprint) {
        this.definition = definition;
        this.jar = jar;
        this.forceFingerprint = forceFingerprint;
        Map<Long, SystemState> s = new LinkedHashMap<>();
        definition.states().forEach((id, version) -> s.put(id, new SystemState(id, version, definition.id())));
        this.states = Collections.unmodifiableMap(s);
    }

    /** The system states it declares, by id (the kernel's {@code patch->states}). */
    final Map<Long, SystemState> states;

    /**
     * When its last enable began, in the order of enables (the kernel's {@code klp_patches} list
     * order): {@link SystemState#previous} looks at the patches enabled before it. Under the lock.
     */
    volatile long enableSerial;

    /**
     * The patches its patching transition replaced, from their discard until its post-patch
     * callbacks have run: they count as enabled before it for {@link SystemState#previous}, as
     * the kernel frees replaced patches only after those callbacks.
     */
    volatile List<Patch> replacedInTransition = List.of();

    String id() {
        return definition.id();
    }

    /** The patch's own not-watching policy, or {@code null} for the agent's default. */
    NotWatchingPolicy notWatching() {
        return definition.notWatching();
    }

    Func funcFor(PatchedMethod method) {
        for (Func f : funcs) {
            if (f.method == method) {
                return f;
            }
        }
        return null;
    }

    /** The object of class {@code c}, created (with no code yet, and no callback run) if absent. */
    PatchObject object(Class<?> c) {
        synchronized (objectsLock) {
            return objects.computeIfAbsent(c, k -> new PatchObject(this, k));
        }
    }

    /** The object of class {@code c}, or {@code null}. */
    PatchObject existingObject(Class<?> c) {
        synchronized (objectsLock) {
            return objects.get(c);
        }
    }

    List<PatchObject> objects() {
        synchronized (objectsLock) {
            return new ArrayList<>(objects.values());
        }
    }

    /**
     * Enters {@code next} and answers the objects there are now, whose callbacks the caller runs:
     * an object added later reads the new phase itself (see the class notes of
     * {@link PatchObject}). Under the patch lock.
     */
    List<PatchObject> enterPhase(Phase next) {
        synchronized (objectsLock) {
            if (next == Phase.PRE) {
                cycle++;
            }
            phaseSerial++;
            phase = next;
            return new ArrayList<>(objects.values());
        }
    }

    Phase phase() {
        return phase;
    }

    int phaseSerial() {
        return phaseSerial;
    }

    int cycle() {
        return cycle;
    }

    /**
     * Forgets the objects an enable left out or that broke ({@link PatchObject#toTryAgain}), so
     * that the next one of the class is made and checked anew; answers them, for
     * {@link #restoreDropped}. For a disabled patch only, under the patch lock: every callback
     * that ran in them has had its unpatch counterpart, and no stack holds the patch.
     */
    Dropped dropToTryAgain() {
        synchronized (objectsLock) {
            List<PatchObject> before = new ArrayList<>(objects.values());
            Set<Class<?>> classes = Collections.newSetFromMap(new IdentityHashMap<>());
            for (PatchObject o : before) {
                if (o.toTryAgain()) {
                    classes.add(o.target);
                }
            }
            objects.keySet().removeAll(classes);
            return new Dropped(before, classes);
        }
    }

    /** What {@link #dropToTryAgain} dropped: the objects as they were, in order, and the classes of those it dropped. */
    record Dropped(List<PatchObject> before, Set<Class<?>> classes) {
    }

    /**
     * Puts back what {@link #dropToTryAgain} dropped, in place of any object made since and in the
     * order the objects had (the order callbacks run in): an enable whose arming failed leaves
     * the patch as it found it, its copies left out tried again by the next. Under the patch
     * lock.
     */
    void restoreDropped(Dropped dropped) {
        synchronized (objectsLock) {
            Map<Class<?>, PatchObject> now = new LinkedHashMap<>(objects);
            objects.clear();
            for (PatchObject o : dropped.before()) {
                PatchObject keep = dropped.classes().contains(o.target) ? o : now.get(o.target);
                now.remove(o.target);
                if (keep != null) {
                    objects.put(o.target, keep);
                }
            }
            objects.putAll(now);
        }
    }

    /** Whether an object of this patch is to be tried again ({@link PatchObject#toTryAgain}). */
    boolean hasToTryAgain() {
        synchronized (objectsLock) {
            for (PatchObject o : objects.values()) {
                if (o.toTryAgain()) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Forgets the objects and their code: an unloaded patch's classes become unreachable. */
    void forgetObjects() {
        synchronized (objectsLock) {
            objects.clear();
        }
        synchronized (codeLock) {
            code.clear();
        }
    }

    /**
     * The patch's code for the class loader of {@code targetLookup}'s class, defined at the first
     * call ({@link PatchCode}); shared by the patch's target classes of that loader, so that
     * static state in the patch's classes is per class loader, as a kernel module's is per
     * module.
     */
    Lookup codeFor(Lookup targetLookup) throws PatchException {
        ClassLoader loader = targetLookup.lookupClass().getClassLoader();
        Object key = loader == null ? BOOTSTRAP_LOADER : loader;
        synchronized (codeLock) {
            Lookup l = code.get(key);
            if (l == null) {
                l = PatchCode.define(targetLookup, definition);
                code.put(key, l);
            } else {
                PatchCode.open(targetLookup, l.lookupClass().getClassLoader());
            }
            return l;
        }
    }

    @Override
    public String toString() {
        return id();
    }
}
