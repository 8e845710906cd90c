package io.jlivepatch.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class LoadGeneratorTest {

    @Test
    void loadOnAnInProcessServiceFailsNoRequest() throws Exception {
        try (DemoService service = DemoService.start(0)) {
            LoadGenerator load = new LoadGenerator(service.port(), 4);
            load.start();
            Thread.sleep(1_000);
            awaitBothOrdersAnswered(load);
            LoadGenerator.Result result = load.stop();

            assertEquals(0, result.failed(), () -> "failures: " + result.failures());
            assertTrue(result.requests() > 0);
            assertEquals(Map.of(Order.SMALL.expectedTotal(), result.count(Order.SMALL, Order.SMALL.expectedTotal())),
                    result.answers().get(Order.SMALL));
            long buggy = (int) Order.LARGE.expectedTotal();
            assertEquals(Map.of(buggy, result.count(Order.LARGE, buggy)), result.answers().get(Order.LARGE));
            long answered = result.answers().values().stream()
                    .flatMap(byValue -> byValue.values().stream()).mapToLong(Long::longValue).sum();
            assertEquals(result.requests(), answered);
        }
    }

    @Test
    void aServiceThatIsGoneMakesEveryRequestFail() throws Exception {
        int port;
        try (DemoService service = DemoService.start(0)) {
            port = service.port();
        }
        LoadGenerator load = new LoadGenerator(port, 1);
        load.start();
        while (load.snapshot().requests() == 0) {
            Thread.sleep(10);
        }
        LoadGenerator.Result result = load.stop();

        assertEquals(result.requests(), result.failed());
        assertTrue(result.failures().size() > 0);
    }

    /** A slow machine may need longer than the nominal second; only the counts are asserted. */
    private static void awaitBothOrdersAnswered(LoadGenerator load) throws InterruptedException {
        while (load.snapshot().answers().values().stream().anyMatch(Map::isEmpty) && load.snapshot().failed() == 0) {
            Thread.sleep(10);
        }
    }
}
