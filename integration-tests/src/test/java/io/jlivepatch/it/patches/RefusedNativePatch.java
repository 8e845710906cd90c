package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/** A native method has no bytecode body to put a trampoline in. */
@LivePatch(id = "refused-native", description = "must be refused")
public final class RefusedNativePatch {

    private RefusedNativePatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.NativeTarget", method = "nativeValue")
    public static int nativeValue(int x) {
        return x;
    }
}
