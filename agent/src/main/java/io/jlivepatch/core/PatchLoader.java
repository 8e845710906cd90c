package io.jlivepatch.core;

import io.jlivepatch.bootstrap.PatchLock;
import io.jlivepatch.log.Log;
import io.jlivepatch.patch.MethodInfo;
import io.jlivepatch.patch.PatchCode;
import io.jlivepatch.patch.PatchDefinition;
import io.jlivepatch.patch.PatchException;
import io.jlivepatch.patch.PatchJar;
import io.jlivepatch.patch.RedirectDefinition;
import io.jlivepatch.patch.Replacements;
import io.jlivepatch.patch.SignedJars;
import io.jlivepatch.patch.Targets;
import io.jlivepatch.trampoline.TrampolineInstaller;
import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.lang.invoke.MethodHandles.Lookup;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.slf4j.Logger;

/**
 * Loading: a jar's patches read from their bytes, every target resolved, the replacements
 * defined for the classes that are loaded, trampolines put into them; the kernel's
 * {@code klp_init_patch}. All or nothing: whatever fails, the registry, the stacks and the call
 * sites are as before, and the classes retransformed for targets this load added are
 * retransformed back.
 */
final class PatchLoader {

    private static final Logger LOG = Log.get(PatchLoader.class);

    /** How long a load waits for the class transforms begun before its registration. */
    private static final long TRANSFORM_WAIT_MILLIS = 2_000;

    /**
     * When a load looks again for copies of its target classes defined while it ran (after it):
     * see {@link #sweep}. {@code -Djlivepatch.sweepDelaysMillis=200,1000,2000} (ascending, in
     * milliseconds) sets other delays, so that a test can reach past the last sweep without
     * waiting 20 s; a value that is not such a list keeps these, with a warning.
     */
    private static final long[] SWEEP_DELAYS_MILLIS = sweepDelays(System.getProperty("jlivepatch.sweepDelaysMillis"));

    static long[] sweepDelays(String setting) {
        long[] standard = {200, 2_000, 20_000};
        if (setting == null) {
            return standard;
        }
        try {
            String[] parts = setting.split(",", -1);
            long[] delays = new long[parts.length];
            for (int i = 0; i < parts.length; i++) {
                delays[i] = Long.parseLong(parts[i].trim());
                if (delays[i] <= 0 || i > 0 && delays[i] <= delays[i - 1]) {
                    throw new NumberFormatException("not ascending and positive");
                }
            }
            return delays;
        } catch (NumberFormatException e) {
            LOG.warn("jlivepatch.sweepDelaysMillis={} is not a list of ascending positive milliseconds;"
                    + " the sweeps run after 200, 2000 and 20000 ms", setting);
            return standard;
        }
    }

    private final TransitionDriver.DaemonExecutor sweeper = new TransitionDriver.DaemonExecutor("jlivepatch-sweep");
    private final Instrumentation inst;
    private final TrampolineInstaller installer;
    private final MethodTable methods;
    private final PatchLock lock;

    PatchLoader(Instrumentation inst, TrampolineInstaller installer, MethodTable methods, PatchLock lock) {
        this.inst = inst;
        this.installer = installer;
        this.methods = methods;
        this.lock = lock;
    }

    /** The signatures a jar must carry ({@code require-signed}), or {@code null}; set before any load. */
    private volatile SignedJars signatures;

    void requireSigned(SignedJars signatures) {
        this.signatures = signatures;
    }

    /** A redirect with its target method resolved. */
    private record Resolved(PatchDefinition patch, RedirectDefinition redirect, String className, MethodInfo info) {
        String key() {
            return PatchedMethod.key(className, info.name(), info.descriptor());
        }
    }

    /**
     * Reads and verifies {@code jar}, in a slot of {@link io.jlivepatch.patch.JarReads}: without the
     * patch lock, so that a read that blocks (a hung file system) holds up its caller and its slot,
     * never the operations that need the lock.
     *
     * @throws PatchException naming the jar and what is wrong with it
     */
    PatchJar.Contents read(Path jar) throws PatchException {
        return PatchJar.readJar(jar, signatures);
    }

