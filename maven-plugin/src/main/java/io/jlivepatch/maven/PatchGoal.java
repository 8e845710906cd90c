package io.jlivepatch.maven;

import io.jlivepatch.build.BuildException;
import io.jlivepatch.build.PatchBuild;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * What {@link BuildMojo} does once Maven has handed it the earlier release's jar: the build of
 * the patch, its report in the build's log, the jar written; apart from the mojo so that a test
 * runs it without a Maven session. Fails the build as {@code jlivepatch build} fails its exit
 * status: when something cannot be made live (unless told to leave it out) or nothing changed.
 */
final class PatchGoal {

    private PatchGoal() {
    }

    /**
     * Builds patch {@code id} from {@code oldJar} to {@code newClasses} into {@code output}.
     *
     * @param log hears each line of the report
     * @throws MojoFailureException when the patch cannot be made: something refused, nothing changed
     * @throws MojoExecutionException when an input cannot be read or the jar cannot be written
     */
    static void run(Path oldJar, Path newClasses, String id, String description, boolean leaveOutRefused,
            Path output, Consumer<String> log) throws MojoFailureException, MojoExecutionException {
        PatchBuild.Result result;
        try {
            result = PatchBuild.build(List.of(oldJar), List.of(newClasses), id, description, leaveOutRefused);
        } catch (BuildException e) {
            // One line: an unreadable input is the user's to fix, and its stack trace says nothing more.
            throw new MojoExecutionException("jlivepatch build: " + e.getMessage());
        }
        result.report().forEach(log);
        if (result.refused() > 0 && !leaveOutRefused) {
            throw new MojoFailureException("jlivepatch build: " + result.refused() + " change(s) cannot be made live"
                    + " (see the report above); set leaveOutRefused to make the patch of the rest");
        }
        if (result.jar() == null) {
            throw new MojoFailureException("jlivepatch build: no method of " + newClasses + " that differs from "
                    + oldJar.getFileName() + " can be replaced; no patch to make");
        }
        try {
            Files.createDirectories(output.toAbsolutePath().getParent());
            Files.write(output, result.jar());
        } catch (IOException e) {
            throw new MojoExecutionException("jlivepatch build: cannot write " + output + ": " + e, e);
        }
        log.accept("wrote " + output + " (patch '" + id + "', class " + result.patchClass() + ")");
    }

    /**
     * The coordinates {@code groupId:artifactId:version} of the earlier release, as an array of
     * those three.
     *
     * @throws MojoExecutionException naming what is wrong with them
     */
    static String[] coordinates(String gav) throws MojoExecutionException {
        String[] parts = gav == null ? new String[0] : gav.trim().split(":", -1);
        if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank() || parts[2].isBlank()) {
            throw new MojoExecutionException("oldArtifact must be groupId:artifactId:version, not '" + gav + "'");
        }
        return parts;
    }
}
