package io.jlivepatch.core;

import io.jlivepatch.log.Log;
import io.jlivepatch.patch.PatchException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles.Lookup;
import java.lang.invoke.MethodType;
import org.slf4j.Logger;

/**
 * Runs a patch's callbacks in one of its copies (one per target class, the kernel's
 * {@code klp_object}), with the kernel's rules (Documentation/livepatch/callbacks.rst): a
 * pre-patch callback may refuse; the others cannot, and their exceptions are logged; post-unpatch
 * runs only where pre-patch succeeded. Called under the patch lock.
 */
final class CallbackRunner {

    private static final Logger LOG = Log.get(CallbackRunner.class);

    private CallbackRunner() {
    }

    /**
     * Runs {@code @PrePatch} of {@code p} for {@code target}, if it has one, and records that
     * post-unpatch is due.
     *
     * @throws PatchException when it refuses: it threw, or answered {@code false}
     */
    static void prePatch(Patch p, Class<?> target) throws PatchException {
        String callback = p.definition.callbacks().prePatch();
        if (callback != null) {
            Object answer;
            try {
                answer = invoke(p, target, callback);
            } catch (Throwable t) {
                LOG.warn("pre-patch callback failed for object '{}'", target.getName());
                throw new PatchException("patch '" + p.id() + "': pre-patch callback " + callback + " failed for "
                        + target.getName() + ": " + t, t);
            }
            if (Boolean.FALSE.equals(answer)) {
                LOG.warn("pre-patch callback failed for object '{}'", target.getName());
                throw new PatchException("patch '" + p.id() + "': pre-patch callback " + callback
                        + " refused " + target.getName());
            }
        }
        p.postUnpatchEnabled.add(target);
    }

    static void postPatch(Patch p, Class<?> target) {
        quietly(p, target, p.definition.callbacks().postPatch(), "post-patch");
    }

    static void preUnpatch(Patch p, Class<?> target) {
        quietly(p, target, p.definition.callbacks().preUnpatch(), "pre-unpatch");
    }

    /** Runs {@code @PostUnpatch} for {@code target} if its pre-patch ran; at most once per patching. */
    static void postUnpatch(Patch p, Class<?> target) {
        if (p.postUnpatchEnabled.remove(target)) {
            quietly(p, target, p.definition.callbacks().postUnpatch(), "post-unpatch");
        }
    }

    private static void quietly(Patch p, Class<?> target, String callback, String kind) {
        if (callback == null) {
            return;
        }
        try {
            invoke(p, target, callback);
        } catch (Throwable t) {
            LOG.warn("'{}': {} callback {} failed for object '{}': {}", p.id(), kind, callback, target.getName(),
                    t.toString());
        }
    }

    private static Object invoke(Patch p, Class<?> target, String nameAndDescriptor) throws Throwable {
        Lookup code = p.code.get(target);
        int paren = nameAndDescriptor.indexOf('(');
        MethodType type = MethodType.fromMethodDescriptorString(nameAndDescriptor.substring(paren),
                code.lookupClass().getClassLoader());
        MethodHandle mh = code.findStatic(code.lookupClass(), nameAndDescriptor.substring(0, paren), type);
        return mh.invoke();
    }
}
