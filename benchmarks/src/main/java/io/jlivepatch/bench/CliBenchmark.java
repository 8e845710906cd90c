package io.jlivepatch.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The jlivepatch command against Byteman's {@code bmsubmit}, as a user runs each: every
 * operation a fresh CLI process, timed from its start to its exit. One target JVM
 * ({@link CliTarget}) runs both agents, with {@code -javaagent}, and threads that call the method
 * both fix. Each round applies and removes the fix with one tool, then with the other; the tool that
 * goes first alternates. Then the target's threads stop, and jlivepatch alone runs the idle rounds.
 *
 * <p>After each jlivepatch operation the harness asks the agent ({@code requests}, not timed) how
 * long it spent on it, from accepting the connection to writing the answer: the agent's own share.
 *
 * <pre>
 * mvn -q -B -pl api,agent,benchmarks package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar io.jlivepatch.bench.CliBenchmark [rounds [idle rounds [threads]]]
 * </pre>
 * Defaults: 40 rounds, 20 idle rounds, 4 threads. jlivepatch runs as {@code agent/target/bin/jlivepatch}
 * (the launcher, with its class-data-sharing archive); Byteman as its {@code bmsubmit} script runs it,
 * {@code java -cp byteman-submit.jar org.jboss.byteman.agent.submit.Submit}, both on the JVM that runs
 * this class.
 */
public final class CliBenchmark {

    /** The fix of {@link CliFix}, as a Byteman rule. */
    static final String RULE = String.join("\n",
            "RULE cli-fix",
            "CLASS io.jlivepatch.bench.CliTarget",
            "METHOD price(int)",
            "AT ENTRY",
            "IF true",
            "DO return $1 * 2",
            "ENDRULE",
            "");

    private static final long TIMEOUT_SECONDS = 120;

    private final Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    private final Path launcher;
    private final Path byteman;
    private final Path submit;
    private final Path work;
    private long pid;
    private int port;

    private CliBenchmark(Path root, Path work) {
        this.launcher = existing(root.resolve("agent/target/bin/jlivepatch"));
        this.byteman = existing(root.resolve("benchmarks/target/byteman/byteman.jar"));
        this.submit = existing(root.resolve("benchmarks/target/byteman/byteman-submit.jar"));
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int idleRounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        Path agent = Run.agentJar();
        Path root = agent.getParent().getParent().getParent();
        Path work = Files.createTempDirectory("jlivepatch-cli-bench-");
        new CliBenchmark(root, work).run(agent, rounds, idleRounds, threads);
    }

