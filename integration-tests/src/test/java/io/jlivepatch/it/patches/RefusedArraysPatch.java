package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/**
 * {@code java.util.Arrays.copyOf(Object[], int)}, which linking a trampoline's call site runs:
 * with {@code bootstrap=boot} its trampoline once recursed while it linked (issue 10, scenario 3).
 */
@LivePatch(id = "refused-arrays", description = "must be refused")
public final class RefusedArraysPatch {

    private RefusedArraysPatch() {
    }

    @Redirect(type = "java.util.Arrays", method = "copyOf", descriptor = "([Ljava/lang/Object;I)[Ljava/lang/Object;")
    public static Object[] copyOf(Object[] original, int newLength) {
        return new Object[newLength];
    }
}
