package io.jlivepatch.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;

/** Two releases of a one-class application, {@code app.Fees}: the one in the repository and this build's. */
final class Releases {

    static final String RELEASED = "package app; public class Fees { public int fee(int n) { return n / 10; } }";

    private final Path dir;

    Releases(Path dir) {
        this.dir = dir;
    }

    /** The classes of {@code source} (class {@code app.Fees}) compiled into {@code dir/name}. */
    Path compile(String name, String source) throws IOException {
        Path src = Files.createDirectories(dir.resolve(name + "-src/app")).resolve("Fees.java");
        Files.writeString(src, source);
        Path out = dir.resolve(name);
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "17", "-d",
                out.toString(), src.toString());
        assertEquals(0, status, "javac");
        return out;
    }

    /** The released jar, as the repository holds it. */
    Path released() throws IOException {
        Path classes = compile("released", RELEASED);
        Path jar = dir.resolve("app-1.0.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            j.putNextEntry(new JarEntry("app/Fees.class"));
            j.write(Files.readAllBytes(classes.resolve("app/Fees.class")));
            j.closeEntry();
        }
        return jar;
    }
}
