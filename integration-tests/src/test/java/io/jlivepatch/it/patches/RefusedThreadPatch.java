package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/** {@code java.lang.Thread} is never instrumented: the consistency model walks threads. */
@LivePatch(id = "refused-thread", description = "must be refused")
public final class RefusedThreadPatch {

    private RefusedThreadPatch() {
    }

    @Redirect(type = "java.lang.Thread", method = "getName")
    public static String getName(Thread self) {
        return "patched";
    }
}
