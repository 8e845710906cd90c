package io.jlivepatch.it.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A child JVM running the {@link io.jlivepatch.it.fixture.Fixture fixture}, driven through standard
 * input.
 *
 * <p>The JVM runs on {@link ItEnvironment#javaHome()}. Started without {@code -javaagent} on JDK 21
 * or later, it gets {@code -XX:+EnableDynamicAgentLoading}, so attaching the agent prints none of
 * the JDK's dynamic-agent warnings and its standard error holds nothing but what the agent prints.
 *
 * <p>Every wait is bounded. When one runs out, the failure carries a thread dump of the child and
 * one of the test JVM, and the lines the child printed.
 */
public final class TargetJvm implements AutoCloseable {

    /** Generous: two cores may be busy with another JVM starting when this one does. */
    public static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration CALL_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(10);

    private static final Pattern FIXTURE_READY = Pattern.compile("fixture ready pid (?<pid>\\d+)");

    private final Process process;
    private final String name;
    private final LineBuffer stdout;
    private final LineBuffer stderr;
    private final OutputStream stdin;

    private String readyLine;

    private TargetJvm(Process process, String name) {
        this.process = process;
        this.name = name;
        this.stdout = LineBuffer.pump(process.getInputStream(), "[" + name + " out] ", System.out);
        this.stderr = LineBuffer.pump(process.getErrorStream(), "[" + name + " err] ", System.out);
        this.stdin = process.getOutputStream();
    }

    /** The fixture, no agent: the agent arrives through the CLI. */
    public static TargetJvm startFixture() {
        return builder().start();
    }

    /** The fixture with {@code -javaagent:<agent.jar>=<agentArgs>}. */
    public static TargetJvm startFixtureWithAgent(String agentArgs) {
        return builder().javaAgent(agentArgs).start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The line the target printed when it was ready. */
    public String readyLine() {
        return readyLine;
    }

    public long pid() {
        return process.pid();
    }

    public List<String> stdoutLines() {
        return stdout.lines();
    }

    public List<String> stderrLines() {
        return stderr.lines();
    }

    /** Writes one line on the child's standard input. */
    public void send(String line) {
        try {
            stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            stdin.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot send '" + line + "' (alive: " + process.isAlive() + ")", e);
        }
    }

    /**
     * Runs a fixture case and returns its whole answer line: {@code <case>=<result>}, or
     * {@code <case>!<exception class>:<message>}.
     */
    public String call(String fixtureCase) {
        int from = stdout.size();
        send("call " + fixtureCase);
        String eq = fixtureCase + "=";
        String bang = fixtureCase + "!";
        return awaitStdout(from, l -> l.startsWith(eq) || l.startsWith(bang), CALL_TIMEOUT,
                "the answer to 'call " + fixtureCase + "'");
    }

    /**
     * The events the fixture's callback log holds (the test patches' callbacks record there),
     * oldest first; the log is emptied.
     */
    public List<String> callbackEvents() {
        String drained = call("callback-events");
        String events = drained.substring(drained.indexOf('=') + 1);
        return events.equals("none") ? List.of() : List.of(events.split(","));
    }

    /**
     * The first stdout line, from the start, that matches; fails with thread dumps on timeout.
     * {@code what} describes the line for that failure.
     */
    public String awaitLine(String what, Predicate<String> matcher, Duration timeout) {
        return awaitStdout(0, matcher, timeout, what);
    }

    public String awaitLine(Pattern pattern, Duration timeout) {
        return awaitStdout(0, l -> pattern.matcher(l).find(), timeout, "line matching /" + pattern + "/");
    }

    /** Like {@link #awaitLine(String, Predicate, Duration)}, on standard error. */
    public String awaitStderrLine(String what, Predicate<String> matcher, Duration timeout) {
        return await(stderr, 0, matcher, timeout, what + " on stderr");
    }

    private String awaitStdout(int from, Predicate<String> matcher, Duration timeout, String what) {
        return await(stdout, from, matcher, timeout, what);
    }

    private String await(LineBuffer buffer, int from, Predicate<String> matcher, Duration timeout, String what) {
        int index;
        try {
            index = buffer.await(from, matcher, timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(name + ": interrupted while waiting for " + what, e);
        }
        if (index < 0) {
            throw new AssertionError(name + ": waited in vain for " + what + " for " + timeout.toSeconds() + " s"
                    + (process.isAlive() ? "" : " (the JVM exited with " + process.exitValue() + ")")
                    + "\n----- stdout -----\n" + String.join("\n", stdout.lines())
                    + "\n----- stderr -----\n" + String.join("\n", stderr.lines())
                    + (process.isAlive() ? ThreadDumps.forFailure(pid()) : "\n" + ThreadDumps.ofThisJvm()));
        }
        return buffer.get(index);
    }

    @Override
    public void close() {
        exit();
    }

    /**
     * Asks the child to exit, closes its standard input, and kills it if it has not exited in time.
     * Returns the exit status, -1 when it had to be killed.
     */
    public int exit() {
        try {
            if (process.isAlive()) {
                try {
                    send("exit");
                    stdin.close();
                } catch (IOException | UncheckedIOException e) {
                    // Already gone: waitFor tells.
                }
            }
            if (process.waitFor(EXIT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                // Let the pumps take the last lines, so assertions on output see all of it.
                stdout.awaitClosed(EXIT_TIMEOUT);
                stderr.awaitClosed(EXIT_TIMEOUT);
                return process.exitValue();
            }
            System.out.println("[" + name + "] did not exit within " + EXIT_TIMEOUT.toSeconds() + " s:\n"
                    + ThreadDumps.ofProcess(pid()));
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        } finally {
            process.destroyForcibly();
        }
    }

    /** Options of a child JVM. */
    public static final class Builder {

        private String agentArgs;
        private boolean javaAgent;
        private final List<String> jvmOptions = new ArrayList<>();
        private String classPath = ItEnvironment.fixtureClassPath();
        private String mainClass = "io.jlivepatch.it.fixture.Fixture";
        private List<String> args = List.of();
        private Pattern ready = FIXTURE_READY;
        private List<String> wrapper = List.of();

        private Builder() {
        }

        /**
         * Runs the JVM through {@code wrapper}, a command that ends by exec'ing the rest of its
         * arguments (the JVM keeps the wrapper's pid), as {@code unshare} for another namespace.
         */
        public Builder wrappedIn(String... wrapper) {
            this.wrapper = List.of(wrapper);
            return this;
        }

        /** Adds {@code -javaagent:<agent.jar>}, with {@code =agentArgs} unless null. */
        public Builder javaAgent(String agentArgs) {
            this.javaAgent = true;
            this.agentArgs = agentArgs;
            return this;
        }

        public Builder jvmOption(String option) {
            jvmOptions.add(option);
            return this;
        }

        /** The fixture with another class path. */
        public Builder classPath(String classPath) {
            this.classPath = classPath;
            return this;
        }

        /**
         * Another application than the fixture. {@code ready} matches the line it prints on
         * standard output once it serves, with a group named {@code pid} holding its pid.
         */
        public Builder application(String classPath, String mainClass, Pattern ready, String... args) {
            this.classPath = classPath;
            this.mainClass = mainClass;
            this.ready = ready;
            this.args = List.of(args);
            return this;
        }

        public List<String> command() {
            List<String> command = new ArrayList<>(wrapper);
            command.add(ItEnvironment.tool("java").toString());
            if (javaAgent) {
                command.add("-javaagent:" + ItEnvironment.agentJar() + (agentArgs == null ? "" : "=" + agentArgs));
            } else if (ItEnvironment.javaFeatureVersion() >= 21) {
                command.add("-XX:+EnableDynamicAgentLoading");
            }
            // The agent's own checks (each *Locked method asserts that it holds the patch lock).
            command.add("-ea:io.jlivepatch...");
            // Two cores are shared by every JVM of the run: keep each one's own threads few.
            command.add("-XX:+UseSerialGC");
            command.add("-Xmx256m");
            command.addAll(jvmOptions);
            command.add("-cp");
            command.add(classPath);
            command.add(mainClass);
            command.addAll(args);
            return command;
        }

        /** Starts the JVM and waits for the fixture's ready line, whose pid must be the process's. */
        public TargetJvm start() {
            List<String> command = command();
            System.out.println("[target] starting " + String.join(" ", command));
            Process process;
            try {
                process = new ProcessBuilder(command).start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start " + command, e);
            }
            TargetJvm jvm = new TargetJvm(process, "target " + process.pid());
            try {
                String line = jvm.awaitLine(ready, START_TIMEOUT);
                var m = ready.matcher(line);
                if (!m.find() || Long.parseLong(m.group("pid")) != process.pid()) {
                    throw new AssertionError("the target reports '" + line + "', but its pid is " + process.pid());
                }
                jvm.readyLine = line;
            } catch (RuntimeException | Error e) {
                jvm.close();
                throw e;
            }
            return jvm;
        }
    }
}
