package io.jlivepatch.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whether the agent can read its own resources where it was loaded from ({@link
 * Agent#unreadableJar}): not from a jar under a directory whose name ends in {@code !}; from the
 * same classes unpacked in such a directory, which the first version refused by the name alone
 * (found by review).
 */
class UnreadableJarTest {

    private static final String ENTRY = "io/jlivepatch/agent/Agent.class";

    @TempDir
    Path dir;

    @Test
    void aJarUnderADirectoryWhoseNameEndsInBangCannotBeRead() throws Exception {
        Path jar = jar(dir.resolve("release!/jlivepatch.jar"));
        assertEquals("its jar " + jar + " lies under a directory whose name ends in '!', which the JDK's jar: URLs"
                + " cannot name, so none of its resources can be read", unreadableFrom(jar.toUri().toURL()));
    }

    @Test
    void theSameClassesUnpackedThereAreRead() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("build!/classes"));
        Path file = Files.createDirectories(classes.resolve("io/jlivepatch/agent")).resolve("Agent.class");
        Files.write(file, agentClassFile());
        assertNull(unreadableFrom(classes.toUri().toURL()));
    }

    @Test
    void aBangElsewhereInThePathIsRead() throws Exception {
        assertNull(unreadableFrom(jar(dir.resolve("a!b/x!.jar")).toUri().toURL()));
        assertNull(unreadableFrom(jar(dir.resolve("plain/jlivepatch.jar")).toUri().toURL()));
    }

    /** What the check says of Agent defined from {@code location} alone (not initialised). */
    private static String unreadableFrom(URL location) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {location}, null)) {
            return Agent.unreadableJar(Class.forName("io.jlivepatch.agent.Agent", false, loader));
        }
    }

    private static Path jar(Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            j.putNextEntry(new JarEntry(ENTRY));
            j.write(agentClassFile());
            j.closeEntry();
        }
        return jar;
    }

    private static byte[] agentClassFile() throws IOException {
        try (InputStream in = Agent.class.getResourceAsStream("Agent.class")) {
            return in.readAllBytes();
        }
    }
}
