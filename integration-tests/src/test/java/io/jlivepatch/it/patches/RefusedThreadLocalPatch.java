package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/** {@code java.lang.ThreadLocal} is never instrumented: the dispatcher may use it. */
@LivePatch(id = "refused-threadlocal", description = "must be refused")
public final class RefusedThreadLocalPatch {

    private RefusedThreadLocalPatch() {
    }

    @Redirect(type = "java.lang.ThreadLocal", method = "get")
    public static Object get(ThreadLocal<?> self) {
        return null;
    }
}
