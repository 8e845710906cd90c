package io.jlivepatch.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the agent jar's command line, {@code java -jar jlivepatch.jar <command> <pid> ...}. */
final class AgentCli {

    /** Long enough for a transition that waits out a busy thread; short enough for the story. */
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final JavaLauncher java;
    private final Path agentJar;
    private final String outputPrefix;
    private volatile Process running;

    AgentCli(JavaLauncher java, Path agentJar, String outputPrefix) {
        this.java = java;
        this.agentJar = agentJar;
        this.outputPrefix = outputPrefix;
    }

    /** What a command printed and how it exited; {@code exitCode} is -1 if it had to be killed. */
    record Outcome(String commandLine, int exitCode, List<String> output) {

        boolean succeeded() {
            return exitCode == 0;
        }
    }

    /** The command line {@link #run} runs for {@code arguments}, as the user would type it. */
    String commandLine(List<String> arguments) {
        return String.join(" ", command(arguments));
    }

    /** Runs one command; its stdout and stderr are pumped to ours behind the prefix. */
    Outcome run(List<String> arguments) throws IOException, InterruptedException {
        List<String> output = Collections.synchronizedList(new ArrayList<>());
        Process process = new ProcessBuilder(command(arguments)).redirectErrorStream(true).start();
        running = process;
        try {
            process.getOutputStream().close();
            Thread pump = OutputPump.start(process.getInputStream(), outputPrefix, output::add);
            if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                destroy();
                output.add("(killed after " + TIMEOUT.toSeconds() + " s)");
                return new Outcome(commandLine(arguments), -1, List.copyOf(output));
            }
            pump.join(TimeUnit.SECONDS.toMillis(5));
            return new Outcome(commandLine(arguments), process.exitValue(), List.copyOf(output));
        } finally {
            running = null;
        }
    }

    /** Kills the command in flight, if any; for the shutdown hook. */
    void destroy() {
        Process process = running;
        if (process != null) {
            process.destroyForcibly();
        }
    }

    private List<String> command(List<String> arguments) {
        List<String> all = new ArrayList<>(List.of("-jar", agentJar.toString()));
        all.addAll(arguments);
        return java.command(all);
    }
}
