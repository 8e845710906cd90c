package io.jlivepatch.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goal's work once Maven has resolved the earlier release: Maven's own part is a resolver call. */
class PatchGoalTest {

    @TempDir
    Path dir;

    private Releases releases;

    @BeforeEach
    void releases() {
        releases = new Releases(dir);
    }

    private Path compile(String name, String source) throws IOException {
        return releases.compile(name, source);
    }

    private Path released() throws IOException {
        return releases.released();
    }

    @Test
    void writesThePatchOfTheReleaseToThisBuildAndLogsTheReport() throws Exception {
        Path now = compile("now", Releases.RELEASED.replace("n / 10", "n / 20"));
        Path output = dir.resolve("target/app-1.0.1-livepatch.jar");
        List<String> log = new ArrayList<>();
        PatchGoal.run(released(), now, "fees-1", "halve the fee", false, output, log::add);
        assertTrue(log.contains("1 method(s) replaced, 0 carried, 0 new class(es), 0 change(s) refused"), log.toString());
        assertTrue(log.get(1).startsWith("  changed      app.Fees.fee(I)I  was sha256:"), log.toString());
        try (ZipFile jar = new ZipFile(output.toFile())) {
            assertTrue(jar.getEntry("app/LivePatch_fees_1.class") != null, "the patch class");
        }
    }

    /** A class file the build cannot read (here: a class-file version ASM does not know) fails the goal in one line. */
    @Test
    void anUnreadableClassFileIsOneLine() throws Exception {
        Path now = compile("now", Releases.RELEASED);
        Path bad = Files.list(now.resolve("app")).filter(f -> f.toString().endsWith(".class")).findFirst().orElseThrow();
        byte[] bytes = Files.readAllBytes(bad);
        bytes[6] = 0;
        bytes[7] = 80;
        Files.write(bad, bytes);
        MojoExecutionException e = assertThrows(MojoExecutionException.class,
                () -> PatchGoal.run(released(), now, "fees-1", "", false, dir.resolve("patch.jar"), l -> { }));
        assertTrue(e.getMessage().startsWith("jlivepatch build: cannot read the class file " + bad
                + " (class-file version 80)"), e.getMessage());
        assertEquals(null, e.getCause(), "no stack trace to print");
    }

    @Test
    void whatCannotBeMadeLiveFailsTheBuild() throws Exception {
        // A field, and so the constructor that sets it: two refusals.
        Path now = compile("now", Releases.RELEASED.replace("public int fee", "private int rate = 2; public int fee")
                .replace("n / 10", "n / rate"));
        Path output = dir.resolve("patch.jar");
        List<String> log = new ArrayList<>();
        MojoFailureException e = assertThrows(MojoFailureException.class,
                () -> PatchGoal.run(released(), now, "fees-1", "", false, output, log::add));
        assertEquals("jlivepatch build: 2 change(s) cannot be made live (see the report above); set leaveOutRefused to"
                + " make the patch of the rest", e.getMessage());
        assertTrue(log.stream().anyMatch(l -> l.startsWith("  REFUSED      app.Fees.rate: field added")), log.toString());
        assertTrue(Files.notExists(output));
    }

    @Test
    void anUnchangedBuildFailsTheBuild() throws Exception {
        Path now = compile("now", Releases.RELEASED);
        MojoFailureException e = assertThrows(MojoFailureException.class,
                () -> PatchGoal.run(released(), now, "fees-1", "", false, dir.resolve("patch.jar"), l -> { }));
        assertTrue(e.getMessage().startsWith("jlivepatch build: no method of "), e.getMessage());
    }

    @Test
    void theReleaseIsNamedByItsCoordinates() throws Exception {
        assertEquals(List.of("com.acme", "app", "1.0"), List.of(PatchGoal.coordinates("com.acme:app:1.0")));
        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> PatchGoal.coordinates("app:1.0"));
        assertEquals("oldArtifact must be groupId:artifactId:version, not 'app:1.0'", e.getMessage());
    }
}
