package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

import java.lang.instrument.Instrumentation;

/** The agent itself is never instrumented: it would patch the code that patches. */
@LivePatch(id = "refused-agent", description = "must be refused")
public final class RefusedAgentClassPatch {

    private RefusedAgentClassPatch() {
    }

    @Redirect(type = "io.jlivepatch.agent.Agent", method = "agentmain",
            descriptor = "(Ljava/lang/String;Ljava/lang/instrument/Instrumentation;)V")
    public static void agentmain(String args, Instrumentation instrumentation) {
    }
}
