package io.jlivepatch.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.ArtifactResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mojo's wiring, with Maven's resolver and project helper stood in for: what it asks the
 * resolver for, and what it attaches. No test runs the goal in a Maven session, which would need
 * the plugin installed in a local repository first.
 */
class BuildMojoTest {

    @TempDir
    Path dir;

    private final List<ArtifactRequest> requests = new ArrayList<>();
    private final List<Object[]> attached = new ArrayList<>();

    private BuildMojo mojo(Path releasedJar, Path classes) throws Exception {
        BuildMojo mojo = new BuildMojo();
        set(mojo, "oldArtifact", "com.acme:app:1.0");
        set(mojo, "patchId", "fees-1");
        set(mojo, "description", "");
        set(mojo, "classesDirectory", classes.toFile());
        set(mojo, "outputFile", dir.resolve("target/app-1.0.1-livepatch.jar").toFile());
        set(mojo, "attach", true);
        set(mojo, "project", new MavenProject());
        set(mojo, "repositories", List.of());
        set(mojo, "session", stand(RepositorySystemSession.class, (method, args) -> null));
        set(mojo, "repositorySystem", stand(RepositorySystem.class, (method, args) -> {
            if (!method.equals("resolveArtifact")) {
                throw new UnsupportedOperationException(method);
            }
            ArtifactRequest request = (ArtifactRequest) args[1];
            requests.add(request);
            if (releasedJar == null) {
                throw new ArtifactResolutionException(List.of(new ArtifactResult(request)), "Could not find artifact "
                        + request.getArtifact());
            }
            return new ArtifactResult(request).setArtifact(request.getArtifact().setFile(releasedJar.toFile()));
        }));
        set(mojo, "projectHelper", stand(MavenProjectHelper.class, (method, args) -> {
            attached.add(args);
            return null;
        }));
        return mojo;
    }

    @Test
    void resolvesTheReleaseBuildsThePatchAndAttachesIt() throws Exception {
        Releases releases = new Releases(dir);
        Path released = releases.released();
        Path classes = releases.compile("now", Releases.RELEASED.replace("n / 10", "n / 20"));
        mojo(released, classes).execute();
        assertEquals("com.acme:app:jar:1.0", requests.get(0).getArtifact().toString());
        Path patch = dir.resolve("target/app-1.0.1-livepatch.jar");
        assertTrue(Files.isRegularFile(patch));
        assertEquals(1, attached.size());
        assertEquals(List.of("jar", "livepatch", patch.toFile()), List.of(attached.get(0)).subList(1, 4));
    }

    @Test
    void aReleaseThatCannotBeResolvedIsNamed() throws Exception {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> mojo(null, dir).execute());
        assertTrue(e.getMessage().startsWith("cannot resolve the earlier release com.acme:app:1.0: Could not find"
                + " artifact com.acme:app:jar:1.0"), e.getMessage());
        assertTrue(attached.isEmpty());
    }

    /** What a stood-in interface answers: by method name, with the call's arguments. */
    private interface Answer {
        Object answer(String method, Object[] args) throws Exception;
    }

    private static <T> T stand(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(BuildMojoTest.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> method.getDeclaringClass() == Object.class
                        ? (method.getName().equals("toString") ? type.getSimpleName() : null)
                        : answer.answer(method.getName(), args)));
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Field f = BuildMojo.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }
}
