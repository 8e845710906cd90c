package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.PostPatch;
import io.jlivepatch.api.PostUnpatch;
import io.jlivepatch.api.PrePatch;
import io.jlivepatch.api.PreUnpatch;
import io.jlivepatch.api.Redirect;
import io.jlivepatch.it.fixture.CallbackTarget;
import io.jlivepatch.it.fixture.PairTarget;
import java.lang.invoke.MethodHandles;

/**
 * The pair's {@code outer} (to hold transitions) and {@code LateCallbackTarget.value} (a class
 * that loads late), with every callback recording itself and its object: each target class has
 * its own copy of this class, a nestmate of it, so the copy's nest host names the object.
 */
@LivePatch(id = "late-callbacks", description = "callbacks of a class that loads late")
public final class LateCallbacksPatch {

    private LateCallbacksPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.PairTarget", method = "outer")
    public static String outer() {
        String head = "o2:";
        PairTarget.pause();
        return head + PairTarget.inner();
    }

    @Redirect(type = "io.jlivepatch.it.fixture.LateCallbackTarget", method = "value")
    public static String value() {
        return "patched";
    }

    private static void record(String kind) {
        CallbackTarget.record(kind + ":" + MethodHandles.lookup().lookupClass().getNestHost().getSimpleName());
    }

    @PrePatch
    public static void prePatch() {
        record("pre-patch");
    }

    @PostPatch
    public static void postPatch() {
        record("post-patch");
    }

    @PreUnpatch
    public static void preUnpatch() {
        record("pre-unpatch");
    }

    @PostUnpatch
    public static void postUnpatch() {
        record("post-unpatch");
    }
}
