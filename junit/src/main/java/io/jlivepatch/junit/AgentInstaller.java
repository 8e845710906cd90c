package io.jlivepatch.junit;

import io.jlivepatch.control.PatchManagerControl;
import io.jlivepatch.control.PatchManagerMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import javax.management.JMX;
import javax.management.MBeanServer;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import net.bytebuddy.agent.ByteBuddyAgent;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Puts the jlivepatch agent into this JVM, once, and answers its MXBean.
 *
 * <p>The agent is attached by Byte Buddy's {@link ByteBuddyAgent}: through the Attach API in this
 * JVM when {@code jdk.attach.allowAttachSelf} is set, otherwise through a helper JVM it starts.
 * A JVM started with {@code -javaagent:jlivepatch.jar} already has the agent, and is used as it is.
 * The agent's classes are touched only once it runs: before that, the agent jar may not even be
 * on the class path (found through {@code -Djlivepatch.agent}), and {@code bootstrap=boot} needs
 * its bootstrap classes loaded from the bootstrap class path, not from ours.
 */
final class AgentInstaller {

    /** The system property that names the agent jar when it is not on the test class path. */
    static final String AGENT_PROPERTY = "jlivepatch.agent";

    static final String AGENT_CLASS_FILE = "io/jlivepatch/agent/Agent.class";

    /** The arguments this class attached the agent with; {@code null} until then. */
    private static String attachedWith;

    private AgentInstaller() {
    }

    /**
     * The agent's MXBean, after attaching the agent with {@code args} if it is not running. A
     * running agent serves any {@code args} that are empty or the ones it was attached with here.
     *
     * @throws ExtensionConfigurationException naming what is wrong and the fix
     */
    static synchronized PatchManagerMXBean install(String args) {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        ObjectName name = objectName();
        if (server.isRegistered(name)) {
            // A class that asks for nothing takes the agent as it runs.
            if (!args.isEmpty() && !args.equals(attachedWith)) {
                throw new ExtensionConfigurationException("the jlivepatch agent already runs in this JVM"
                        + (attachedWith == null ? " (started with -javaagent or by another attach)"
                                : " with arguments '" + attachedWith + "'")
                        + ", and its arguments apply only when it starts, so '" + args + "' cannot be had here;"
                        + " run this test class in a JVM of its own (Surefire: reuseForks=false, or its own execution)");
            }
        } else {
            attach(agentJar(), args);
            attachedWith = args;
            if (!server.isRegistered(name)) {
                throw new ExtensionConfigurationException("the jlivepatch agent was attached but did not start;"
                        + " its error is on this JVM's standard error");
            }
        }
        return JMX.newMXBeanProxy(server, name, PatchManagerMXBean.class);
    }

    private static void attach(Path jar, String args) {
        try {
            ByteBuddyAgent.attach(jar.toFile(), Long.toString(ProcessHandle.current().pid()),
                    args.isEmpty() ? null : args);
        } catch (RuntimeException e) {
            throw new ExtensionConfigurationException(cannotAttach(e), e);
        }
    }

    /** The failure of an attach, with the fix: what the JVM needs, and what JDK 21+ warns about. */
    static String cannotAttach(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return "cannot attach the jlivepatch agent to this JVM (" + root + "): self-attach is not allowed here."
                + " Run the tests with -Djdk.attach.allowAttachSelf=true (JDK 9+ refuses an attach to the"
                + " JVM itself without it; Surefire: <argLine>-Djdk.attach.allowAttachSelf=true"
                + " -XX:+EnableDynamicAgentLoading</argLine>), and without -XX:+DisableAttachMechanism;"
                + " or start the JVM with -javaagent:<jlivepatch.jar>. On JDK 21+ add -XX:+EnableDynamicAgentLoading,"
                + " or the JDK warns on standard error that an agent was loaded dynamically";
    }

    /**
     * The agent jar: {@code -Djlivepatch.agent=PATH}, else the jar of the test class path that
     * holds the agent's classes.
     */
    static Path agentJar() {
        String property = System.getProperty(AGENT_PROPERTY);
        if (property != null && !property.isBlank()) {
            Path jar = Path.of(property);
            if (!Files.isRegularFile(jar)) {
                throw new ExtensionConfigurationException("-D" + AGENT_PROPERTY + "=" + property
                        + " is not a file; it must name the agent jar, jlivepatch.jar");
            }
            return jar;
        }
        URL url = ClassLoader.getSystemResource(AGENT_CLASS_FILE);
        if (url == null) {
            throw new ExtensionConfigurationException("the jlivepatch agent is not on the test class path;"
                    + " add the dependency io.jlivepatch:jlivepatch-agent, or name its jar with -D" + AGENT_PROPERTY
                    + "=PATH");
        }
        if (!"jar".equals(url.getProtocol())) {
            throw new ExtensionConfigurationException("the jlivepatch agent's classes on the test class path ("
                    + url + ") are not the agent jar; the extension attaches the packaged jar (mvn verify"
                    + " packages it first), or the one -D" + AGENT_PROPERTY + "=PATH names");
        }
        String spec = url.getFile();
        if (spec.indexOf("!/") != spec.lastIndexOf("!/")) {
            // jar:file:/a!/jlivepatch.jar!/...: the JDK opens such a URL at its first "!/", a
            // directory, and the agent cannot read its own classes there either (Agent.unreadableJar).
            // A jar nested in another jar reads the same, and cannot be attached either.
            throw new ExtensionConfigurationException("the jlivepatch agent jar on the test class path (" + url
                    + ") lies under a directory whose name ends in '!', or inside another jar, where the JDK cannot"
                    + " read it as an agent; put it on the class path as a file of its own, elsewhere");
        }
        try {
            JarURLConnection connection = (JarURLConnection) url.openConnection();
            connection.setUseCaches(false);
            Path jar = Path.of(connection.getJarFileURL().toURI());
            try (JarFile file = new JarFile(jar.toFile())) {
                Manifest manifest = file.getManifest();
                if (manifest == null || manifest.getMainAttributes().getValue("Agent-Class") == null) {
                    throw new ExtensionConfigurationException(jar + " holds the agent's classes but is not the agent"
                            + " jar (no Agent-Class in its manifest); name the agent jar with -D" + AGENT_PROPERTY
                            + "=PATH");
                }
            }
            return jar;
        } catch (IOException | URISyntaxException e) {
            throw new ExtensionConfigurationException("cannot read the agent jar at " + url + ": " + e, e);
        }
    }

    private static ObjectName objectName() {
        try {
            return new ObjectName(PatchManagerControl.OBJECT_NAME);
        } catch (MalformedObjectNameException e) {
            throw new IllegalStateException(e);
        }
    }
}
