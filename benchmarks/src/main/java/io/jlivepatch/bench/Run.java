package io.jlivepatch.bench;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.results.RunResult;

/**
 * Runs JMH with the jlivepatch agent in every fork: takes JMH's own command line (benchmark
 * regex, {@code -f}, {@code -wi}, {@code -w}, {@code -i}, {@code -r}, {@code -rf json -rff FILE},
 * {@code -prof}, {@code -jvmArgsAppend}, ...) and appends {@code -javaagent:AGENT} to the forks'
 * JVM options, after any the command line gives. The agent logs warnings and errors only
 * ({@code =log=warn}; {@code -Djlivepatch.bench.log=debug} on this JVM gives the forks' agents
 * that level instead, with a line per transition round); each benchmark fork prints the
 * agent's {@code list} once. On JDK 23+
 * the forks also get {@code --sun-misc-unsafe-memory-access=allow}, which silences the warning
 * JMH's own use of {@code sun.misc.Unsafe} causes (give it to the launching JVM as well to
 * silence it there).
 *
 * <p>AGENT is the system property {@code jlivepatch.agent} when set, otherwise
 * {@code agent/target/jlivepatch.jar} of the checkout the benchmarks jar was built in (found
 * relative to {@code benchmarks/target/benchmarks.jar}). From the repository root:
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.jlivepatch.bench.Run TrampolineBenchmark -f 2 -wi 5 -w 1s -i 5 -r 1s
 * java -Djlivepatch.agent=/opt/jlivepatch.jar -cp benchmarks/target/benchmarks.jar io.jlivepatch.bench.Run ...
 * </pre>
 * The forks run on the JVM that runs this class unless {@code -jvm} says otherwise.
 */
public final class Run {

    /** The system property that names the agent jar. */
    public static final String AGENT_PROPERTY = "jlivepatch.agent";

    private Run() {
    }

    public static void main(String[] args) throws Exception {
        CommandLineOptions cmd;
        try {
            cmd = new CommandLineOptions(args);
        } catch (CommandLineOptionException e) {
            System.err.println("Error parsing command line:");
            System.err.println(" " + e.getMessage());
            System.exit(1);
            return;
        }
        if (cmd.shouldHelp() || cmd.shouldList() || cmd.shouldListWithParams() || cmd.shouldListProfilers()
                || cmd.shouldListResultFormats()) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        Path agent;
        try {
            agent = agentJar();
        } catch (IllegalStateException e) {
            System.err.println("jlivepatch benchmarks: " + e.getMessage());
            System.exit(2);
            return;
        }
        List<String> jvmArgs = new ArrayList<>(cmd.getJvmArgsAppend().orElse(List.of()));
        // The agent's lifecycle lines would interleave with JMH's progress; the benchmarks print
        // the agent's list instead, and warnings and errors still show.
        // TransitionBenchmark keeps a transition open for a whole fork: no back-out, no stall reports.
        jvmArgs.add("-javaagent:" + agent + "=log=" + System.getProperty("jlivepatch.bench.log", "warn") + ",transition-timeout=0,stall-report=999999");
        if (!cmd.getJvm().hasValue() && Runtime.version().feature() >= 23) {
            // JMH 1.37 itself uses sun.misc.Unsafe, which JDK 24+ warns about in every fork.
            jvmArgs.add("--sun-misc-unsafe-memory-access=allow");
        }
        Options options = new OptionsBuilder()
                .parent(cmd)
                .jvmArgsAppend(jvmArgs.toArray(String[]::new))
                .build();
        System.err.println("jlivepatch benchmarks: forks run with -javaagent:" + agent);
        try {
            Collection<RunResult> results = new Runner(options).run();
            if (results.isEmpty()) {
                System.exit(1);
            }
        } catch (NoBenchmarksException e) {
            System.err.println("No matching benchmarks. Miss-spelled regexp?");
            System.exit(1);
        } catch (RunnerException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                System.err.println(t.getMessage());
            }
            System.exit(1);
        }
    }

    /** The agent jar, as an absolute path that exists. */
    static Path agentJar() {
        String property = System.getProperty(AGENT_PROPERTY);
        Path jar;
        if (property != null && !property.isBlank()) {
            jar = Path.of(property).toAbsolutePath().normalize();
        } else {
            Path here = codeLocation();
            // benchmarks/target/benchmarks.jar, or benchmarks/target/classes when run from an IDE:
            // either way its parent is benchmarks/target.
            jar = here.getParent().resolve("../../agent/target/jlivepatch.jar").normalize();
        }
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("agent jar " + jar + " not found; build it with `mvn -q -B -pl"
                    + " api,agent,benchmarks package -DskipTests` or name it with -D" + AGENT_PROPERTY + "=PATH");
        }
        return jar;
    }

    private static Path codeLocation() {
        try {
            return Path.of(Run.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toAbsolutePath().normalize();
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("cannot tell where the benchmarks jar is (" + e + "); name the agent"
                    + " jar with -D" + AGENT_PROPERTY + "=PATH");
        }
    }
}
