package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.PostPatch;
import io.jlivepatch.api.Redirect;
import io.jlivepatch.it.fixture.CallbackTarget;
import java.lang.management.ManagementFactory;
import javax.management.ObjectName;

/**
 * A class that loads after its patch: its post-patch callback runs on the application thread
 * that first calls it, and asks the agent to disable the patch, which would wait for that very
 * thread to switch; the agent refuses, and the callback records the refusal.
 */
@LivePatch(id = "late-reentrant", description = "a late class's callback that calls the agent")
public final class LateReentrantCallbackPatch {

    private LateReentrantCallbackPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.LateCallbackTarget", method = "value")
    public static String value() {
        return "patched";
    }

    @PostPatch
    public static void postPatch(Class<?> object) {
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("io.jlivepatch:type=PatchManager"),
                    "disable", new Object[] {"late-reentrant"}, new String[] {String.class.getName()});
            CallbackTarget.record("late-reentrant:disabled");
        } catch (Exception e) {
            Throwable t = e;
            while (t.getCause() != null) {
                t = t.getCause();
            }
            CallbackTarget.record("late-reentrant:" + t.getMessage());
        }
    }
}
