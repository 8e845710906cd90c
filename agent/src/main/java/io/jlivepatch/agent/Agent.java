package io.jlivepatch.agent;

import io.jlivepatch.control.ControlSocket;
import java.lang.instrument.Instrumentation;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

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
                System.err.println("jlivepatch: error: the agent did not start: " + unreadable + "; move it elsewhere:"
                        + " this JVM keeps the agent's classes from it, so the agent can start only in a new JVM");
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
     * Why the agent's own resources cannot be read, or {@code null}: {@code own}'s class file,
     * read through the URL its class loader names it by, as SLF4J's provider, the patch access
     * template and the internal module's classes are read. A jar under a directory whose name
     * ends in {@code !} is named {@code jar:file:/a!/agent.jar!/entry}, which the JDK opens at
     * its first {@code !/}; the same jar on the boot class path too. Classes unpacked in such a
     * directory are {@code file:} URLs, and read (found by review: the first version refused
     * them by their location's name). The CLI refuses to attach or build from such a jar; the
     * agent refuses to start from one, before a class of its own fails on the first resource it
     * reads.
     */
    public static String unreadableJar(Class<?> own) {
        URL self = own.getResource(own.getSimpleName() + ".class");
        if (self == null) {
            // A loader that names no resources: nothing to tell by, and no reason to refuse.
            return null;
        }
        try (InputStream in = self.openStream()) {
            return null;
        } catch (IOException | RuntimeException e) {
            String url = self.toString();
            int last = url.lastIndexOf("!/");
            if (url.startsWith("jar:") && url.indexOf("!/") != last) {
                return "its jar " + pathOf(url.substring("jar:".length(), last)) + " lies under a directory whose"
                        + " name ends in '!', which the JDK's jar: URLs cannot name, so none of its resources can be read";
            }
            return "its own resources cannot be read (" + url + ": " + e + ")";
        }
    }

    private static String pathOf(String url) {
        try {
            return Path.of(new URI(url)).toString();
        } catch (URISyntaxException | RuntimeException e) {
            return url;
        }
    }
}
