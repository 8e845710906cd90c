package io.jlivepatch.agent;

import io.jlivepatch.control.ControlSocket;
import java.lang.instrument.Instrumentation;

/**
 * {@code premain} and {@code agentmain}. Initialises once, however often the agent is attached;
 * each attach may still load the patches its arguments name, and has the control socket bound
 * again if it was removed. Never throws.
 */
public final class Agent {

    private static boolean started;

    private Agent() {
    }

    public static void premain(String args, Instrumentation inst) {
        start(args, inst);
    }

    public static void agentmain(String args, Instrumentation inst) {
        start(args, inst);
    }

    private static synchronized void start(String args, Instrumentation inst) {
        try {
            if (!started && AgentArgs.wantsBootstrapPath(args)) {
                // Before any class that links against io.jlivepatch.bootstrap is loaded, so that
                // the one copy of those classes comes from the bootstrap class path.
                BootstrapJar.append(inst);
            }
            boolean again = started;
            started = true;
            AgentRuntime.start(args, inst);
            if (again) {
                // The CLI attaches again when it finds the agent's socket gone.
                ControlSocket.rebindIfGone();
            }
        } catch (Throwable t) {
            System.err.println("jlivepatch: error: the agent failed to start: " + t);
        }
    }
}
