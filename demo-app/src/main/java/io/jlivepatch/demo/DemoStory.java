package io.jlivepatch.demo;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo, told step by step: a service with a pricing bug runs under load, the agent attaches to
 * it and patches the bug, the patch is disabled again, and not one request fails on the way.
 *
 * <p>Arguments, all optional, relative paths against the working directory (the repository root):
 * the agent jar ({@code agent/target/jlivepatch.jar}), the patch jar
 * ({@code demo-app/target/patches/fix-pricing.jar}) and the {@code java} executable to start the
 * service and the agent's CLI with (the one running the story). Exits 0 if every step saw what it
 * expected, 1 otherwise, after saying what went wrong.
 */
public final class DemoStory {

    private static final String PATCH_ID = "fix-pricing";
    private static final Order BUGGY_ORDER = Order.LARGE;
    private static final long RIGHT_TOTAL = BUGGY_ORDER.expectedTotal();
    /** What the bug answers: the right total wrapped around to {@code int}, as the int multiply does. */
    private static final long WRONG_TOTAL = (int) RIGHT_TOTAL;
    private static final int LOAD_THREADS = 4;
    private static final Duration LISTEN_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration SWITCH_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration PATCHED_LOAD = Duration.ofSeconds(2);
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);

    private final Path agentJar;
    private final Path patchJar;
    private final Path javaExecutable;
    private final List<String> problems = new ArrayList<>();
    private volatile ServiceProcess service;
    private volatile AgentCli cli;
    private LoadGenerator load;
    private int step;

    private DemoStory(Path agentJar, Path patchJar, Path javaExecutable) {
        this.agentJar = agentJar;
        this.patchJar = patchJar;
        this.javaExecutable = javaExecutable;
    }

    public static void main(String[] args) {
        Path agentJar = Path.of(args.length > 0 ? args[0] : "agent/target/jlivepatch.jar");
        Path patchJar = Path.of(args.length > 1 ? args[1] : "demo-app/target/patches/fix-pricing.jar");
        Path java = args.length > 2 ? Path.of(args[2]) : currentJava();
        DemoStory story = new DemoStory(agentJar, patchJar, java);
        Runtime.getRuntime().addShutdownHook(new Thread(story::killChildren, "demo-story-cleanup"));
        System.exit(story.run());
    }

    private int run() {
        System.out.println("jlivepatch demo: fix a pricing bug in a running service, under load, without a restart");
        try {
            tell();
        } catch (StoryStopped e) {
            problems.add(e.getMessage());
        } catch (IOException | RuntimeException e) {
            problems.add("step " + step + " broke: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problems.add("interrupted at step " + step);
        } finally {
            stopChildren();
        }
        if (problems.isEmpty()) {
            System.out.println("demo passed");
            return 0;
        }
        System.out.println("demo FAILED:");
        problems.forEach(problem -> System.out.println("  - " + problem));
        return 1;
    }

    private void tell() throws IOException, InterruptedException {
        requireFile(agentJar, "agent jar", "build it with: mvn -pl agent -am package");
        requireFile(patchJar, "patch jar", "build it with: mvn -pl demo-app -am package");
        JavaLauncher java = JavaLauncher.of(javaExecutable);
        cli = new AgentCli(java, agentJar, "  [cli] ");

        List<String> serviceCommand = ServiceProcess.command(java, ownClassPath());
        say("starting the service (java " + java.feature() + ", no agent): " + String.join(" ", serviceCommand));
        service = ServiceProcess.start(serviceCommand, "  [service] ");
        int port = service.awaitPort(LISTEN_TIMEOUT);
        long pid = service.pid();
        say("the service is up: pid " + pid + ", port " + port);

        load = new LoadGenerator(port, LOAD_THREADS, List.of(Order.SMALL, BUGGY_ORDER));
        load.start();
        say("load generator started: " + LOAD_THREADS + " threads sending GET /price for "
                + Order.SMALL + " and " + BUGGY_ORDER);

        PriceClient client = new PriceClient(port);
        long before = client.price(BUGGY_ORDER);
        say("the bug: " + BUGGY_ORDER + " should cost " + RIGHT_TOTAL + ", the service says " + before);
        if (before != WRONG_TOTAL) {
            throw new StoryStopped("expected the buggy total " + WRONG_TOTAL + " before the patch, got " + before);
        }

        runCli("loading the patch", List.of("load", Long.toString(pid), patchJar.toString()));
        awaitTotal(client, RIGHT_TOTAL, "after the patch", "right");

        Thread.sleep(PATCHED_LOAD.toMillis());
        LoadGenerator.Result patched = load.snapshot();
        say("kept the load on the patched service for " + PATCHED_LOAD.toSeconds() + " s: "
                + patched.requests() + " requests so far, " + patched.failed() + " failed");

        runCli("disabling the patch", List.of("disable", Long.toString(pid), PATCH_ID));
        awaitTotal(client, WRONG_TOTAL, "after disable", "the bug is back");

        listPatches(pid);

        LoadGenerator.Result result = load.stop();
        load = null;
        reportLoad(result);
    }

    private void listPatches(long pid) throws IOException, InterruptedException {
        List<String> arguments = List.of("list", Long.toString(pid));
        say("listing the patches: $ " + cli.commandLine(arguments));
        AgentCli.Outcome list = cli.run(arguments);
        say("list exited " + list.exitCode());
        if (!list.succeeded()) {
            problems.add("'" + list.commandLine() + "' exited " + list.exitCode());
        } else if (list.output().stream().noneMatch(line -> line.contains(PATCH_ID))) {
            problems.add("'" + list.commandLine() + "' does not mention " + PATCH_ID);
        }
    }

    private void runCli(String what, List<String> arguments) throws IOException, InterruptedException {
        say(what + ": $ " + cli.commandLine(arguments));
        AgentCli.Outcome outcome = cli.run(arguments);
        say(arguments.get(0) + " exited " + outcome.exitCode());
        if (!outcome.succeeded()) {
            throw new StoryStopped("'" + outcome.commandLine() + "' exited " + outcome.exitCode()
                    + (outcome.output().isEmpty() ? "" : ": " + outcome.output().get(outcome.output().size() - 1)));
        }
    }

    /**
     * Asks for the buggy order's total until it is {@code wanted}. The CLI may return before every
     * thread has switched, so a first answer from the old code is reported but is no failure; a
     * switch that never comes is.
     */
    private void awaitTotal(PriceClient client, long wanted, String when, String meaning)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        long first = client.price(BUGGY_ORDER);
        long latest = first;
        while (latest != wanted && System.nanoTime() - start < SWITCH_TIMEOUT.toNanos()) {
            Thread.sleep(20);
            latest = client.price(BUGGY_ORDER);
        }
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        if (latest != wanted) {
            throw new StoryStopped(when + ": expected " + wanted + ", the service still says " + latest
                    + " after " + millis + " ms");
        }
        if (first == wanted) {
            say(when + ": the service says " + wanted + " (" + meaning + ")");
        } else {
            say(when + ": the service first said " + first + ", then " + wanted + " (" + meaning + ") after "
                    + millis + " ms");
        }
    }

    private void reportLoad(LoadGenerator.Result result) {
        say("load stopped: " + result.requests() + " requests; answers for " + BUGGY_ORDER + ": "
                + result.count(BUGGY_ORDER, WRONG_TOTAL) + " x " + WRONG_TOTAL + " (bug), "
                + result.count(BUGGY_ORDER, RIGHT_TOTAL) + " x " + RIGHT_TOTAL + " (patched)");
        System.out.println("failed requests: " + result.failed());
        if (result.failed() > 0) {
            problems.add(result.failed() + " requests failed, first: " + result.failures());
        }
        if (result.count(BUGGY_ORDER, RIGHT_TOTAL) == 0) {
            problems.add("the load never saw the patched total " + RIGHT_TOTAL);
        }
        if (result.count(BUGGY_ORDER, WRONG_TOTAL) == 0) {
            problems.add("the load never saw the buggy total " + WRONG_TOTAL);
        }
        checkOnly(result, Order.SMALL, Set.of(Order.SMALL.expectedTotal()));
        checkOnly(result, BUGGY_ORDER, Set.of(WRONG_TOTAL, RIGHT_TOTAL));
    }

    private void checkOnly(LoadGenerator.Result result, Order order, Set<Long> allowed) {
        Map<Long, Long> answers = result.answers().get(order);
        if (!allowed.containsAll(answers.keySet())) {
            problems.add("answers for " + order + " other than " + allowed + ": " + answers);
        }
    }

    /** The orderly end: load first, so that stopping the service fails no request. */
    private void stopChildren() {
        try {
            if (load != null) {
                LoadGenerator.Result result = load.stop();
                load = null;
                say("load stopped early: " + result.requests() + " requests, " + result.failed() + " failed");
                if (result.failed() > 0) {
                    problems.add(result.failed() + " requests failed, first: " + result.failures());
                }
            }
            ServiceProcess running = service;
            if (running != null && running.isAlive()) {
                say("stopping the service: closing its stdin");
                if (running.stop(STOP_GRACE)) {
                    System.out.println("the service exited with status " + running.exitValue());
                } else {
                    problems.add("the service did not exit within " + STOP_GRACE.toSeconds()
                            + " s of its stdin closing; destroyed it");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            killChildren();
        }
    }

    /** For the shutdown hook: whatever is still running goes, without ceremony. */
    private void killChildren() {
        AgentCli runningCli = cli;
        if (runningCli != null) {
            runningCli.destroy();
        }
        ServiceProcess running = service;
        if (running != null && running.isAlive()) {
            running.destroy();
        }
    }

    private void say(String line) {
        System.out.println("[" + ++step + "] " + line);
    }

    private static void requireFile(Path file, String what, String hint) {
        if (!Files.isRegularFile(file)) {
            throw new StoryStopped(what + " not found: " + file.toAbsolutePath() + " (" + hint + ")");
        }
    }

    private static Path ownClassPath() {
        try {
            return Path.of(DemoStory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot tell where the demo's classes are", e);
        }
    }

    private static Path currentJava() {
        return ProcessHandle.current().info().command().map(Path::of)
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java"));
    }

    /** A step saw something that makes the rest of the story meaningless. */
    private static final class StoryStopped extends RuntimeException {

        private static final long serialVersionUID = 1L;

        StoryStopped(String message) {
            super(message);
        }
    }
}
