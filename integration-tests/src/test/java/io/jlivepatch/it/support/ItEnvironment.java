package io.jlivepatch.it.support;

import io.jlivepatch.api.Quiescent;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where things are, as failsafe passes them in: the agent jar, the JDK the child JVMs run on, the
 * fixture's classes and the compiled patch classes. Every child JVM, the CLI included, runs on
 * {@code it.java.home}, so CI can rerun the whole suite on another JDK without rebuilding.
 */
public final class ItEnvironment {

    private ItEnvironment() {
    }

    /** The shaded agent jar, which is also the CLI. */
    public static Path agentJar() {
        Path jar = pathProperty("jlivepatch.agent.jar", null);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("agent jar " + jar + " does not exist: build the agent first"
                    + " (mvn -pl integration-tests -am verify)");
        }
        return jar;
    }

    public static Path javaHome() {
        return pathProperty("it.java.home", System.getProperty("java.home"));
    }

    /** A tool of {@link #javaHome()}, such as {@code java} or {@code jcmd}. */
    public static Path tool(String name) {
        return javaHome().resolve("bin").resolve(name);
    }

    /** The fixture application's classes. */
    public static Path fixtureClasses() {
        return pathProperty("jlivepatch.fixture.classes", "target/classes");
    }

    /**
     * The whole class path of a target JVM: the fixture's classes and the api they use, as Maven
     * resolved it for this JVM (the api module's classes or jar).
     */
    public static String fixtureClassPath() {
        try {
            Path api = Path.of(Quiescent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return fixtureClasses() + File.pathSeparator + api;
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot tell where the api's classes are", e);
        }
    }

    /** The demo application's jar. */
    public static Path demoJar() {
        return existing(pathProperty("jlivepatch.demo.jar", null), "the demo application");
    }

    /** The demo's patch jar, {@code fix-pricing.jar}. */
    public static Path demoPatch() {
        return existing(pathProperty("jlivepatch.demo.patch", null), "the demo's patch");
    }

    private static Path existing(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(what + ", " + file + ", does not exist: build the demo first"
                    + " (mvn -pl integration-tests -am verify)");
        }
        return file;
    }

    /** The compiled test classes, patches among them, from which patch jars are built. */
    public static Path patchClasses() {
        return pathProperty("jlivepatch.patch.classes", "target/test-classes");
    }

    /** The feature version of {@link #javaHome()}, read from its {@code release} file. */
    public static int javaFeatureVersion() {
        Path release = javaHome().resolve("release");
        try {
            Matcher m = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)").matcher(Files.readString(release));
            if (!m.find()) {
                throw new IllegalStateException("no JAVA_VERSION in " + release);
            }
            return Integer.parseInt(m.group(1));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + release, e);
        }
    }

    private static Path pathProperty(String name, String fallback) {
        String value = System.getProperty(name, fallback);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set (failsafe sets it)");
        }
        return Path.of(value).toAbsolutePath().normalize();
    }
}
