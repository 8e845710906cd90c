package io.jlivepatch.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jlivepatch.junit.fixture.Greeter;
import io.jlivepatch.junit.patches.GreeterPatch;
import io.jlivepatch.junit.patches.GreeterPatch3;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extension in its own JVM: patches of the test class path loaded by a test and by
 * {@link WithPatch}, each operation's transcript, and a clean agent before every test (each test
 * first checks that the original code runs, which it does only if the previous test's patches
 * were taken back).
 */
@LivePatchTest
class LivePatchExtensionTest {

    private static final String GREET = "io.jlivepatch.junit.fixture.Greeter.greet(Ljava/lang/String;)Ljava/lang/String;";
    private static final String VERSION = "io.jlivepatch.junit.fixture.Greeter.version()I";

    private final Greeter greeter = new Greeter("hello");

    @TempDir
    Path dir;

    @Test
    void aTestLoadsDisablesEnablesAndUnloadsAPatch(LivePatches patches) {
        assertOriginal();
        assertEquals(List.of("greeter-2"), patches.load(GreeterPatch.class));
        assertEquals("HELLO, ADA!", greeter.greet("ada"));
        assertEquals(2, Greeter.version());
        patches.disable("greeter-2");
        assertOriginal();
        patches.enable("greeter-2");
        assertEquals("HELLO, ADA!", greeter.greet("ada"));
        patches.disable("greeter-2");
        patches.unload("greeter-2");
        assertEquals(List.of(), patches.list());

        List<String> expected = new ArrayList<>();
        expected.add(Transcript.loaded("greeter-2", "greeter-2.jar"));
        expected.addAll(Transcript.patching("greeter-2"));
        expected.addAll(Transcript.unpatching("greeter-2"));
        expected.addAll(Transcript.patching("greeter-2"));
        expected.addAll(Transcript.unpatching("greeter-2"));
        expected.add(Transcript.unloaded("greeter-2"));
        patches.assertTranscript(expected);
    }

    @Test
    @WithPatch(GreeterPatch.class)
    void aMethodsPatchIsEnabledForThatTest(LivePatches patches) {
        assertEquals("HELLO, ADA!", greeter.greet("ada"));
        assertEquals(List.of("greeter-2 enabled \"greets louder\"", "  " + GREET + " patched", "  " + VERSION + " patched"),
                patches.list());
        List<String> expected = new ArrayList<>();
        expected.add(Transcript.loaded("greeter-2", "greeter-2.jar"));
        expected.addAll(Transcript.patching("greeter-2"));
        patches.assertTranscript(expected);
    }

    @Test
    @WithPatch(GreeterPatch.class)
    @WithPatch(GreeterPatch3.class)
    void patchesStackInTheOrderWritten(LivePatches patches) {
        assertEquals(3, Greeter.version());
        assertEquals("HELLO, ADA!", greeter.greet("ada"));
        // Every method the agent ever patched has a stack, for the JVM's life: the other tests' too.
        assertEquals(List.of(GREET + ": greeter-2 (1 class)", VERSION + ": greeter-2 greeter-3 (1 class)"),
                patches.stacks().stream().filter(s -> s.startsWith("io.jlivepatch.junit.fixture.Greeter.")).toList());
        patches.disable("greeter-3");
        assertEquals(2, Greeter.version(), "the entry below the top runs again");
    }

    @Test
    void aRefusalIsTheAgentsOneLine(LivePatches patches) {
        assertOriginal();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> patches.unload("greeter-9"));
        assertEquals("no patch 'greeter-9' is loaded", e.getMessage());
    }

    /**
     * A JMX client's null is refused in the operation's one line, as "" is, not a bare
     * NullPointerException before the audit (found by review).
     */
    @Test
    void aNullArgumentOfAJmxOperationIsRefusedInItsLine(LivePatches patches) {
        io.jlivepatch.control.PatchManagerMXBean agent = AgentInstaller.install("");
        for (java.util.function.Consumer<String> op : List.<java.util.function.Consumer<String>>of(agent::enable,
                agent::disable, agent::force, agent::unload)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> op.accept(null));
            assertEquals("no patch '' is loaded", e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> agent.load(null));
        assertEquals(List.of(), patches.list());
    }

    /**
     * A jar of the same class files without the extension's manifest attribute is refused: the
     * agent cannot tell them from the application's classes bundled by mistake.
     */
    @Test
    void classPathCopiesAreTakenOnlyFromAJarThatSaysSo(LivePatches patches) throws IOException {
        assertOriginal();
        Path jar = dir.resolve("plain.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String entry : List.of("io/jlivepatch/junit/patches/GreeterPatch.class",
                    "io/jlivepatch/junit/patches/GreeterPatch$Loud.class")) {
                out.putNextEntry(new JarEntry(entry));
                try (InputStream in = getClass().getClassLoader().getResourceAsStream(entry)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> patches.loadJar(jar));
        assertEquals("patch 'greeter-2': its jar holds io.jlivepatch.junit.patches.GreeterPatch, a class the application"
                + " has; leave the application's classes out of the patch jar", e.getMessage());
        assertOriginal();
        assertEquals(List.of(), patches.list());
    }

    private void assertOriginal() {
        assertEquals("hello, ada", greeter.greet("ada"));
        assertEquals(1, Greeter.version());
    }
}
