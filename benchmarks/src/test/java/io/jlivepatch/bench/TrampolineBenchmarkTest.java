package io.jlivepatch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * What the benchmark's own checks rely on; runs without the agent, in milliseconds. The timings
 * themselves are never asserted.
 */
class TrampolineBenchmarkTest {

    /** Otherwise a trampoline in the wrong mode could answer as the right one. */
    @Test
    void replacementsAnswerDifferentlyFromTheOriginalsOnEveryProbe() {
        PlainTarget plain = new PlainTarget(TrampolineBenchmark.SALT);
        StableTarget stable = new StableTarget(TrampolineBenchmark.SALT);
        IdleTarget idle = new IdleTarget(TrampolineBenchmark.SALT);
        for (int p : TrampolineBenchmark.PROBES) {
            assertNotEquals(plain.mix(p), StablePatch.mix(stable, p), "mix(" + p + ")");
            assertNotEquals(plain.mix(p), IdlePatch.mix(idle, p), "mix(" + p + ")");
            assertNotEquals(plain.scramble(p), IdlePatch.scramble(idle, p), "scramble(" + p + ")");
            int s = TrampolineBenchmark.SALT;
            assertNotEquals(PlainTarget.mixStatic(p, s), StablePatch.mixStatic(p, s), "mixStatic(" + p + ")");
            assertNotEquals(PlainTarget.mixStatic(p, s), IdlePatch.mixStatic(p, s), "mixStatic(" + p + ")");
        }
    }

    /** The three targets are the same code: uninstrumented, they answer alike. */
    @Test
    void targetsAreIdenticalWithoutTheAgent() {
        int s = TrampolineBenchmark.SALT;
        for (int p : TrampolineBenchmark.PROBES) {
            int expected = new PlainTarget(s).mix(p);
            assertEquals(expected, new IdleTarget(s).mix(p));
            assertEquals(expected, new StableTarget(s).mix(p));
            assertEquals(expected, PlainTarget.mixStatic(p, s));
            assertEquals(expected, IdleTarget.mixStatic(p, s));
            assertEquals(expected, StableTarget.mixStatic(p, s));
            int scrambled = new PlainTarget(s).scramble(p);
            assertEquals(scrambled, new IdleTarget(s).scramble(p));
            assertEquals(scrambled, new StableTarget(s).scramble(p));
        }
    }

    @Test
    void patchJarHoldsTheOnePatchClass() throws Exception {
        Path jar = AgentControl.patchJarOf(StablePatch.class);
        try (JarFile f = new JarFile(jar.toFile())) {
            List<String> names = Collections.list(f.entries()).stream().map(ZipEntry::getName).toList();
            assertEquals(List.of("META-INF/MANIFEST.MF", "io/jlivepatch/bench/StablePatch.class"), names);
            // The class is the benchmark jar's own: the agent takes it only from a jar that says so.
            assertEquals("true", f.getManifest().getMainAttributes().getValue("Jlivepatch-Class-Path-Copies"));
        } finally {
            Files.deleteIfExists(jar);
        }
        assertTrue(StablePatch.class.isAnnotationPresent(io.jlivepatch.api.LivePatch.class));
    }
}
