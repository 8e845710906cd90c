package io.jlivepatch.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The class files of one build: the classes of jars and class directories, by internal name.
 * Module and package descriptors and multi-release versions are left out: a patch replaces
 * methods, and the build the JVM runs is the base one.
 */
final class Classes {

    private Classes() {
    }

    /**
     * Every class of {@code inputs}, by internal name, in name order.
     *
     * @throws BuildException naming an input that is missing or unreadable, or a class that two
     *     inputs both hold
     */
    static Map<String, byte[]> read(List<Path> inputs) throws BuildException {
        Map<String, byte[]> classes = new TreeMap<>();
        for (Path input : inputs) {
            Map<String, byte[]> one = Files.isDirectory(input) ? directory(input) : jar(input);
            for (Map.Entry<String, byte[]> e : one.entrySet()) {
                if (classes.put(e.getKey(), e.getValue()) != null) {
                    throw new BuildException("class " + e.getKey().replace('/', '.') + " is in more than one input"
                            + " of the same build (" + input + " among them)");
                }
            }
        }
        return Collections.unmodifiableMap(classes);
    }

    private static boolean wanted(String entry) {
        return entry.endsWith(".class") && !entry.startsWith("META-INF/") && !entry.endsWith("module-info.class")
                && !entry.endsWith("package-info.class");
    }

    private static String internalName(String entry) {
        return entry.substring(0, entry.length() - ".class".length());
    }

    private static Map<String, byte[]> directory(Path dir) throws BuildException {
        Map<String, byte[]> classes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String entry = dir.relativize(f).toString().replace('\\', '/');
                if (wanted(entry)) {
                    classes.put(internalName(entry), Files.readAllBytes(f));
                }
            }
        } catch (IOException e) {
            throw new BuildException("cannot read class directory " + dir + ": " + e);
        }
        return classes;
    }

    private static Map<String, byte[]> jar(Path jar) throws BuildException {
        if (!Files.isRegularFile(jar)) {
            throw new BuildException(jar + " is neither a jar nor a class directory");
        }
        Map<String, byte[]> classes = new TreeMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (!entry.isDirectory() && wanted(entry.getName())) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        classes.put(internalName(entry.getName()), in.readAllBytes());
                    }
                }
            }
        } catch (ZipException e) {
            throw new BuildException(jar + " is not a jar file (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new BuildException("cannot read " + jar + ": " + e);
        }
        return classes;
    }
}
