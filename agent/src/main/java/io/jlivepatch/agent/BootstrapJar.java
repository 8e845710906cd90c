package io.jlivepatch.agent;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Copies the classes of {@code io.jlivepatch.bootstrap} out of the agent jar into a jar of their
 * own and appends it to the bootstrap class path, so that trampolines in classes of any loader
 * resolve the same dispatcher.
 */
final class BootstrapJar {

    static final String PACKAGE_PATH = "io/jlivepatch/bootstrap/";

    private BootstrapJar() {
    }

    static void append(java.lang.instrument.Instrumentation inst) throws IOException, URISyntaxException {
        Path source = Path.of(Agent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path jar = Files.createTempFile("jlivepatch-bootstrap-", ".jar");
        jar.toFile().deleteOnExit();
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream target = new JarOutputStream(out)) {
            if (Files.isDirectory(source)) {
                copyFromDirectory(source, target);
            } else {
                copyFromJar(source, target);
            }
        }
        inst.appendToBootstrapClassLoaderSearch(new JarFile(jar.toFile()));
    }

    private static void copyFromJar(Path source, JarOutputStream target) throws IOException {
        try (JarFile agent = new JarFile(source.toFile())) {
            Enumeration<JarEntry> entries = agent.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                if (e.getName().startsWith(PACKAGE_PATH) && e.getName().endsWith(".class")) {
                    try (InputStream in = agent.getInputStream(e)) {
                        put(target, e.getName(), in.readAllBytes());
                    }
                }
            }
        }
    }

    private static void copyFromDirectory(Path classes, JarOutputStream target) throws IOException {
        Path dir = classes.resolve(PACKAGE_PATH);
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> p.toString().endsWith(".class")).forEach(files::add);
        }
        for (Path p : files) {
            put(target, PACKAGE_PATH + p.getFileName(), Files.readAllBytes(p));
        }
    }

    private static void put(JarOutputStream target, String name, byte[] bytes) throws IOException {
        target.putNextEntry(new JarEntry(name));
        target.write(bytes);
        target.closeEntry();
    }
}
