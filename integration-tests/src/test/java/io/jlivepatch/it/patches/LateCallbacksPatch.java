package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.PostPatch;
import io.jlivepatch.api.PostUnpatch;
import io.jlivepatch.api.PrePatch;
import io.jlivepatch.api.PreUnpatch;
import io.jlivepatch.api.Redirect;
import io.jlivepatch.it.fixture.CallbackTarget;
import io.jlivepatch.it.fixture.PairTarget;

/**
 * The pair's {@code outer} (to hold transitions) and {@code LateCallbackTarget.value} (a class
 * that loads late), with every callback recording itself and its object, which a callback that
 * takes a {@code Class} gets (as the kernel's get their {@code klp_object}).
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

    private static void record(String kind, Class<?> object) {
        CallbackTarget.record(kind + ":" + object.getSimpleName());
    }

    @PrePatch
    public static void prePatch(Class<?> object) {
        record("pre-patch", object);
    }

    @PostPatch
    public static void postPatch(Class<?> object) {
        record("post-patch", object);
    }

    @PreUnpatch
    public static void preUnpatch(Class<?> object) {
        record("pre-unpatch", object);
    }

    @PostUnpatch
    public static void postUnpatch(Class<?> object) {
        record("post-unpatch", object);
    }
}
