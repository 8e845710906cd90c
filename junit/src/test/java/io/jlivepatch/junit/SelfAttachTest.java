package io.jlivepatch.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Self-attach in JVMs of its own: without {@code jdk.attach.allowAttachSelf} (Byte Buddy attaches
 * through a helper JVM), and where no attach is possible at all, where the failure says the fix.
 */
class SelfAttachTest {

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void withoutAllowAttachSelfTheAgentIsAttachedThroughAHelperJvm() throws Exception {
        assertEquals(List.of("attached"), run());
    }

    /** With EnableDynamicAgentLoading (the README's flags), neither the JDK nor Byte Buddy warns. */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void anAttachWithTheReadmesFlagsWarnsAboutNothing() throws Exception {
        Path err = Files.createTempFile("self-attach", ".err");
        try {
            assertEquals(List.of("attached"), run(err, "-Djdk.attach.allowAttachSelf=true"));
            List<String> warnings = Files.readAllLines(err, Charset.defaultCharset()).stream()
                    .filter(l -> l.contains("WARNING") || l.startsWith("jlivepatch: warning")).toList();
            assertEquals(List.of(), warnings);
        } finally {
            Files.deleteIfExists(err);
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void whereNoAttachIsPossibleTheFailureSaysTheFix() throws Exception {
        List<String> out = run("-XX:+DisableAttachMechanism");
        assertEquals(1, out.size(), out::toString);
        String message = out.get(0);
        String expectedEnd = "self-attach is not allowed here. Run the tests with -Djdk.attach.allowAttachSelf=true"
                + " (JDK 9+ refuses an attach to the JVM itself without it; Surefire: <argLine>-Djdk.attach.allowAttachSelf=true"
                + " -XX:+EnableDynamicAgentLoading</argLine>), and without -XX:+DisableAttachMechanism; or start the JVM"
                + " with -javaagent:<jlivepatch.jar>. On JDK 21+ add -XX:+EnableDynamicAgentLoading, or the JDK warns on"
                + " standard error that an agent was loaded dynamically";
        assertEquals(true, message.startsWith("cannot attach the jlivepatch agent to this JVM (") && message.endsWith(expectedEnd),
                message);
    }

    /**
     * The JDK opens {@code jar:file:/a!/jlivepatch.jar!/...} at its first {@code "!/"}, a
     * directory: the failure says so, where it said "cannot read the agent jar" with an
     * exception about a directory (found by review).
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void anAgentJarUnderADirectoryWhoseNameEndsInABangIsRefusedWithTheReason() throws Exception {
        Path agentJar = Path.of(((java.net.JarURLConnection) ClassLoader.getSystemResource(AgentInstaller.AGENT_CLASS_FILE)
                .openConnection()).getJarFileURL().toURI());
        Path dir = Files.createTempDirectory("self-attach").resolve("lib!");
        Files.createDirectories(dir);
        Path copy = Files.copy(agentJar, dir.resolve("jlivepatch.jar"));
        try {
            List<String> classPath = new ArrayList<>(List.of(copy.toString()));
            for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
                if (!Path.of(entry).toAbsolutePath().equals(agentJar.toAbsolutePath())) {
                    classPath.add(entry);
                }
            }
            List<String> out = runWithClassPath(String.join(java.io.File.pathSeparator, classPath),
                    "-Djdk.attach.allowAttachSelf=true");
            assertEquals(1, out.size(), out::toString);
            String message = out.get(0);
            assertEquals(true, message.startsWith("the jlivepatch agent jar on the test class path (jar:file:")
                    && message.endsWith("lies under a directory whose name ends in '!', or inside another jar, where"
                    + " the JDK cannot read it as an agent; put it on the class path as a file of its own, elsewhere"),
                    message);
        } finally {
            Files.delete(copy);
            Files.delete(dir);
            Files.delete(dir.getParent());
        }
    }

    /** Runs {@link Attach} in a JVM with {@code flags}; its standard output, line by line. */
    private static List<String> run(String... flags) throws IOException, InterruptedException {
        return run(null, flags);
    }

    /** {@link #run(String...)}, its standard error written to {@code err} (or dropped when null). */
    private static List<String> run(Path err, String... flags) throws IOException, InterruptedException {
        return run(err, System.getProperty("java.class.path"), flags);
    }

    /** {@link #run(String...)} with {@code classPath}. */
    private static List<String> runWithClassPath(String classPath, String... flags)
            throws IOException, InterruptedException {
        return run(null, classPath, flags);
    }

    private static List<String> run(Path err, String classPath, String[] flags) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("it.java.home", System.getProperty("java.home")), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(List.of(flags));
        command.addAll(List.of("-XX:+EnableDynamicAgentLoading", "-cp", classPath, Attach.class.getName()));
        Process p = new ProcessBuilder(command)
                .redirectError(err == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(err.toFile()))
                .start();
        String out = new String(p.getInputStream().readAllBytes(), Charset.defaultCharset());
        assertEquals(0, p.waitFor(), out);
        return out.lines().toList();
    }

    /** Installs the agent as the extension does, and says how it went. */
    static final class Attach {
        public static void main(String[] args) {
            try {
                AgentInstaller.install("");
                System.out.println("attached");
            } catch (ExtensionConfigurationException e) {
                System.out.println(e.getMessage());
            }
        }
    }
}
