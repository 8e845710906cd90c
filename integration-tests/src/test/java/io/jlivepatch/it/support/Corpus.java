package io.jlivepatch.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The versions of the build corpus's application ({@code src/test/resources/build-corpus}),
 * compiled at test time: version {@code n} is the sources of {@code v1}, each replaced or joined
 * by those of {@code v2} up to {@code vn}, so that a version holds only the files it changes.
 */
public final class Corpus {

    /** Matches the application's ready line. */
    public static final java.util.regex.Pattern READY =
            java.util.regex.Pattern.compile("corpus ready pid (?<pid>\\d+)");
    public static final String MAIN = "corpus.App";

    private Corpus() {
    }

    /** Compiles version {@code n} into {@code dir}/v{@code n} and answers that class directory. */
    public static Path compile(Path dir, int n) {
        Path root = ItEnvironment.patchClasses().resolve("build-corpus");
        Map<String, Path> sources = new TreeMap<>();
        for (int v = 1; v <= n; v++) {
            Path version = root.resolve("v" + v);
            try (Stream<Path> files = Files.walk(version)) {
                files.filter(f -> f.toString().endsWith(".java"))
                        .forEach(f -> sources.put(version.relativize(f).toString(), f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Path out = dir.resolve("v" + n);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("--release", "17", "-d", out.toString()));
        for (Path source : sources.values()) {
            args.add(source.toString());
        }
        int status = javac.run(null, null, null, args.toArray(String[]::new));
        if (status != 0) {
            throw new AssertionError("the corpus's version " + n + " does not compile (status " + status + ")");
        }
        return out;
    }
}
