package io.jlivepatch.core;

import io.jlivepatch.bootstrap.MethodSlot;
import io.jlivepatch.patch.MethodInfo;
import java.lang.invoke.MethodHandle;
import java.util.HashMap;
import java.util.Map;

/**
 * One target method: its slot, the class it is bound to and the replacement handle of each
 * loaded patch that redirects it. Guarded by the patch lock but for {@link #emitted}.
 */
final class PatchedMethod {

    final String className;
    final MethodInfo info;
    final MethodSlot slot;

    /** The class whose replacements are resolved; {@code null} while the target is pending. */
    Class<?> boundClass;

    /** Resolved replacement per patch. */
    final Map<Patch, MethodHandle> handles = new HashMap<>();

    /** Set by the transformer thread when a trampoline was put into a class of this name. */
    volatile boolean emitted;

    PatchedMethod(String className, MethodInfo info, MethodSlot slot) {
        this.className = className;
        this.info = info;
        this.slot = slot;
    }

    String key() {
        return key(className, info.name(), info.descriptor());
    }

    static String key(String className, String name, String descriptor) {
        return className + "." + name + descriptor;
    }

    @Override
    public String toString() {
        return key();
    }
}
