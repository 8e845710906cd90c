package io.jlivepatch.agent;

import io.jlivepatch.control.ControlSocket;
import java.lang.instrument.Instrumentation;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.security.CodeSource;

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
            String unreadable = unreadableJar(Agent.class);
            if (unreadable != null) {
                // Before anything reads a resource: SLF4J's provider, the patch access template
                // and the internal module's classes are each read through such a URL.
                System.err.println("jlivepatch: error: the agent did not start: " + unreadable);
                return;
            }
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

    /**
     * Why the resources of the jar {@code own} came from cannot be read, or {@code null}: its
     * class loader names each of them {@code jar:<location>!/<entry>}, and the JDK opens such a
     * URL at its first {@code !/}, which a location with a directory whose name ends in {@code !}
     * holds already (the JDK's class path has the same limit for any jar's resources, JDK-4523159).
     * The CLI refuses to attach such a jar; the agent refuses to start from one, before a class of
     * its own fails on the first resource it reads.
     */
    public static String unreadableJar(Class<?> own) {
        CodeSource source = own.getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        if (location == null || !location.toString().contains("!/")) {
            return null;
        }
        String jar;
        try {
            jar = Path.of(location.toURI()).toString();
        } catch (URISyntaxException | RuntimeException e) {
            jar = location.toString();
        }
        return "its jar " + jar + " lies under a directory whose name ends in '!', which the JDK's"
                + " jar: URLs cannot name, so none of its resources could be read; move it elsewhere";
    }
}
