package io.jlivepatch.core;

import io.jlivepatch.log.Log;
import io.jlivepatch.patch.MethodInfo;
import io.jlivepatch.patch.PatchException;
import io.jlivepatch.patch.Replacements;
import io.jlivepatch.patch.Targets;
import io.jlivepatch.trampoline.TrampolineInstaller;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles.Lookup;
import java.lang.invoke.MethodType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;

/**
 * One target class of a patch: the kernel's {@code klp_object}. It holds the patch's code for
 * that class (defined by a class loader of the patch's under the target's, and shared with the
 * patch's other targets of that loader: see {@link io.jlivepatch.patch.PatchCode}), the
 * replacement handles bound to it, and its callbacks' state.
 *
 * <h2>Callbacks</h2>
 * The kernel's rules (Documentation/livepatch/callbacks.rst): a pre-patch callback may refuse;
 * the others cannot, and their exceptions are logged; post-unpatch runs only where pre-patch
 * succeeded ({@code post_unpatch_enabled}, here {@link #prepared}). The transition driver runs
 * them for every object it knows when the patch changes {@link Patch.Phase}; the linker runs them
 * for a class that loads later, with {@link #reconcile}, which joins the object to the phase the
 * patch is in (the kernel's {@code klp_module_coming}).
 *
 * <h2>Lock</h2>
 * Each object's callbacks run under its own monitor, never under the patch's
 * {@code objectsLock}: the driver's (which holds the patch lock too) and the linker's (which holds
 * nothing else, and never waits for the patch lock) are serialised per object, and the one that
 * comes second sees what the first did. Ordering with the phase: the driver writes the phase and
 * takes its list of objects under {@code objectsLock}; the linker adds an object under it and then
 * reads the phase (volatile) under this monitor; so either the driver's list has the object, or
 * the linker reads the new phase.
 */
final class PatchObject {

    private static final Logger LOG = Log.get(PatchObject.class);

    final Patch patch;
    final Class<?> target;

    /** A lookup on the patch class in the target's package, once defined. */
    private volatile Lookup code;
    /** The replacement of each method of the target class, bound to {@link #code}. */
    private final Map<PatchedMethod, MethodHandle> handles = new ConcurrentHashMap<>();
    /** Why a method's replacement could not be bound here; its entry runs the code below. */
    private final Map<PatchedMethod, String> failures = new ConcurrentHashMap<>();

    /**
     * Why none of the patch may run in this class, or {@code null}: one of its methods here has
     * no trampoline, or no replacement that fits. Its other entries would otherwise run the patch
     * around the code below it, two versions in one call.
     */
    private volatile String broken;
    /** Whether {@link #leaveOut} broke it. */
    volatile boolean leftOut;
    /** The forced fingerprint mismatch here was logged ({@link #warnForcedOnce}); a repeat is harmless. */
    private volatile boolean forcedWarned;

    /** Pre-patch succeeded (or there is none): post-unpatch is owed. Under this monitor; volatile for the binder. */
    private volatile boolean prepared;
    /** The enable cycle in which pre-patch refused this object, or -1. */
    private volatile int refusedCycle = -1;
    /** Why it refused, for the listing. */
    private volatile String refusal;
    /** The phase serial of the last post-patch run here. */
    private int postPatchedSerial = -1;

    PatchObject(Patch patch, Class<?> target) {
        this.patch = patch;
        this.target = target;
    }

    /**
     * Gets the patch's code in the target's package ({@link Patch#codeFor}) with
     * {@code targetLookup}, a full-privilege lookup on the target, unless it has it.
     */
    synchronized Lookup defineCode(Lookup targetLookup) throws PatchException {
        if (code == null) {
            code = patch.codeFor(targetLookup);
        }
        return code;
    }