    /**
     * Loads the patches of {@code contents}, read from {@code jar}, disabled. Under the patch lock.
     *
     * @param loadedIds the ids of the patches loaded now
     * @param forceFingerprint apply the patches where a target's bytecode differs from the build
     *     they were made against ({@link Guard}), with a warning, rather than refuse them
     * @throws PatchException naming what is wrong; then nothing changed
     */
    List<Patch> loadLocked(Path jar, PatchJar.Contents contents, Set<String> loadedIds, boolean forceFingerprint)
            throws PatchException {
        assert lock.isHeldByCurrentThread();
        sweepLocked();
        List<PatchDefinition> definitions = contents.patches();
        Plan plan = plan(definitions, contents.classPathCopies(), loadedIds);
        List<Resolved> resolved = plan.resolved();
        List<Patch> patches = new ArrayList<>();
        Map<PatchDefinition, Patch> byDefinition = new HashMap<>();
        for (PatchDefinition d : definitions) {
            Patch p = new Patch(d, jar, forceFingerprint);
            patches.add(p);
            byDefinition.put(d, p);
        }
        List<PatchedMethod> created = new ArrayList<>();
        Set<PatchedMethod> rearmed = new LinkedHashSet<>();
        Set<Class<?>> retransformed = new LinkedHashSet<>();
        try {
            for (Resolved r : resolved) {
                PatchedMethod pm = methods.get(r.key());
                if (pm == null) {
                    pm = new PatchedMethod(r.className(), r.info());
                    methods.register(pm);
                    created.add(pm);
                } else if (!pm.armed) {
                    claimLoadedCopies(pm, plan.loaded());
                    pm.armed = true;
                    rearmed.add(pm);
                }
                Patch p = byDefinition.get(r.patch());
                p.funcs.add(new Patch.Func(r.redirect(), pm));
            }
            // After the registration: a class defined from now on gets its trampolines as it
            // loads. One whose transform read the targets before is defined soon after that
            // transform leaves: wait for those, so that the loaded classes found below are all
            // there is to instrument. One still missed (another agent's transformer held its
            // definition past the scan) is retransformed by a sweep later (sweep); a patch it
            // lacks a trampoline of when first called runs nowhere in it (MethodTable.checkWhole).
            awaitEarlierTransforms();
            bindLoadedClassesLocked(patches, retransformed, rearmed);
            for (Patch p : patches) {
                for (Patch.Func f : p.funcs) {
                    f.method.addRedirector(p);
                }
            }
        } catch (PatchException | RuntimeException e) {
            unwindLocked(patches, created, rearmed, retransformed);
            throw e;
        }
        scheduleSweeps();
        return patches;
    }

    /** Makes the sweeper if it is not made yet (PatchManager, before a load or an enable changes anything). */
    void prepareSweeper() {
        sweeper.get();
    }

