package io.jlivepatch.it.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Builds patch jars at test time from compiled patch classes, the way a user's build would package
 * them: the patch classes only, without the api (the agent reads the annotations by name) and
 * without the application.
 */
public final class PatchJars {

    private PatchJars() {
    }

    /**
     * The jar of {@code SlowTransformerAgent}, another agent whose transformer runs after
     * jlivepatch's when its {@code -javaagent} comes second (its classes come from the fixture's
     * class path).
     */
    public static Path otherAgent(Path dir) {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Premain-Class", "io.jlivepatch.it.fixture.SlowTransformerAgent");
        main.putValue("Can-Retransform-Classes", "true");
        Path jar = dir.resolve("slow-agent.jar");
        try (OutputStream out = Files.newOutputStream(jar)) {
            new JarOutputStream(out, manifest).close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jar;
    }

    /** A jar holding the given classes, their nested classes excluded. */
    public static Path of(Path dir, String name, Class<?>... classes) {
        return write(dir, name, false, classes);
    }

    /** A jar holding the given classes and every class nested in them. */
    public static Path withNested(Path dir, String name, Class<?>... classes) {
        return write(dir, name, true, classes);
    }

    /** A file named like a jar that is not a zip file: bytes from a fixed seed. */
    public static Path malformed(Path dir, String name) {
        byte[] bytes = new byte[4096];
        new Random(20240101L).nextBytes(bytes);
        Path jar = dir.resolve(name + ".jar");
        try {
            Files.write(jar, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jar;
    }

    /** A well-formed jar without a single entry, not even a manifest. */
    public static Path empty(Path dir, String name) {
        Path jar = dir.resolve(name + ".jar");
        try (OutputStream out = Files.newOutputStream(jar)) {
            new JarOutputStream(out).finish();
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(Path dir, String name, boolean nested, Class<?>... classes) {
        Path root = ItEnvironment.patchClasses();
        TreeSet<String> entries = new TreeSet<>();
        for (Class<?> c : classes) {
            String entry = c.getName().replace('.', '/') + ".class";
            if (!Files.isRegularFile(root.resolve(entry))) {
                throw new IllegalArgumentException("no " + entry + " under " + root);
            }
            entries.add(entry);
            if (nested) {
                entries.addAll(nestedEntries(root, entry));
            }
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        Path jar = dir.resolve(name + ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            for (String entry : entries) {
                out.putNextEntry(new JarEntry(entry));
                out.write(Files.readAllBytes(root.resolve(entry)));
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + jar, e);
        }
        return jar;
    }

    private static TreeSet<String> nestedEntries(Path root, String outerEntry) {
        Path outer = root.resolve(outerEntry);
        String prefix = outer.getFileName().toString().replace(".class", "$");
        TreeSet<String> found = new TreeSet<>();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(outer.getParent(), prefix + "*.class")) {
            for (Path p : siblings) {
                found.add(root.relativize(p).toString().replace('\\', '/'));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
