package io.jlivepatch.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * {@code jlivepatch:build}: the live patch that takes a running earlier release of this project
 * ({@link #oldArtifact}, resolved from the repositories) to the classes this build compiled, as
 * {@code java -jar jlivepatch.jar build} makes it; written to {@link #outputFile} and attached
 * with classifier {@code livepatch}, so that a release's CI can publish it beside the release.
 * The report goes to the build's log; the build fails when something cannot be made live.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class BuildMojo extends AbstractMojo {

    /** The release that runs, {@code groupId:artifactId:version}; its jar is compared with this build. */
    @Parameter(property = "jlivepatch.oldArtifact", required = true)
    private String oldArtifact;

    /** The patch's id, which load, list, enable and disable name it by. */
    @Parameter(property = "jlivepatch.patchId", required = true)
    private String patchId;

    /** The patch's description. */
    @Parameter(property = "jlivepatch.description", defaultValue = "")
    private String description;

    /** Make the patch of what can be made live when something cannot. */
    @Parameter(property = "jlivepatch.leaveOutRefused", defaultValue = "false")
    private boolean leaveOutRefused;

    /** The new build: the classes this project compiled. */
    @Parameter(defaultValue = "${project.build.outputDirectory}", required = true)
    private File classesDirectory;

    @Parameter(property = "jlivepatch.outputFile",
            defaultValue = "${project.build.directory}/${project.build.finalName}-livepatch.jar", required = true)
    private File outputFile;

    /** Attach the patch jar to the project, classifier {@code livepatch}. */
    @Parameter(property = "jlivepatch.attach", defaultValue = "true")
    private boolean attach;

    @Parameter(property = "jlivepatch.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
    private RepositorySystemSession session;

    @Parameter(defaultValue = "${project.remoteProjectRepositories}", readonly = true, required = true)
    private List<RemoteRepository> repositories;

    @Component
    private RepositorySystem repositorySystem;

    @Component
    private MavenProjectHelper projectHelper;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("jlivepatch build skipped");
            return;
        }
        String[] gav = PatchGoal.coordinates(oldArtifact);
        File oldJar;
        try {
            ArtifactRequest request = new ArtifactRequest(new DefaultArtifact(gav[0], gav[1], "jar", gav[2]),
                    repositories, null);
            oldJar = repositorySystem.resolveArtifact(session, request).getArtifact().getFile();
        } catch (ArtifactResolutionException e) {
            throw new MojoExecutionException("cannot resolve the earlier release " + oldArtifact + ": " + e.getMessage(),
                    e);
        }
        PatchGoal.run(oldJar.toPath(), classesDirectory.toPath(), patchId, description, leaveOutRefused,
                outputFile.toPath(), getLog()::info);
        if (attach) {
            projectHelper.attachArtifact(project, "jar", "livepatch", outputFile);
        }
    }
}
