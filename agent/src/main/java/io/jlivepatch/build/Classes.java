package io.jlivepatch.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;

/**
 * The class files of one build: the classes of jars and class directories, by internal name.
 * Module and package descriptors are left out: a patch replaces methods. A multi-release jar with
 * classes for other Java versions is refused: a JVM of such a version runs those, which the build
 * would not compare. Every class file is parsed here, so that one the build cannot read is one
 * line naming it, never a stack trace from the comparison.
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

    /**
     * {@code bytes} when ASM parses them whole (code included), as the comparison will.
     *
     * @throws BuildException naming {@code file} when it is corrupt or of a class-file version
     *     newer than the build reads
     */
    private static byte[] readable(String file, String internalName, byte[] bytes) throws BuildException {
        ClassNode c = new ClassNode(Opcodes.ASM9);
        try {
            new ClassReader(bytes).accept(c, 0);
        } catch (RuntimeException e) {
            int major = bytes.length >= 8 ? ((bytes[6] & 0xFF) << 8) | (bytes[7] & 0xFF) : -1;
            throw new BuildException("cannot read the class file " + file + " (class-file version " + major + "): "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    + "; it is corrupt or newer than this build of jlivepatch reads");
        }
        if (!internalName.equals(c.name)) {
            // Found by review: a Spring Boot jar's BOOT-INF/classes/app/X.class crashed the
            // comparison, which knew the class by its path.
            throw new BuildException(file + " holds class " + c.name.replace('/', '.') + ", which belongs at "
                    + c.name + ".class: give the root of the classes (a Spring Boot jar's BOOT-INF/classes, a"
                    + " WAR's WEB-INF/classes, unpacked, and the jars of its lib directory), not what holds them"
                    + " deeper");
        }
        return bytes;
    }

    private static Map<String, byte[]> directory(Path dir) throws BuildException {
        Map<String, byte[]> classes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String entry = dir.relativize(f).toString().replace('\\', '/');
                if (wanted(entry)) {
                    classes.put(internalName(entry), readable(f.toString(), internalName(entry), Files.readAllBytes(f)));
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
        try (JarFile zip = new JarFile(jar.toFile())) {
            boolean multiRelease = zip.isMultiRelease();
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String name = entry.getName();
                if (multiRelease && name.startsWith("META-INF/versions/") && name.endsWith(".class")
                        && !name.endsWith("module-info.class")) {
                    throw new BuildException(jar + " is a multi-release jar with classes for another Java version ("
                            + name + "): a JVM of that version runs them, and the build compares only the base"
                            + " classes; build from a jar that is not multi-release, or from the class directories");
                }
                if (!entry.isDirectory() && wanted(name)) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        classes.put(internalName(name), readable(jar + "!/" + name, internalName(name), in.readAllBytes()));
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
