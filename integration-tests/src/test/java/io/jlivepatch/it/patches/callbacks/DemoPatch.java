package io.jlivepatch.it.patches.callbacks;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.PostPatch;
import io.jlivepatch.api.PostUnpatch;
import io.jlivepatch.api.PrePatch;
import io.jlivepatch.api.PreUnpatch;
import io.jlivepatch.api.Redirect;
import io.jlivepatch.it.fixture.callbacks.CallbackParams;
import java.util.concurrent.CountDownLatch;

/**
 * The kernel's {@code test_klp_callbacks_demo.c}: one method of each object ({@code vmlinux}, the
 * module, the busy module's work function), and callbacks that print their name and object; the
 * pre-patch callback answers the module parameter {@code pre_patch_ret} (0: success).
 */
@LivePatch(id = DemoPatch.MODULE, description = "the kernel's test_klp_callbacks_demo")
public final class DemoPatch {

    static final String MODULE = "test-klp-callbacks-demo";

    private DemoPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.callbacks.CallbackVm", method = "value")
    public static String vm() {
        return "patched";
    }

    @Redirect(type = "io.jlivepatch.it.fixture.callbacks.CallbackMod", method = "value")
    public static String mod() {
        return "patched";
    }

    @Redirect(type = "io.jlivepatch.it.fixture.callbacks.CallbackBusy", method = "workFunc")
    public static void workFunc(int sleepSecs, CountDownLatch in) {
        System.err.println(MODULE + ": patched_work_func");
        in.countDown();
    }

    private static void callback(String name, Class<?> object) {
        System.err.println(MODULE + ": " + name + ": " + object.getSimpleName());
    }

    @PrePatch
    public static boolean prePatch(Class<?> object) {
        callback("pre_patch_callback", object);
        return CallbackParams.prePatchRet == 0;
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
