package io.jlivepatch.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.ToolProvider;

/** Compiles Java sources given as text, so a test can hold two versions of a class side by side. */
public final class Javac {

    private Javac() {
    }

    /**
     * Compiles {@code sources} (binary class name to source text) into a new directory under
     * {@code dir} named {@code name}, with the extra javac {@code options}, and answers it.
     */
    public static Path compile(Path dir, String name, Map<String, String> sources, String... options) {
        try {
            Path src = Files.createDirectories(dir.resolve(name + "-src"));
            Path out = Files.createDirectories(dir.resolve(name));
            List<String> args = new ArrayList<>(List.of("--release", "17", "-d", out.toString()));
            args.addAll(List.of(options));
            for (Map.Entry<String, String> e : sources.entrySet()) {
                Path file = src.resolve(e.getKey().replace('.', '/') + ".java");
                Files.createDirectories(file.getParent());
                Files.writeString(file, e.getValue());
                args.add(file.toString());
            }
            int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new));
            if (status != 0) {
                throw new AssertionError("javac failed with status " + status + " for " + sources.keySet());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The class file of {@code className} in {@code classes}. */
    public static byte[] classFile(Path classes, String className) {
        try {
            return Files.readAllBytes(classes.resolve(className.replace('.', '/') + ".class"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
