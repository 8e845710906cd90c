package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

import java.lang.invoke.MethodType;

/** {@code java.lang.invoke} is never instrumented: the trampolines are made of it. */
@LivePatch(id = "refused-invoke", description = "must be refused")
public final class RefusedInvokePatch {

    private RefusedInvokePatch() {
    }

    @Redirect(type = "java.lang.invoke.MethodType", method = "toString")
    public static String toString(MethodType self) {
        return "patched";
    }
}