    private void run(Path agent, int rounds, int idleRounds, int threads) throws Exception {
        Path patch = AgentControl.patchJarOf(CliFix.class);
        Path rule = Files.writeString(work.resolve("cli-fix.btm"), RULE);
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        // The target's class path holds the target alone: the agent refuses a patch whose classes
        // the application has.
        Path application = AgentControl.jarOf("CliTarget", CliTarget.class);
        Process target = new ProcessBuilder(java.toString(),
                "-javaagent:" + agent + "=log=warn",
                "-javaagent:" + byteman + "=listener:true,port:" + port,
                "-cp", application.toString(), CliTarget.class.getName(), Integer.toString(threads))
                .redirectError(work.resolve("target.err").toFile())
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(target.getInputStream(), StandardCharsets.UTF_8));
        OutputStream in = target.getOutputStream();
        try {
            String ready = out.readLine();
            if (ready == null || !ready.startsWith("cli target ready pid ")) {
                throw new IllegalStateException("the target did not start: " + ready + "; see " + work.resolve("target.err"));
            }
            pid = target.pid();
            String p = Long.toString(pid);
            jlivepatch("load", p, patch.toString());
            check(in, out, "price(21)=42", "after load");
            jlivepatch("disable", p, CliFix.ID);
            check(in, out, "price(21)=43", "after disable");
            // Warm-up: the first Byteman rule compiles its engine; the first enable links the trampoline.
            bmsubmit("-l", rule.toString());
            bmsubmit("-u", rule.toString());
            jlivepatch("enable", p, CliFix.ID);
            jlivepatch("disable", p, CliFix.ID);

            Samples jlEnable = new Samples("jlivepatch enable");
            Samples jlDisable = new Samples("jlivepatch disable");
            Samples bmLoad = new Samples("bmsubmit -l");
            Samples bmUnload = new Samples("bmsubmit -u");
            Samples handledEnable = new Samples("agent: enable");
            Samples handledDisable = new Samples("agent: disable");
            for (int round = 0; round < rounds; round++) {
                for (int turn = 0; turn < 2; turn++) {
                    if ((round + turn) % 2 == 0) {
                        jlEnable.add(jlivepatch("enable", p, CliFix.ID));
                        check(in, out, "price(21)=42", "after enable");
                        handledEnable.add(handled("enable"));
                        jlDisable.add(jlivepatch("disable", p, CliFix.ID));
                        check(in, out, "price(21)=43", "after disable");
                        handledDisable.add(handled("disable"));
                    } else {
                        bmLoad.add(bmsubmit("-l", rule.toString()));
                        check(in, out, "price(21)=42", "after bmsubmit -l");
                        bmUnload.add(bmsubmit("-u", rule.toString()));
                        check(in, out, "price(21)=43", "after bmsubmit -u");
                    }
                }
            }
            send(in, "idle");
            await(out, "idle");
            Samples idleEnable = new Samples("agent, idle: enable");
            Samples idleDisable = new Samples("agent, idle: disable");
            Samples idleCliEnable = new Samples("jlivepatch enable, idle");
            for (int round = 0; round < idleRounds; round++) {
                idleCliEnable.add(jlivepatch("enable", p, CliFix.ID));
                idleEnable.add(handled("enable"));
                jlivepatch("disable", p, CliFix.ID);
                idleDisable.add(handled("disable"));
            }

            System.out.printf(Locale.ROOT, "%s %s, %d cores, target with %d busy threads, %d rounds, %d idle rounds%n",
                    System.getProperty("java.vm.name"), Runtime.version(), Runtime.getRuntime().availableProcessors(),
                    threads, rounds, idleRounds);
            System.out.printf(Locale.ROOT, "%-28s %5s %9s %9s%n", "ms (one CLI process each)", "n", "p50", "p90");
            for (Samples s : List.of(jlEnable, jlDisable, bmLoad, bmUnload)) {
                s.print();
            }
            Samples jl = jlEnable.with(jlDisable, "jlivepatch, both");
            Samples bm = bmLoad.with(bmUnload, "bmsubmit, both");
            jl.print();
            bm.print();
            System.out.printf(Locale.ROOT, "ratio bmsubmit/jlivepatch: p50 %.2f, p90 %.2f%n",
                    bm.percentile(50) / jl.percentile(50), bm.percentile(90) / jl.percentile(90));
            System.out.printf(Locale.ROOT, "%-28s %5s %9s %9s%n", "ms (the agent's own)", "n", "p50", "p90");
            for (Samples s : List.of(handledEnable, handledDisable, idleEnable, idleDisable, idleCliEnable)) {
                s.print();
            }
        } finally {
            send(in, "exit");
            if (!target.waitFor(10, TimeUnit.SECONDS)) {
                target.destroyForcibly();
            }
        }
    }

    /** Runs {@code bin/jlivepatch}; answers its wall time in ms. */
    private double jlivepatch(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(Arrays.asList(args));
        return time(command);
    }

    /** Runs Byteman's Submit as {@code bmsubmit} does; answers its wall time in ms. */
    private double bmsubmit(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", submit.toString(),
                "org.jboss.byteman.agent.submit.Submit", "-p", Integer.toString(port)));
        command.addAll(Arrays.asList(args));
        return time(command);
    }

    private double time(List<String> command) throws Exception {
        Path log = work.resolve("cli.out");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish in " + TIMEOUT_SECONDS + " s");
        }
        long nanos = System.nanoTime() - start;
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + Files.readString(log));
        }
        return nanos / 1e6;
    }

    /** The agent's time on its last {@code operation} of the fix, from its {@code requests}. */
    private double handled(String operation) throws Exception {
        Path log = work.resolve("requests.out");
        Process process = new ProcessBuilder(launcher.toString(), "requests", Long.toString(pid))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("jlivepatch requests failed: " + Files.readString(log));
        }
        List<String> lines = Files.readAllLines(log);
        String suffix = " ms ok: " + operation + " " + CliFix.ID;
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i);
            if (line.endsWith(suffix)) {
                return Double.parseDouble(line.substring(0, line.length() - suffix.length()));
            }
        }
        throw new IllegalStateException("no '" + operation + "' in the agent's requests: " + lines);
    }

    private static void check(OutputStream in, BufferedReader out, String expected, String when) throws IOException {
        send(in, "price");
        String answer = await(out, "price(21)=");
        if (!answer.equals(expected)) {
            throw new IllegalStateException(when + ": the target answered " + answer + ", not " + expected);
        }
    }

    private static void send(OutputStream in, String line) throws IOException {
        in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    private static String await(BufferedReader out, String prefix) throws IOException {
        for (String line; (line = out.readLine()) != null; ) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new IllegalStateException("the target exited while waiting for " + prefix);
    }

    private static Path existing(Path file) {
        if (!Files.exists(file)) {
            throw new IllegalStateException(file + " not found; build with `mvn -q -B -pl api,agent,benchmarks package"
                    + " -DskipTests`");
        }
        return file;
    }

    /** Times in ms. */
    private static final class Samples {
        private final String name;
        private final List<Double> values = new ArrayList<>();

        Samples(String name) {
            this.name = name;
        }

        void add(double ms) {
            values.add(ms);
        }

        Samples with(Samples other, String name) {
            Samples both = new Samples(name);
            both.values.addAll(values);
            both.values.addAll(other.values);
            return both;
        }

        /** Nearest rank. */
        double percentile(int p) {
            double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);
            return sorted[Math.max(0, rank - 1)];
        }

        void print() {
            System.out.printf(Locale.ROOT, "%-28s %5d %9.1f %9.1f%n", name, values.size(), percentile(50), percentile(90));
        }
    }
}
