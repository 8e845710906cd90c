package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;
import io.jlivepatch.it.fixture.SynchronizedTarget;

/**
 * A synchronized method. The replacement reports whether it runs under the receiver's monitor: it
 * must, since callers rely on the modifier of the method they call, not on its body.
 */
@LivePatch(id = "kind-synchronized", description = "guard another way")
public final class SynchronizedPatch {

    private SynchronizedPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.SynchronizedTarget", method = "guarded")
    public static String guarded(SynchronizedTarget self) {
        return "patched " + (Thread.holdsLock(self) ? "locked" : "unlocked");
    }
}
