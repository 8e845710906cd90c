package io.jlivepatch.build;

import io.jlivepatch.patch.PatchDefinition;
import io.jlivepatch.patch.PatchJar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Two builds of some sources, compiled under {@code dir}, and the patch between them: the build's tests. */
final class TwoBuilds {

    private final Path dir;
    private final String id;
    private int n;

    TwoBuilds(Path dir, String id) {
        this.dir = dir;
        this.id = id;
    }

    /** Compiles {@code old} and {@code now} (class name to source) and builds the patch between them. */
    PatchBuild.Result build(Map<String, String> old, Map<String, String> now, boolean leaveOut) throws BuildException {
        Path o = Javac.compile(dir, "old" + n, old);
        Path v = Javac.compile(dir, "new" + n++, now);
        return PatchBuild.build(List.of(o), List.of(v), id, "", leaveOut);
    }

    /** The classes of the old build the last {@link #build} compiled. */
    Path lastOld() {
        return dir.resolve("old" + (n - 1));
    }

    /** The classes of the new build the last {@link #build} compiled. */
    Path lastNew() {
        return dir.resolve("new" + (n - 1));
    }

    /** The patch {@code r} wrote, read as a load reads it. */
    PatchDefinition read(PatchBuild.Result r) throws Exception {
        Path jar = dir.resolve(id + n + ".jar");
        Files.write(jar, r.jar());
        return PatchJar.read(jar).get(0);
    }
}
