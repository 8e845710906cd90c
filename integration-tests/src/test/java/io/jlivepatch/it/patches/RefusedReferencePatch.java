package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

import java.lang.ref.Reference;

/** {@code java.lang.ref} is never instrumented: reclamation depends on it. */
@LivePatch(id = "refused-ref", description = "must be refused")
public final class RefusedReferencePatch {

    private RefusedReferencePatch() {
    }

    @Redirect(type = "java.lang.ref.Reference", method = "get")
    public static Object get(Reference<?> self) {
        return null;
    }
}
