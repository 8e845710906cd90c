package io.jlivepatch.core;

import io.jlivepatch.patch.PatchDefinition;
import io.jlivepatch.patch.RedirectDefinition;
import java.lang.invoke.MethodHandles.Lookup;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.List;
import java.util.Map;

/** A loaded patch: the kernel's {@code klp_patch}. Guarded by the patch lock. */
final class Patch {

    /** One redirect of the patch and the method it resolved to: the kernel's {@code klp_func}. */
    static final class Func {
        final RedirectDefinition redirect;
        final PatchedMethod method;
        /** Why the replacement could not be bound when its class loaded late, or null. */
        String failure;

        Func(RedirectDefinition redirect, PatchedMethod method) {
            this.redirect = redirect;
            this.method = method;
        }
    }

    final PatchDefinition definition;
    final List<Func> funcs = new ArrayList<>();
    /**
     * The hidden copy of the patch class, per target class: the kernel's {@code klp_object}s,
     * in the order they were defined.
     */
    final Map<Class<?>, Lookup> code = new LinkedHashMap<>();

    /**
     * The target classes whose {@code @PrePatch} ran successfully, so whose {@code @PostUnpatch}
     * runs when they are unpatched: the kernel's {@code post_unpatch_enabled}.
     */
    final Set<Class<?>> postUnpatchEnabled = new HashSet<>();
    boolean enabled;
    /** A transition of this patch was forced: a thread may still run code it left, so it is never unloaded. */
    boolean forced;

    Patch(PatchDefinition definition) {
        this.definition = definition;
    }

    String id() {
        return definition.id();
    }

    @Override
    public String toString() {
        return id();
    }
}
