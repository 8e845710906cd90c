package io.jlivepatch.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The agent jar run as the CLI, {@code java -jar jlivepatch.jar <args>}, on
 * {@link ItEnvironment#javaHome()}. Each run is bounded; one that hangs is dumped and killed.
 */
public final class Cli {

    /** Loading a patch attaches, retransforms and runs a transition: far more than it needs. */
    public static final Duration TIMEOUT = Duration.ofSeconds(60);

    private Cli() {
    }

    public static Result run(String... args) {
        return run(TIMEOUT, args);
    }

    public static Result run(Duration timeout, String... args) {
        return run(timeout, List.of(), args);
    }

    /**
     * Runs the CLI with JVM options of its own, such as the {@code java.io.tmpdir} under which it
     * derives the agent's control socket.
     */
    public static Result runWith(List<String> jvmOptions, String... args) {
        return run(TIMEOUT, jvmOptions, args);
    }

    /** Runs the CLI from another copy of the agent jar. */
    public static Result runFrom(Path agentJar, String... args) {
        return run(TIMEOUT, List.of(), agentJar, args);
    }

    private static Result run(Duration timeout, List<String> jvmOptions, String... args) {
        return run(timeout, jvmOptions, ItEnvironment.agentJar(), args);
    }

    private static Result run(Duration timeout, List<String> jvmOptions, Path agentJar, String... args) {
        List<String> command = new ArrayList<>();
        command.add(ItEnvironment.tool("java").toString());
        // A short-lived client: C1 only and one GC thread start it faster on two shared cores.
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        // As bin/jlivepatch runs it: on JDK 18+ the command reaches the agent through the Attach
        // API's natives only with native reflection accessors (cli/UnixClient).
        command.add("-Djdk.reflect.useNativeAccessorOnly=true");
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(agentJar.toString());
        command.addAll(Arrays.asList(args));
        String shown = "jlivepatch " + String.join(" ", args);
        System.out.println("[cli] " + shown);
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
        try {
            process.getOutputStream().close();
            LineBuffer out = LineBuffer.pump(process.getInputStream(), "[cli out] ", System.out);
            LineBuffer err = LineBuffer.pump(process.getErrorStream(), "[cli err] ", System.out);
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                String dump = ThreadDumps.ofProcess(process.pid());
                throw new AssertionError("'" + shown + "' did not finish within " + timeout.toSeconds() + " s"
                        + "\n----- stdout -----\n" + String.join("\n", out.lines())
                        + "\n----- stderr -----\n" + String.join("\n", err.lines())
                        + "\n===== thread dump of the CLI =====\n" + dump
                        + targetDump(args)
                        + "\n===== thread dump of the test JVM =====\n" + ThreadDumps.ofThisJvm());
            }
            if (!out.awaitClosed(timeout) || !err.awaitClosed(timeout)) {
                throw new AssertionError("'" + shown + "' exited but its output did not close"
                        + " (a child process of the CLI holds it?)");
            }
            return new Result(shown, process.exitValue(), out.lines(), err.lines());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running '" + shown + "'", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            process.destroyForcibly();
        }
    }

    /** The target JVM is where a hung command usually waits: a transition that does not finish. */
    private static String targetDump(String[] args) {
        if (args.length < 2 || !args[1].matches("\\d{1,18}")) {
            return "";
        }
        long pid = Long.parseLong(args[1]);
        return ProcessHandle.of(pid).isPresent()
                ? "\n===== thread dump of the target JVM " + pid + " =====\n" + ThreadDumps.ofProcess(pid)
                : "";
    }

    public static Result load(long pid, Path patchJar) {
        return run("load", Long.toString(pid), patchJar.toString());
    }

    public static Result list(long pid) {
        return run("list", Long.toString(pid));
    }

    public static Result enable(long pid, String id) {
        return run("enable", Long.toString(pid), id);
    }

    public static Result disable(long pid, String id) {
        return run("disable", Long.toString(pid), id);
    }

    public static Result unload(long pid, String id) {
        return run("unload", Long.toString(pid), id);
    }

    public static Result force(long pid, String id) {
        return run("force", Long.toString(pid), id);
    }

    public static Result threads(long pid) {
        return run("threads", Long.toString(pid));
    }

    /** What one run of the CLI did. */
    public record Result(String command, int exitCode, List<String> stdout, List<String> stderr) {

        /** Asserts exit status 0 and returns this. */
        public Result assertSuccess() {
            if (exitCode != 0) {
                throw new AssertionError("'" + command + "' failed with exit status " + exitCode + describe());
            }
            return this;
        }

        /**
         * Asserts the CLI's failure contract, a non-zero exit status with exactly one line on
         * standard error, and returns that line.
         */
        public String assertFailure() {
            if (exitCode == 0) {
                throw new AssertionError("'" + command + "' succeeded but must fail" + describe());
            }
            if (stderr.size() != 1 || stderr.get(0).isBlank()) {
                throw new AssertionError("'" + command + "' must fail with exactly one line on stderr, got "
                        + stderr.size() + describe());
            }
            return stderr.get(0);
        }

        /** The parsed output of {@code list}; asserts success first. */
        public PatchList patchList() {
            assertSuccess();
            return PatchList.parse(command, stdout);
        }

        private String describe() {
            return "\n----- stdout -----\n" + String.join("\n", stdout)
                    + "\n----- stderr -----\n" + String.join("\n", stderr);
        }
    }
}
