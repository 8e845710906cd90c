package io.jlivepatch.build;

import io.jlivepatch.patch.PatchJar;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code jlivepatch build}: the patch that takes a running old build of an application to the
 * new build's behaviour, the kernel's kpatch-build. The entry point of this package, for the CLI
 * and the Maven plugin: it compares ({@link Diff}), reports ({@link Plan#report}) and writes
 * ({@link PatchWriter}); it loads none of the application's classes.
 */
public final class PatchBuild {

    /**
     * What a build found and wrote.
     *
     * @param report the lines a user reviews before a load
     * @param replaced how many methods the patch replaces
     * @param refused how many changes cannot be made live
     * @param jar the patch jar's bytes, or {@code null} when nothing is to be written: nothing
     *     changed, or something was refused and the build was not told to leave it out
     * @param patchClass the binary name of the patch's {@code @LivePatch} class
     */
    public record Result(List<String> report, int replaced, int refused, byte[] jar, String patchClass) {
    }

    private PatchBuild() {
    }

    /**
     * Compares {@code oldBuild} with {@code newBuild} (jars or class directories) and makes patch
     * {@code id} of what changed.
     *
     * @param leaveOutRefused write the patch of what can be made live when something cannot
     * @throws BuildException naming an input that cannot be read, or an invalid id
     */
    public static Result build(List<Path> oldBuild, List<Path> newBuild, String id, String description,
            boolean leaveOutRefused) throws BuildException {
        if (!PatchJar.isValidId(id)) {
            throw new BuildException("invalid patch id '" + id + "' (letters, digits, . _ -; at most 128)");
        }
        if (!PatchJar.isOneLine(description)) {
            throw new BuildException("the description holds a line break or another control character; a"
                    + " description is one line");
        }
        if (oldBuild.isEmpty() || newBuild.isEmpty()) {
            throw new BuildException("a build needs an old and a new build to compare");
        }
        Map<String, byte[]> oldClasses = Classes.read(oldBuild);
        Plan plan = Diff.compare(oldClasses, Classes.read(newBuild));
        ClassLoader running = LoadCheck.loaderOf(oldClasses);
        PatchWriter.Written written = null;
        // Each round refuses at least one more change, or ends.
        while (!plan.included().isEmpty()) {
            written = PatchWriter.write(plan, id, description);
            if (!LoadCheck.refuse(plan, written, PatchWriter.patchClassName(plan, id), id, running)) {
                break;
            }
            written = null;
        }
        List<String> report = plan.report(id, leaveOutRefused);
        int replaced = plan.included().size();
        String patchClass = PatchWriter.patchClassName(plan, id);
        byte[] jar = null;
        if (written != null && (plan.refused.isEmpty() || leaveOutRefused)) {
            jar = PatchWriter.jar(written.entries());
        }
        return new Result(report, replaced, plan.refused.size(), jar, patchClass);
    }
}