    /**
     * The replacement of {@code method} in this class, or {@code null} when it cannot be bound
     * here (why is kept for the listing), or when the copy is not defined.
     */
    MethodHandle handle(PatchedMethod method) {
        MethodHandle h = handles.get(method);
        if (h != null) {
            return h;
        }
        Lookup c = code;
        Patch.Func f = patch.funcFor(method);
        if (c == null || f == null) {
            return null;
        }
        try {
            // The class this copy belongs to may not be the one the patch was resolved against
            // (it loaded later, or was defined again by another class loader): resolve again.
            MethodInfo info = Targets.resolve(target.getName(), MethodInfo.of(target), f.redirect);
            if (!info.descriptor().equals(method.info.descriptor())) {
                throw new PatchException("cannot patch " + method + ": the loaded class resolves the redirect to "
                        + info.name() + info.descriptor());
            }
            h = Replacements.handle(c, target, info, f.redirect, patch.id());
            handles.putIfAbsent(method, h);
            return handles.get(method);
        } catch (PatchException | RuntimeException | LinkageError e) {
            if (failures.putIfAbsent(method, e.getMessage() == null ? e.toString() : e.getMessage()) == null) {
                LOG.warn("'{}': {}; the method keeps the code below the patch in {}", patch.id(), e.getMessage(),
                        loaderName());
            }
            return null;
        }
    }

    /** Records that {@code method} cannot be patched in this class, and why. */
    void fail(PatchedMethod method, String why) {
        if (failures.putIfAbsent(method, why) == null) {
            LOG.warn("'{}': cannot patch {} in {}: {}; it keeps the code below the patch", patch.id(), method,
                    loaderName(), why);
        }
    }

    /**
     * None of the patch runs in this class, for {@code why}: its callbacks are not run, and every
     * entry of the patch here runs the code below it. Before the object's entries are bound.
     */
    /** Says, once for this class, that the patch runs over code it was not built for, as its load was told. */
    void warnForcedOnce(String mismatch) {
        if (!forcedWarned) {
            forcedWarned = true;
            LOG.warn("'{}': {}; it runs in {} in {} all the same, as its load was forced (--force-fingerprint)",
                    patch.id(), mismatch, target.getName(), loaderName());
        }
    }

    /**
     * {@link #breakWhole} by an enable that could not put the trampolines back into this class
     * (PatchLoader.armLocked): the next enable that arms the patch's methods drops the object and
     * checks the class again ({@link Patch#dropToTryAgain}).
     */
    void leaveOut(String why) {
        leftOut = true;
        breakWhole(why);
    }

    /**
     * Whether the next enable is to make and check this object anew ({@link Patch#dropToTryAgain}):
     * an enable left it out, or it broke (its class was defined without a trampoline and may
     * have been running it, say). That enable's transition checks every thread's stack, as any
     * enable's does, so a class that may run old code then holds it rather than being switched
     * in the middle of a call (found by review: a broken object stayed broken for good).
     */
    boolean toTryAgain() {
        return leftOut || broken != null;
    }

    void breakWhole(String why) {
        if (broken == null) {
            broken = why;
            LOG.warn("'{}': {}; none of the patch runs in {} in {}", patch.id(), why, target.getName(), loaderName());
        }
    }

    /** Why {@code method} runs the code below the patch in this class, or {@code null}. */
    String failure(PatchedMethod method) {
        String f = failures.get(method);
        if (f != null) {
            return f;
        }
        if (broken != null) {
            return broken;
        }
        return refusedCycle == patch.cycle() ? refusal : null;
    }

    /** Whether the patch's entries may run in this class: its pre-patch succeeded in this enable. */
    boolean runnable() {
        return prepared && broken == null;
    }

    private String loaderName() {
        return "class loader " + TrampolineInstaller.loaderName(target.getClassLoader());
    }

    // ---------------------------------------------------------------- callbacks

    /**
     * The pre-patch callback, unless it ran already: the object is then {@link #prepared}.
     *
     * @throws PatchException when it refuses (threw, or answered {@code false})
     */
    synchronized void prePatch() throws PatchException {
        if (prepared || code == null || broken != null) {
            // No code yet: a class the linker is binding right now. It joins the patch's phase
            // itself once its code is defined (reconcile, under this monitor), so this is no
            // refusal; its entries run the code below the patch until then.
            return;
        }
        String callback = patch.definition.callbacks().prePatch();
        if (callback != null) {
            Object answer;
            try {
                answer = invoke(callback);
            } catch (Throwable t) {
                String said = saying(t);
                refuse("pre-patch callback " + callback + " failed for " + target.getName() + ": "
                        + (said != null ? said : sayingNothing(t)));
                throw new PatchException("patch '" + patch.id() + "': " + refusal, said != null ? t : null);
            }
            if (Boolean.FALSE.equals(answer)) {
                refuse("pre-patch callback " + callback + " refused " + target.getName());
                throw new PatchException("patch '" + patch.id() + "': " + refusal);
            }
        }
        prepared = true;
    }

