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
 * enabled and disabled 50 times while the load generator keeps the service busy.
 */
class DemoIT {

    private static final Pattern LISTENING =
            Pattern.compile("demo-service listening on port (?<port>\\d+) pid (?<pid>\\d+)");
    private static final long RIGHT = Order.LARGE.expectedTotal();
    private static final long BUGGY = (int) RIGHT;
    private static final int ROUNDS = 50;

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
        }
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
