package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.PostPatch;
import io.jlivepatch.api.Redirect;
import io.jlivepatch.it.fixture.CallbackTarget;
import java.lang.management.ManagementFactory;
import javax.management.ObjectName;

/**
 * A post-patch callback that asks the agent, through its MXBean, to disable another patch: it
 * runs under the patch lock, so the agent refuses, and the callback records the refusal.
 */
@LivePatch(id = "reentrant", description = "a callback that calls the agent")
public final class ReentrantCallbackPatch {

    private ReentrantCallbackPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.CallbackTarget", method = "value")
    public static String value() {
        return "reentrant";
    }

    @PostPatch
    public static void postPatch() {
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("io.jlivepatch:type=PatchManager"),
                    "disable", new Object[] {"callbacks"}, new String[] {String.class.getName()});
            CallbackTarget.record("reentrant:disabled");
        } catch (Exception e) {
            Throwable t = e;
            while (t.getCause() != null) {
                t = t.getCause();
            }
            CallbackTarget.record("reentrant:" + t.getMessage());
        }
    }
}