    private void refuse(String why) {
        LOG.warn("pre-patch callback failed for object '{}'", target.getName());
        refusal = why;
        refusedCycle = patch.cycle();
    }

    /** The post-patch callback, once per completed patching transition ({@code serial}), where pre-patch ran. */
    synchronized void postPatch(int serial) {
        if (prepared && postPatchedSerial != serial) {
            postPatchedSerial = serial;
            quietly(patch.definition.callbacks().postPatch(), "post-patch");
        }
    }

    synchronized void preUnpatch() {
        if (prepared) {
            quietly(patch.definition.callbacks().preUnpatch(), "pre-unpatch");
        }
    }

    /** The post-unpatch callback, where pre-patch ran; at most once per patching. */
    synchronized void postUnpatch() {
        if (prepared) {
            prepared = false;
            postPatchedSerial = -1;
            quietly(patch.definition.callbacks().postUnpatch(), "post-unpatch");
        }
    }

    /**
     * Joins a class that loaded after its patch to the phase the patch is in, as the kernel's
     * {@code klp_module_coming} does: on a patch that is enabled or in either transition the object
     * gets its pre-patch callback; on an enabled one, its post-patch callback too. The post-patch
     * of a patching transition, and the post-unpatch of an unpatching one, come with its
     * completion. Called by the linker, holding nothing but this monitor; a refusal is logged,
     * and the object's entries run the code below the patch.
     */
    synchronized void reconcile() {
        Patch.Phase phase = patch.phase();
        if (phase == Patch.Phase.OFF || broken != null) {
            return;
        }
        if (!prepared && refusedCycle != patch.cycle()) {
            try {
                prePatch();
            } catch (PatchException e) {
                LOG.warn("'{}': {}; {} is not patched", patch.id(), e.getMessage(), target.getName());
                return;
            }
        }
        if (phase == Patch.Phase.ON) {
            postPatch(patch.phaseSerial());
        }
    }

    private void quietly(String callback, String kind) {
        if (callback == null) {
            return;
        }
        try {
            invoke(callback);
        } catch (Throwable t) {
            String said = saying(t);
            LOG.warn("'{}': {} callback {} failed for object '{}': {}", patch.id(), kind, callback, target.getName(),
                    said != null ? said : sayingNothing(t));
        }
    }

    /**
     * What a callback threw, {@code t.toString()}, or {@code null} when that throws: the patch's
     * throwable may override {@code getMessage} or {@code toString} with code that throws, which
     * escaped the completion and left it half done, the load unanswered and the agent refusing
     * everything for good (found by review). Such a throwable is named by its class alone
     * ({@link #sayingNothing}), and not kept as a cause, which a printed stack would ask again.
     */
    private static String saying(Throwable t) {
        try {
            return t.toString();
        } catch (Throwable u) {
            return null;
        }
    }

    private static String sayingNothing(Throwable t) {
        return t.getClass().getName() + " (its message threw)";
    }

    private Object invoke(String nameAndDescriptor) throws Throwable {
        Lookup c = code;
        if (c == null) {
            throw new IllegalStateException("the patch's code is not defined for " + target.getName());
        }
        int paren = nameAndDescriptor.indexOf('(');
        MethodType type = MethodType.fromMethodDescriptorString(nameAndDescriptor.substring(paren),
                c.lookupClass().getClassLoader());
        MethodHandle mh = c.findStatic(c.lookupClass(), nameAndDescriptor.substring(0, paren), type);
        // A callback that takes a Class gets this object's, as the kernel's get its klp_object.
        boolean[] inCallback = IN_CALLBACK.get();
        boolean outer = !inCallback[0];
        inCallback[0] = true;
        try {
            return type.parameterCount() == 1 ? mh.invoke(target) : mh.invoke();
        } finally {
            if (outer) {
                inCallback[0] = false;
            }
        }
    }

    /**
     * Whether this thread runs a patch's callback: there an operation on patches is refused
     * (PatchManager), since its transition would wait for what the callback holds, the patch
     * lock or, for a class that loads late, the application thread the callback runs on and
     * that transition must switch (found by review: both froze for good).
     */
    static boolean inCallback() {
        return IN_CALLBACK.get()[0];
    }

    private static final ThreadLocal<boolean[]> IN_CALLBACK = ThreadLocal.withInitial(() -> new boolean[1]);

    @Override
    public String toString() {
        return patch.id() + "@" + target.getName();
    }
}