    private void scheduleSweeps() {
        for (long delay : SWEEP_DELAYS_MILLIS) {
            sweeper.get().schedule(this::sweep, delay, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Puts the trampolines of {@code p}'s methods back into their classes where they were taken
     * out ({@link #disarmIdleLocked}): before its enable publishes anything, so that every loaded
     * class of its targets runs the prologue the transition switches. As a load does: the loaded
     * classes are bound to their slots (a copy defined while the method was disarmed gets one
     * now), retransformed, their bytecode checked against the patch's fingerprints and its code
     * defined there. A copy that fails (its loader cannot see the agent, its bytecode differs, it
     * cannot be retransformed) runs none of the patch, as a class that loads late and fails
     * does; the enable goes on. A copy whose definition read the method disarmed and ends after
     * this looked (another agent's transformer can hold it that long) is found by the sweeps,
     * which keep the patch out of it: the window a load has, opened again by each such enable.
     * Of the methods that kept theirs, only the copies to try again are checked again: those an
     * earlier enable left out, those where the patch broke, and those where an armed method of
     * the patch has no trampoline. Under the patch lock.
     *
     * @throws PatchException if the arming itself failed; then the methods are disarmed again and
     *     the copies to try again stay so
     */
    void armLocked(Patch p) throws PatchException {
        assert lock.isHeldByCurrentThread();
        assert !p.enabled : "arming an enabled patch";
        Set<PatchedMethod> rearmed = new LinkedHashSet<>();
        Set<String> names = new HashSet<>();
        for (Patch.Func f : p.funcs) {
            if (!f.method.armed) {
                rearmed.add(f.method);
                names.add(f.method.className);
            }
        }
        // The copies an earlier enable left out, or where the patch broke, are checked again,
        // from scratch (their objects are those of a disabled patch), whether or not the method
        // kept its trampolines in between: it does beneath another patch, after a forced disable
        // and through a linger (issue 14's read-through: the patch stayed out of such a copy for
        // good).
        Set<Class<?>> withoutTrampoline = armedCopiesWithoutTrampoline(p);
        if (rearmed.isEmpty() && !p.hasToTryAgain() && withoutTrampoline.isEmpty()) {
            return;
        }
        Patch.Dropped dropped = p.dropToTryAgain();
        // With nothing to arm, only those copies are looked at again: the others are as
        // the last enable left them, and a copy that never takes the patch (its loader cannot
        // see the agent, say) would otherwise have every copy bound and checked at each enable.
        Set<Class<?>> only = null;
        if (rearmed.isEmpty()) {
            only = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            only.addAll(dropped.classes());
            only.addAll(withoutTrampoline);
        }
        // Claimed before the methods read armed (second review F1): a copy that links another
        // method of its class meanwhile must not take the missing instance for a copy defined
        // without its trampoline, which would keep the patch out of it for good. A copy defined
        // between this look and the flag has no instance, and is kept out (the load's window).
        Map<String, List<Class<?>>> loadedNow = loadedClasses(names);
        for (PatchedMethod pm : rearmed) {
            claimLoadedCopies(pm, loadedNow);
            pm.armed = true;
        }
        long start = System.nanoTime();
        Set<Class<?>> retransformed = new LinkedHashSet<>();
        try {
            awaitEarlierTransforms();
            bindLoadedClassesLocked(List.of(p), retransformed, rearmed, new HashMap<>(), only);
        } catch (PatchException | RuntimeException | Error e) {
            for (PatchedMethod pm : rearmed) {
                pm.armed = false;
            }
            retransformBack(retransformed);
            p.restoreDropped(dropped);
            throw e;
        }
        if (rearmed.isEmpty()) {
            // Nothing was disarmed: a copy defined since has its trampolines from its definition.
            LOG.debug("'{}': copies an earlier enable left out checked again in {} µs ({} class(es) retransformed)",
                    p.id(), TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - start), retransformed.size());
            return;
        }
        scheduleSweeps();
        LOG.debug("'{}': trampolines of {} method(s) put back into {} class(es) in {} µs", p.id(), rearmed.size(),
                retransformed.size(), TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - start));
    }

    /**
     * The bound classes where a method of {@code p} that is armed has no trampoline: its
     * retransformation was refused there (by another agent, say) during another patch's enable,
     * which left that patch out of the class but not this one (found by review: this patch's
     * next enable found the method armed and nothing of its own to try again, and ran half of
     * itself in the copy, listed patched).
     */
    private static Set<Class<?>> armedCopiesWithoutTrampoline(Patch p) {
        Set<Class<?>> found = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Patch.Func f : p.funcs) {
            if (!f.method.armed) {
                continue;
            }
            for (PatchedMethod.Instance i : f.method.instances()) {
                Class<?> c = i.emitted ? null : i.slot.boundClass();
                if (c != null) {
                    found.add(c);
                }
            }
        }
        return found;
    }

    /**
     * Takes the trampoline out of every method in which no patch can run any more: its stack is
     * empty (no patch enabled on it, no transition in flight: the caller holds the lock between
     * transitions) and no patch that redirects it is enabled or being loaded. Its loaded classes
     * are retransformed back to the method's original code, which costs nothing at a call site
     * the JIT would not inline the idle prologue into (issue 14). Threads inside the method run
     * on in the version they entered, whose idle prologue does what the original does; so this
     * needs no grace period of its own, and it follows only a completion whose grace period passed
     * (TransitionDriver), an unload, or a failed enable. A class that cannot be retransformed
     * keeps its idle trampoline. Under the patch lock; never throws.
     */
    void disarmIdleLocked() {
        assert lock.isHeldByCurrentThread();
        try {
            Set<String> names = new HashSet<>();
            for (PatchedMethod pm : methods.all()) {
                if (pm.armed && pm.shape().stack().isEmpty()
                        && pm.redirectors().stream().noneMatch(q -> q.enabled || q.loading != null)) {
                    pm.armed = false;
                    names.add(pm.className);
                }
            }
            if (names.isEmpty()) {
                return;
            }
            long start = System.nanoTime();
            // A transform that read the method armed ends first: the classes found below are then
            // all there are, or one it defines later keeps an idle trampoline.
            awaitEarlierTransforms();
            List<Class<?>> classes = new ArrayList<>();
            for (List<Class<?>> copies : loadedClasses(names).values()) {
                for (Class<?> c : copies) {
                    // The others never had a trampoline: a load refuses them.
                    if (inst.isModifiableClass(c) && installer.canLink(c.getClassLoader())) {
                        classes.add(c);
                    }
                }
            }
            retransformBack(classes);
            LOG.debug("trampolines taken out of {} class(es) in {} µs", classes.size(),
                    TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - start));
        } catch (PatchException shuttingDown) {
            // The JVM is shutting down: nothing to say on the host's log.
            LOG.debug("idle trampolines stay: {}", shuttingDown.getMessage());
        } catch (Throwable t) {
            // Never out of here: it runs before a completion answers (and after an unload).
            LOG.warn("taking idle trampolines out failed: {}; they stay, idle", t.toString());
        }
    }

    private void awaitEarlierTransforms() {
        if (!installer.awaitEarlierTransforms(TRANSFORM_WAIT_MILLIS)) {
            LOG.warn("a class transform begun before this operation took over {} ms; the sweeps after it"
                    + " retransform the class it defines", TRANSFORM_WAIT_MILLIS);
        }
    }

    /** Retransforms each of {@code classes} with the trampolines of the armed methods only; never throws. */
    private void retransformBack(Collection<Class<?>> classes) {
        for (String failure : installer.retransformEach(new ArrayList<>(classes)).values()) {
            LOG.warn("{}; it keeps an idle trampoline", failure);
        }
    }

    /** What {@link #plan} found: each redirect resolved, and the loaded classes of each target's name. */
    private record Plan(List<Resolved> resolved, Map<String, List<Class<?>>> loaded) {
    }

    /**
     * Everything a load decides before it changes anything, shared by {@link #loadLocked} and
     * {@link #check} so that a check refuses what a load refuses, with the same line (review 13c
     * F5): no id already loaded, no patch class that is the application's own, every redirect
     * resolved (never a class of the JVM's core or of jlivepatch; a class not loaded needs its class
     * file on the class path or a descriptor; one descriptor across class loaders), each method
     * redirected once per patch, and every loaded class of a target one the load can link and
     * retransform. Changes nothing, registers nothing, needs no lock.
     *
     * @throws PatchException the load's refusal
     */
    private Plan plan(List<PatchDefinition> definitions, boolean classPathCopies, Set<String> loadedIds)
            throws PatchException {
        for (PatchDefinition d : definitions) {
            if (loadedIds.contains(d.id())) {
                throw new PatchException("patch '" + d.id() + "' is already loaded");
            }
        }
        Map<String, List<Class<?>>> loaded = loadedClasses(targetNames(definitions));
        Set<ClassLoader> loaders = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        loaders.add(ClassLoader.getSystemClassLoader());
        for (List<Class<?>> copies : loaded.values()) {
            for (Class<?> c : copies) {
                if (c.getClassLoader() != null) {
                    loaders.add(c.getClassLoader());
                }
            }
        }
        for (PatchDefinition d : definitions) {
            PatchCode.refuseApplicationClasses(d, loaders, classPathCopies);
        }
        List<Resolved> resolved = new ArrayList<>();
        for (PatchDefinition d : definitions) {
            Set<String> keys = new HashSet<>();
            for (RedirectDefinition r : d.redirects()) {
                Resolved res = resolve(d, r, loaded.getOrDefault(r.targetClass(), List.of()));
                if (!keys.add(res.key())) {
                    throw new PatchException("patch '" + d.id() + "' redirects " + res.key() + " twice");
                }
                for (Class<?> c : loaded.getOrDefault(res.className(), List.of())) {
                    checkLoadedClass(res.key(), res.info(), r, c);
                }
                resolved.add(res);
            }
        }
        return new Plan(resolved, loaded);
    }

    /**
     * Retransforms the copies of target classes that lack a target's trampoline: a copy whose
     * transform read the targets before a load registered them, and which was defined after the
     * load looked for loaded classes (another agent's transformer that runs after ours can hold a
     * definition that long). Such a copy has no instance of the method (no slot bound to it or
     * claimed by its class loader). Unlike a class that loads late, it may be running already
     * (review 4: a thread in its outer, which then called the new inner): so every enabled patch
     * that redirects a method it lacks runs nowhere in it (the transformer breaks it there), and
     * the retransformation only gives it the trampolines that later patches, enabled by a
     * transition that checks its threads' stacks, will use. On the sweeper a few times after each
     * load, and before each load and enable.
     */
    private void sweep() {
        lock.lock("the sweep for classes loaded without their trampolines");
        try {
            sweepLocked();
        } finally {
            lock.unlock();
        }
    }

    /** See {@link #sweep}; under the patch lock. Never throws. */
    void sweepLocked() {
        assert lock.isHeldByCurrentThread();
        try {
            if (methods.all().stream().noneMatch(pm -> pm.armed)) {
                // No method has a trampoline to miss (armed changes only under the patch lock):
                // the list of every loaded class, 1-3 ms of an enable under load, is not taken.
                return;
            }
            // Loaded classes first: a class listed has had its transform, and so its instances,
            // before the coverage below is taken; one defined later is not listed.
            Class<?>[] loaded = allLoadedClasses(inst);
            Map<String, List<Predicate<Class<?>>>> byName = new HashMap<>();
            for (PatchedMethod pm : methods.all()) {
                if (pm.armed) {
                    // A disarmed method's classes have no instance of it, rightly.
                    byName.computeIfAbsent(pm.className, k -> new ArrayList<>()).add(pm.coverage());
                }
            }
            if (byName.isEmpty()) {
                return;
            }
            for (Class<?> c : loaded) {
                List<Predicate<Class<?>>> targets = byName.get(c.getName());
                if (targets == null || c.isHidden() || c.isArray() || targets.stream().allMatch(t -> t.test(c))
                        || !inst.isModifiableClass(c) || !installer.canLink(c.getClassLoader())) {
                    continue;
                }
                // The transformer, seeing a loaded class without an instance of a target, keeps
                // the enabled patches that redirect it out of the class (MethodTable.targetsOf).
                try {
                    installer.retransform(List.of(c));
                    LOG.info("{} in class loader {} was defined while a patch loaded or was enabled, without all its"
                            + " trampolines; retransformed it", c.getName(), TrampolineInstaller.loaderName(c.getClassLoader()));
                } catch (PatchException e) {
                    LOG.warn("{}", e.getMessage());
                }
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("looking for classes defined while a patch loaded failed: {}", e.toString());
        }
    }

    /**
     * Binds every loaded class of a target to its slot, puts trampolines into the classes that
     * lack them, checks each method's original bytecode against the fingerprint its redirect
     * records ({@link Guard}), and then defines the replacements there: the guard comes before
     * the patch's code, which, made for other code, may fail to define with a less telling error.
     */
    private void bindLoadedClassesLocked(List<Patch> patches, Set<Class<?>> retransformed,
            Set<PatchedMethod> rearmed) throws PatchException {
        bindLoadedClassesLocked(patches, retransformed, rearmed, null, null);
    }

    /**
     * {@link #bindLoadedClassesLocked(List, Set, Set)}; with {@code leftOut} not {@code null} (an
     * enable's {@link #armLocked}), a class that fails a check is not a refusal: the patches
     * run none of themselves there, as in a class that loads late and fails them, and it is put
     * into {@code leftOut} with the reason. A load refuses such a class; an enable must not,
     * since the class may have been defined, by a loader the load never saw, after the load.
     * With {@code only} not {@code null}, of the loaded classes only those.
     */
    private void bindLoadedClassesLocked(List<Patch> patches, Set<Class<?>> retransformed,
            Set<PatchedMethod> rearmed, Map<Class<?>, String> leftOut, Set<Class<?>> only) throws PatchException {
        assert lock.isHeldByCurrentThread();
        Set<String> names = new HashSet<>();
        for (Patch p : patches) {
            for (Patch.Func f : p.funcs) {
                names.add(f.method.className);
            }
        }
        Map<String, List<Class<?>>> loaded = loadedClasses(names);
        for (PatchedMethod pm : rearmed) {
            // A copy defined while the method was disarmed has no instance of it: each is claimed
            // before the objects of the method's patches are prepared below, which check every
            // method of the patch in the class and would keep a patch out of a copy without one.
            // (The caller claimed those it saw before arming; this finds the ones defined since.)
            claimLoadedCopies(pm, loaded);
        }
        List<Class<?>> toRetransform = new ArrayList<>();
        Map<Class<?>, Lookup> lookups = new HashMap<>();
        List<Bound> bound = new ArrayList<>();
        for (Patch p : patches) {
            for (Patch.Func f : p.funcs) {
                PatchedMethod pm = f.method;
                List<Class<?>> classes = loaded.getOrDefault(pm.className, List.of());
                for (Class<?> c : classes) {
                    if (isLeftOut(leftOut, c) || (only != null && !only.contains(c))) {
                        continue;
                    }
                    try {
                        checkLoadedClass(pm.toString(), pm.info, f.redirect, c);
                    } catch (PatchException e) {
                        leaveOut(leftOut, c, e.getMessage(), e);
                        continue;
                    }
                    Lookup lookup = lookups.get(c);
                    if (lookup == null) {
                        lookup = Replacements.fullPrivilegeLookup(c, inst);
                        lookups.put(c, lookup);
                    }
                    PatchedMethod.Instance i = methods.bindLoaded(pm, c, lookup);
                    bound.add(new Bound(p, f, c, i));
                    // A re-armed method's emitted is stale: its class may have been retransformed
                    // without the trampoline since, by anyone.
                    if ((!i.emitted || rearmed.contains(pm)) && !toRetransform.contains(c)) {
                        toRetransform.add(c);
                    }
                }
            }
        }
        retransformed.addAll(toRetransform);
        if (leftOut == null) {
            installer.retransform(toRetransform);
        } else {
            Map<Class<?>, String> failed = installer.retransformEach(toRetransform);
            // The JVM kept such a class as it was, and what the transformer reported of it is
            // what was known before (TrampolineInstaller.retransformEach): for a re-armed method
            // that is stale, and it has no trampoline there (second review F2: a stale flag let a
            // later load skip the class, and its patch ran nowhere in it).
            for (Bound b : bound) {
                if (failed.containsKey(b.c) && rearmed.contains(b.func.method)) {
                    b.instance.emitted = false;
                }
            }
            leftOut.putAll(failed);
        }
        for (Bound b : bound) {
            if (!b.instance.emitted && !isLeftOut(leftOut, b.c)) {
                leaveOut(leftOut, b.c, "cannot patch " + b.instance.slot.name() + " in class loader "
                        + TrampolineInstaller.loaderName(b.c.getClassLoader()) + ": "
                        + (b.instance.error != null ? b.instance.error : "no trampoline was put into it"), null);
            }
        }
        for (Bound b : bound) {
            String mismatch = isLeftOut(leftOut, b.c) ? null : Guard.mismatch(b.func, b.instance);
            if (mismatch == null) {
                continue;
            }
            if (!b.patch.forceFingerprint) {
                leaveOut(leftOut, b.c, leftOut != null ? mismatch : guardRefusal(b.patch.id(), mismatch,
                        loaded.get(b.c.getName()).size() > 1 ? b.c : null), null);
                continue;
            }
            // Once per class: the linker and later loads check the object again.
            b.patch.object(b.c).warnForcedOnce(mismatch);
        }
        for (Bound b : bound) {
            if (isLeftOut(leftOut, b.c)) {
                continue;
            }
            PatchObject o = b.patch.object(b.c);
            try {
                o.defineCode(lookups.get(b.c));
            } catch (PatchException e) {
                leaveOut(leftOut, b.c, e.getMessage(), e);
                continue;
            }
            if (o.handle(b.func.method) == null) {
                leaveOut(leftOut, b.c, o.failure(b.func.method), null);
            }
        }
        if (leftOut != null) {
            for (Map.Entry<Class<?>, String> e : leftOut.entrySet()) {
                for (Patch p : patches) {
                    p.object(e.getKey()).leaveOut(e.getValue());
                }
            }
        }
    }

    /** Claims an instance of {@code pm} in each of its class's copies in {@code loaded}. */
    private static void claimLoadedCopies(PatchedMethod pm, Map<String, List<Class<?>>> loaded) {
        for (Class<?> c : loaded.getOrDefault(pm.className, List.of())) {
            pm.instanceFor(c.getClassLoader(), c);
        }
    }

    /** A load's refusal ({@code leftOut} null), or an enable's class left out. */
    private static void leaveOut(Map<Class<?>, String> leftOut, Class<?> c, String why, PatchException cause)
            throws PatchException {
        if (leftOut == null) {
            throw cause != null ? cause : new PatchException(why);
        }
        leftOut.putIfAbsent(c, why);
    }

    private static boolean isLeftOut(Map<Class<?>, String> leftOut, Class<?> c) {
        return leftOut != null && leftOut.containsKey(c);
    }

    /**
     * The line a load refuses a patch with when the guard finds {@code mismatch}; {@code copy}
     * names the class when several class loaders defined one of that name, else {@code null}.
     */
    private static String guardRefusal(String id, String mismatch, Class<?> copy) {
        String where = copy == null ? "" : " (its class in class loader "
                + TrampolineInstaller.loaderName(copy.getClassLoader()) + ")";
        return "patch '" + id + "': " + mismatch + where + "; load --force-fingerprint applies it all the same";
    }

    /** A redirect of a load bound to the slot of one loaded class. */
    private record Bound(Patch patch, Patch.Func func, Class<?> c, PatchedMethod.Instance instance) {
    }

    /** What a loaded class must offer: the resolved method, a loader that sees the trampolines, retransformation. */
    private void checkLoadedClass(String method, MethodInfo resolved, RedirectDefinition r, Class<?> c)
            throws PatchException {
        MethodInfo info = Targets.resolve(c.getName(), MethodInfo.of(c), r);
        if (!info.descriptor().equals(resolved.descriptor())) {
            throw new PatchException("cannot patch " + method + ": its class in class loader "
                    + TrampolineInstaller.loaderName(c.getClassLoader()) + " resolves the redirect to "
                    + info.name() + info.descriptor());
        }
        if (!installer.canLink(c.getClassLoader())) {
            throw new PatchException("cannot patch " + c.getName() + "." + r.targetMethod() + ": "
                    + (c.getClassLoader() == null ? "it is loaded by the bootstrap class loader"
                    : "its class loader " + TrampolineInstaller.loaderName(c.getClassLoader()))
                    + " cannot see the agent's trampoline support; start the agent with bootstrap=boot to patch it");
        }
        if (!inst.isModifiableClass(c)) {
            throw new PatchException("cannot patch " + c.getName() + ": the JVM cannot retransform it");
        }
    }

    /**
     * Undoes a failed load: its patches leave the methods, the methods it registered are
     * forgotten, and the classes it retransformed are retransformed again, without the
     * trampolines of those methods.
     */
    private void unwindLocked(List<Patch> patches, List<PatchedMethod> created, Set<PatchedMethod> rearmed,
            Set<Class<?>> retransformed) {
        assert lock.isHeldByCurrentThread();
        for (Patch p : patches) {
            for (Patch.Func f : p.funcs) {
                f.method.removeRedirector(p);
            }
            p.forgetObjects();
        }
        for (PatchedMethod pm : created) {
            methods.unregister(pm);
        }
        for (PatchedMethod pm : rearmed) {
            pm.armed = false;
        }
        if (!created.isEmpty() || !rearmed.isEmpty()) {
            retransformBack(retransformed);
        }
    }

    /**
     * What a load of {@code jar} would do, changing nothing: no class is retransformed, nothing is
     * registered, the patch lock is not taken. One line per patch of the jar: {@code <id> } and
     * the value of {@code loadedIds} when a patch of that id is loaded (its state and the digest of
     * the jar it came from: an id says nothing of the code, the digest does), followed, when that
     * jar is another one, by {@code ; this jar: fits} or {@code ; this jar: refused: <why>}, what
     * this jar would do once that one is unloaded; {@code <id> fits}
     * when a load would pass its planning ({@link #plan}, the same step a load runs) and the guard
     * in every loaded class of its targets, {@code <id> refused: <the load's reason>} when it
     * would not. The guard reads
     * each loaded target class's file through its class loader, where a load fingerprints the
     * bytes a retransformation hands the transformer: the two differ only for a class whose file
     * changed on disk since it was loaded, or that another agent rewrote as it loaded.
     *
     * @throws PatchException when the jar cannot be read or is refused as a load refuses it (its
     *     signature under {@code require-signed}), naming the jar and why
     */
    List<String> check(Path jar, Map<String, String> loadedIds) throws PatchException {
        PatchJar.Contents contents = PatchJar.readJar(jar, signatures);
        List<String> lines = new ArrayList<>();
        for (PatchDefinition d : contents.patches()) {
            String loadedAs = loadedIds.get(d.id());
            if (loadedAs != null && loadedAs.endsWith(" sha256:" + d.jarSha256())) {
                lines.add(d.id() + " " + loadedAs);
                continue;
            }
            // Loaded from another jar (another version under the same id): what this one would do
            // once that one is taken out, so that a roll-out learns that the guard refuses it
            // before it takes out a fix that works (found by a hunt of the fleet collection).
            Set<String> others = new HashSet<>(loadedIds.keySet());
            others.remove(d.id());
            String refusal = null;
            try {
                // Each patch planned alone, so that each gets its own line; then the guard.
                Map<String, List<Class<?>>> loaded = plan(List.of(d), contents.classPathCopies(), others)
                        .loaded();
                for (RedirectDefinition r : d.redirects()) {
                    for (Class<?> c : loaded.getOrDefault(r.targetClass(), List.of())) {
                        MethodInfo info = Targets.resolve(c.getName(), MethodInfo.of(c), r);
                        String mismatch = Guard.mismatch(r, PatchedMethod.key(c.getName(), info.name(),
                                info.descriptor()), info.name() + info.descriptor(), classFileOf(c));
                        if (mismatch != null && refusal == null) {
                            refusal = guardRefusal(d.id(), mismatch, loaded.get(c.getName()).size() > 1 ? c : null);
                        }
                    }
                }
            } catch (PatchException e) {
                refusal = e.getMessage();
            }
            String verdict = refusal == null ? "fits" : "refused: " + refusal;
            lines.add(d.id() + " " + (loadedAs == null ? verdict : loadedAs + "; this jar: " + verdict));
        }
        return lines;
    }

    /** The file a loaded class was defined from, read through its class loader; {@code null} if none. */
    private static byte[] classFileOf(Class<?> c) {
        try (InputStream in = c.getResourceAsStream("/" + c.getName().replace('.', '/') + ".class")) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private Resolved resolve(PatchDefinition d, RedirectDefinition r, List<Class<?>> classes) throws PatchException {
        String className = r.targetClass();
        String never = Targets.neverPatchReason(className);
        if (never != null) {
            throw new PatchException("cannot patch " + className + "." + r.targetMethod() + r.targetDescriptor() + ": "
                    + never);
        }
        if (!classes.isEmpty()) {
            MethodInfo first = null;
            for (Class<?> c : classes) {
                MethodInfo info = Targets.resolve(className, MethodInfo.of(c), r);
                if (first == null) {
                    first = info;
                } else if (!first.descriptor().equals(info.descriptor())) {
                    throw new PatchException("cannot patch " + className + "." + r.targetMethod() + ": its classes in"
                            + " different class loaders resolve it to " + first.descriptor() + " and "
                            + info.descriptor());
                }
            }
            return new Resolved(d, r, className, first);
        }
        byte[] classFile = classFileOf(className);
        if (classFile != null) {
            return new Resolved(d, r, className, Targets.resolve(className, MethodInfo.of(classFile), r));
        }
        if (r.targetDescriptor().isEmpty()) {
            throw new PatchException("cannot patch " + className + "." + r.targetMethod() + ": the class is"
                    + " not loaded and its class file is not on the class path, so its descriptor cannot"
                    + " be derived; name it with @Redirect(descriptor = ...)");
        }
        return new Resolved(d, r, className, new MethodInfo(r.targetMethod(), r.targetDescriptor(), 0, false));
    }

    private static Set<String> targetNames(List<PatchDefinition> definitions) {
        Set<String> names = new HashSet<>();
        for (PatchDefinition d : definitions) {
            for (RedirectDefinition r : d.redirects()) {
                names.add(r.targetClass());
            }
        }
        return names;
    }

    /**
     * {@link Instrumentation#getAllLoadedClasses()}, or none while the JVM shuts down: JVMTI's
     * dead phase answers {@code null} there, with no exception (a sweep scheduled by the last
     * enable ran into it as the demo service exited, and warned on the host's log). For what only
     * looks, such as the sweep; an operation that would act on the answer refuses instead
     * ({@link #loadedClasses}).
     */
    static Class<?>[] allLoadedClasses(Instrumentation inst) {
        Class<?>[] all = inst.getAllLoadedClasses();
        return all != null ? all : new Class<?>[0];
    }

    /** What a load or an enable is refused with while the JVM shuts down. */
    static final String SHUTTING_DOWN = "the JVM is shutting down";

    /**
     * The loaded classes of each name, one per class loader that defined it.
     *
     * @throws PatchException while the JVM shuts down (no list: see {@link #allLoadedClasses}); an
     *     empty answer would let a load or an enable go on as if no target were loaded, and leave
     *     a loaded class without its trampoline under a patch listed enabled
     */
    private Map<String, List<Class<?>>> loadedClasses(Set<String> names) throws PatchException {
        return loadedClasses(inst, names);
    }

    static Map<String, List<Class<?>>> loadedClasses(Instrumentation inst, Set<String> names) throws PatchException {
        Class<?>[] all = inst.getAllLoadedClasses();
        if (all == null) {
            throw new PatchException(SHUTTING_DOWN);
        }
        Map<String, List<Class<?>>> loaded = new HashMap<>();
        for (Class<?> c : all) {
            if (names.contains(c.getName()) && !c.isHidden() && !c.isArray()) {
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
}
