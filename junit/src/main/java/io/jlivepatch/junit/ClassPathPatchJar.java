package io.jlivepatch.junit;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.patch.PatchJar;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Patch jars made at test time from classes of the test class path: each class named, with the
 * other classes javac wrote from its source file (nested, anonymous and local classes, and
 * package-private classes written beside it), the way a user's build packages a patch, without
 * the application and without the api. The manifest
 * says {@link PatchJar#CLASS_PATH_COPIES}, so that the agent takes the class path's copies of
 * these very class files for the patch's own rather than refusing them as the application's.
 */
final class ClassPathPatchJar {

    private ClassPathPatchJar() {
    }

    /**
     * Writes the jar of classes {@code binaryNames}, as {@code loader} finds them, into
     * {@code dir}, named after the first one's patch id (else its simple name).
     */
    static Path write(Path dir, List<String> binaryNames, ClassLoader loader) {
        if (binaryNames.isEmpty()) {
            throw new ExtensionConfigurationException("no patch class given");
        }
        Map<String, URL> entries = new TreeMap<>();
        for (String name : binaryNames) {
            String entry = name.replace('.', '/') + ".class";
            URL url = loader.getResource(entry);
            if (url == null) {
                throw new ExtensionConfigurationException("patch class " + name + " is not on the test class path");
            }
            entries.put(entry, url);
            entries.putAll(nested(entry, url));
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(new Attributes.Name(PatchJar.CLASS_PATH_COPIES), "true");
        Path jar = unique(dir, jarName(binaryNames.get(0), loader));
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            for (Map.Entry<String, URL> e : entries.entrySet()) {
                out.putNextEntry(new JarEntry(e.getKey()));
                try (InputStream in = open(e.getValue())) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write patch jar " + jar, e);
        }
        return jar;
    }

    /**
     * The file of the jar a {@code classpath:} resource names, or a copy of it in {@code dir} when
     * it lies inside another jar.
     */
    static Path resource(Path dir, String name, ClassLoader loader) {
        URL url = loader.getResource(name);
        if (url == null) {
            throw new ExtensionConfigurationException("patch jar classpath:" + name + " is not on the test class path");
        }
        try {
            if ("file".equals(url.getProtocol())) {
                return Path.of(url.toURI());
            }
            Path copy = unique(dir, name.substring(name.lastIndexOf('/') + 1));
            try (InputStream in = open(url)) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            return copy;
        } catch (IOException | URISyntaxException e) {
            throw new ExtensionConfigurationException("cannot read patch jar " + url + ": " + e, e);
        }
    }

    /**
     * The class files written from the same source as {@code entry}, found beside it: for a
     * top-level class, every class of its package there whose {@code SourceFile} is its own (its
     * nested classes, and the package-private helpers written in its file); for a nested class,
     * the classes nested in it ({@code Outer$Inner$...}), not its enclosing test class's.
     */
    private static Map<String, URL> nested(String entry, URL url) {
        String simple = entry.substring(entry.lastIndexOf('/') + 1, entry.length() - ".class".length());
        String packageDir = entry.substring(0, entry.lastIndexOf('/') + 1);
        Map<String, URL> candidates = new TreeMap<>();
        try {
            if ("file".equals(url.getProtocol())) {
                Path file = Path.of(url.toURI());
                try (DirectoryStream<Path> siblings = Files.newDirectoryStream(file.getParent(), "*.class")) {
                    for (Path p : siblings) {
                        candidates.put(packageDir + p.getFileName(), p.toUri().toURL());
                    }
                }
            } else if ("jar".equals(url.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) url.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = new JarFile(Path.of(connection.getJarFileURL().toURI()).toFile())) {
                    for (JarEntry e : Collections.list(jar.entries())) {
                        String n = e.getName();
                        if (n.startsWith(packageDir) && n.endsWith(".class") && n.indexOf('/', packageDir.length()) < 0) {
                            candidates.put(n, new URL("jar:" + connection.getJarFileURL() + "!/" + n));
                        }
                    }
                }
            } else {
                throw new ExtensionConfigurationException("cannot list the classes beside " + url
                        + ": only directories and jars are read");
            }
            candidates.remove(entry);
            Map<String, URL> found = new TreeMap<>();
            String source = simple.contains("$") ? null : sourceFile(url);
            for (Map.Entry<String, URL> c : candidates.entrySet()) {
                String name = c.getKey().substring(packageDir.length());
                boolean companion = source == null ? name.startsWith(simple + "$") : source.equals(sourceFile(c.getValue()));
                if (companion) {
                    found.put(c.getKey(), c.getValue());
                }
            }
            return found;
        } catch (IOException | URISyntaxException e) {
            throw new ExtensionConfigurationException("cannot list the classes beside " + url + ": " + e, e);
        }
    }

    private static String sourceFile(URL classFile) throws IOException {
        try (InputStream in = open(classFile)) {
            return SourceFiles.of(in);
        }
    }

    private static String jarName(String binaryName, ClassLoader loader) {
        try {
            LivePatch patch = Class.forName(binaryName, false, loader).getAnnotation(LivePatch.class);
            if (patch != null) {
                return patch.id() + ".jar";
            }
        } catch (ClassNotFoundException | LinkageError e) {
            // Named after the class, then; the agent says what is wrong with it when it loads.
        }
        return binaryName.substring(binaryName.lastIndexOf('.') + 1) + ".jar";
    }

    private static Path unique(Path dir, String fileName) {
        Path p = dir.resolve(fileName);
        String stem = fileName.endsWith(".jar") ? fileName.substring(0, fileName.length() - 4) : fileName;
        for (int i = 2; Files.exists(p); i++) {
            p = dir.resolve(stem + "-" + i + ".jar");
        }
        return p;
    }

    private static InputStream open(URL url) throws IOException {
        var connection = url.openConnection();
        connection.setUseCaches(false);
        return connection.getInputStream();
    }
}
