package io.jlivepatch.it.patches.callbacks;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.PostPatch;
import io.jlivepatch.api.PostUnpatch;
import io.jlivepatch.api.PrePatch;
import io.jlivepatch.api.PreUnpatch;
import io.jlivepatch.api.Redirect;

/**
 * The kernel's {@code test_klp_callbacks_demo2.c} loaded with {@code replace=1}: a cumulative
 * patch of {@code vmlinux} alone, whose callbacks print their name and object.
 */
@LivePatch(id = Demo2ReplacePatch.MODULE, description = "the kernel's test_klp_callbacks_demo2, replace=1",
        replace = true)
public final class Demo2ReplacePatch {

    static final String MODULE = "test-klp-callbacks-demo2";

    private Demo2ReplacePatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.callbacks.CallbackVm", method = "value")
    public static String vm() {
        return "patched2";
    }

    private static void callback(String name, Class<?> object) {
        System.err.println(MODULE + ": " + name + ": " + object.getSimpleName());
    }

    @PrePatch
    public static void prePatch(Class<?> object) {
        callback("pre_patch_callback", object);
    }

    @PostPatch
    public static void postPatch(Class<?> object) {
        callback("post_patch_callback", object);
    }

    @PreUnpatch
    public static void preUnpatch(Class<?> object) {
        callback("pre_unpatch_callback", object);
    }

    @PostUnpatch
    public static void postUnpatch(Class<?> object) {
        callback("post_unpatch_callback", object);
    }
}
