package io.jlivepatch.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code java} executable the story starts its children with, and its feature version. */
final class JavaLauncher {

    /** Matches {@code version "17.0.15"}, {@code version "21"}, {@code version "25-ea"}, {@code version "1.8.0_402"}. */
    private static final Pattern VERSION = Pattern.compile("version \"(1\\.)?(\\d+)");

    private final Path executable;
    private final int feature;

    private JavaLauncher(Path executable, int feature) {
        this.executable = executable;
        this.feature = feature;
    }

    /** Finds out the feature version of {@code executable}, by asking it unless it is our own. */
    static JavaLauncher of(Path executable) throws IOException, InterruptedException {
        if (!Files.isExecutable(executable)) {
            throw new IOException("not an executable: " + executable);
        }
        if (isCurrent(executable)) {
            return new JavaLauncher(executable, Runtime.version().feature());
        }
        return new JavaLauncher(executable, askVersion(executable));
    }

    Path executable() {
        return executable;
    }

    int feature() {
        return feature;
    }

    /**
     * Options that let the agent attach to a JVM started with this java without a warning. JDK 21
     * warns on dynamic agent loading (JEP 451); JDK 17 refuses to start with the option.
     */
    List<String> dynamicAgentOptions() {
        return feature >= 21 ? List.of("-XX:+EnableDynamicAgentLoading") : List.of();
    }

    /** {@code java} followed by {@code arguments}. */
    List<String> command(List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(arguments);
        return command;
    }

    private static boolean isCurrent(Path executable) throws IOException {
        Optional<String> current = ProcessHandle.current().info().command();
        return current.isPresent() && Files.isSameFile(Path.of(current.get()), executable);
    }

    private static int askVersion(Path executable) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(executable.toString(), "-version").redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), Charset.defaultCharset());
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(executable + " -version did not finish in 30 s");
        }
        Matcher matcher = VERSION.matcher(output);
        if (!matcher.find()) {
            throw new IOException("cannot tell the version of " + executable + " from: " + output.strip());
        }
        return Integer.parseInt(matcher.group(2));
    }
}
