package io.jlivepatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.demo.LoadGenerator;
import io.jlivepatch.demo.Order;
import io.jlivepatch.demo.PriceClient;
import io.jlivepatch.it.support.Cli;
import io.jlivepatch.it.support.ControlClient;
import io.jlivepatch.it.support.ItEnvironment;
import io.jlivepatch.it.support.LineBuffer;
import io.jlivepatch.it.support.TargetJvm;
import io.jlivepatch.it.support.ThreadDumps;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The demo of the README, on real JVMs: the story as {@code ./demo} tells it (attach to a service
 * started without the agent), the same service started with {@code -javaagent}, and the patch
 * enabled and disabled 50 times while the load generator keeps the service busy. The service's
 * idle worker prices inside a quiescent region; the agent's one warning about it (DESIGN §5) is
 * read from the service's log.
 */
class DemoIT {

    private static final Pattern LISTENING =
            Pattern.compile("demo-service listening on port (?<port>\\d+) pid (?<pid>\\d+)");
    private static final long RIGHT = Order.LARGE.expectedTotal();
    private static final long BUGGY = (int) RIGHT;
    private static final int ROUNDS = 50;
    private static final Pattern IDLE_WORKER_WARNING = Pattern.compile("jlivepatch: warning: 'fix-pricing':"
            + " io\\.jlivepatch\\.demo\\.Pricing\\.total\\(II\\)J ran on thread '(?<thread>idle-worker-\\d+)' \\(#\\d+\\)"
            + " inside quiescent region io\\.jlivepatch\\.demo\\.IdleWorker\\.idleLoop, called from"
            + " io\\.jlivepatch\\.demo\\.IdleWorker\\.idleLoop\\((?:IdleWorker\\.java:\\d+|Unknown Source)\\): (?:"
            + "reclamation is not tracking this thread"
            // The worker may have been inside its region when the story attached the agent: it
            // re-enters it every round, and the agent marks the region from the next round on.
            + "|the thread entered the region before the agent was attached, so it runs the region unmarked and"
            + " reclamation still tracks it)"
            + "; policy watch: tracked for the call \\(a fenced store\\), later calls are counted");

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void theStoryAttachesToARunningServiceAndPatchesItUnderLoad() throws Exception {
        List<String> command = List.of(ItEnvironment.tool("java").toString(), "-cp",
                ItEnvironment.demoJar().toString(), "io.jlivepatch.demo.DemoStory",
                ItEnvironment.agentJar().toString(), ItEnvironment.demoPatch().toString(),
                ItEnvironment.tool("java").toString());
        Process story = new ProcessBuilder(command).redirectErrorStream(true).start();
        LineBuffer output = LineBuffer.pump(story.getInputStream(), "[story] ", System.out);
        try {
            if (!story.waitFor(150, TimeUnit.SECONDS)) {
                throw new AssertionError("the story did not finish in 150 s\n" + ThreadDumps.forFailure(story.pid()));
            }
            assertEquals(0, story.exitValue(), "the story's exit status");
            assertTrue(output.lines().contains("demo passed"), "the story's last word");
            assertTrue(output.lines().contains("failed requests: 0"), "no request failed");
            // The idle worker's warning comes when it prices inside a transition, which its 5 ms
            // tick makes likely, not certain, in the story's two; nothing else may come.
            String service = "  [service] ";
            List<String> warnings = output.lines().stream().filter(l -> l.startsWith(service + "jlivepatch: warning")
                    || l.startsWith(service + "jlivepatch: error")).toList();
            assertTrue(warnings.isEmpty() || warnings.size() == 1
                    && IDLE_WORKER_WARNING.matcher(warnings.get(0).substring(service.length())).matches(),
                    "the service's log holds no warning but the idle worker's: " + warnings);
        } finally {
            story.destroyForcibly();
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aServiceStartedWithTheAgentIsPatchedFromItsFirstRequest() throws Exception {
        try (TargetJvm service = startService(TargetJvm.builder()
                .javaAgent("patch=" + ItEnvironment.demoPatch()))) {
            PriceClient client = new PriceClient(port(service));
            assertEquals(RIGHT, client.price(Order.LARGE), "patched from the start");
            Cli.disable(service.pid(), "fix-pricing").assertSuccess();
            assertEquals(BUGGY, client.price(Order.LARGE), "disabled: the bug is back");
            Cli.enable(service.pid(), "fix-pricing").assertSuccess();
            assertEquals(RIGHT, client.price(Order.LARGE), "enabled again");
        }
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void fiftyRoundsOfDisableAndEnableUnderLoadFailNoRequest() throws Exception {
        try (TargetJvm service = startService(TargetJvm.builder())) {
            int port = port(service);
            PriceClient client = new PriceClient(port);
            LoadGenerator load = new LoadGenerator(port, 4);
            load.start();
            LoadGenerator.Result result;
            try {
                assertEquals(BUGGY, client.price(Order.LARGE), "before the patch");
                Cli.load(service.pid(), ItEnvironment.demoPatch()).assertSuccess();
                ControlClient control = ControlClient.of(service.pid());
                for (int round = 1; round <= ROUNDS; round++) {
                    assertEquals(RIGHT, client.price(Order.LARGE), "enabled, round " + round);
                    control.run("disable", "fix-pricing");
                    assertEquals(BUGGY, client.price(Order.LARGE), "disabled, round " + round);
                    control.run("enable", "fix-pricing");
                }
            } finally {
                result = load.stop();
            }
            assertTrue(result.requests() > 0, "the load generator ran");
            assertEquals(0, result.failed(), "failed requests: " + result.failures());
            assertEquals(result.count(Order.LARGE, RIGHT) + result.count(Order.LARGE, BUGGY),
                    result.answers().get(Order.LARGE).values().stream().mapToLong(Long::longValue).sum(),
                    "every answer is the patched or the original one: " + result.answers());
            service.exit();
            assertIdleWorkerWarnedOnce(service.stderrLines());
        }
    }

    /**
     * The service's log holds one warning of the agent's and nothing else of the kind: the idle
     * worker, in its quiescent region {@code IdleWorker.idleLoop}, called the patched
     * {@code Pricing.total} during a transition (DESIGN §5), followed by its stack.
     */
    private static void assertIdleWorkerWarnedOnce(List<String> stderr) {
        List<String> warnings = stderr.stream()
                .filter(l -> l.startsWith("jlivepatch: warning") || l.startsWith("jlivepatch: error")).toList();
        assertEquals(1, warnings.size(), "one warning in the service's log:\n" + String.join("\n", stderr));
        Matcher m = IDLE_WORKER_WARNING.matcher(warnings.get(0));
        assertTrue(m.matches(), "the idle worker's not-watching warning: " + warnings.get(0));
        assertEquals("java.lang.Throwable: stack of '" + m.group("thread") + "'",
                stderr.get(stderr.indexOf(warnings.get(0)) + 1), "its stack follows it");
    }

    private static TargetJvm startService(TargetJvm.Builder builder) {
        return builder.application(ItEnvironment.demoJar().toString(), "io.jlivepatch.demo.DemoService",
                LISTENING, "0").start();
    }

    private static int port(TargetJvm service) {
        Matcher m = LISTENING.matcher(service.readyLine());
        assertTrue(m.find(), service.readyLine());
        return Integer.parseInt(m.group("port"));
    }
}
