package io.jlivepatch.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

class DemoServiceTest {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void answersPricesAndHealth() throws Exception {
        try (DemoService service = DemoService.start(0)) {
            PriceClient client = new PriceClient(service.port());

            assertEquals(1_000L, client.price(Order.SMALL));
            assertEquals((int) Order.LARGE.expectedTotal(), client.price(Order.LARGE));
            assertEquals(200, get(service, "/health").statusCode());
            assertEquals("ok\n", get(service, "/health").body());
        }
    }

    @Test
    void badInputIsABadRequest() throws Exception {
        try (DemoService service = DemoService.start(0)) {
            assertEquals(400, get(service, "/price?unit=abc&qty=1").statusCode());
            assertEquals(400, get(service, "/price?unit=1").statusCode());
            assertEquals(400, get(service, "/price?unit=-1&qty=1").statusCode());
            IOException refused = assertThrows(IOException.class,
                    () -> new PriceClient(service.port()).price(new Order(-1, 1)));
            assertTrue(refused.getMessage().contains("status 400"), refused.getMessage());
        }
    }

    @Test
    void idleWorkerPricesTheStandingOrderWhileIdle() throws Exception {
        try (DemoService service = DemoService.start(0)) {
            IdleWorker worker = service.idleWorker();
            while (worker.quotes() == 0) {
                Thread.sleep(10);
            }
            assertEquals((int) Order.LARGE.expectedTotal(), worker.lastTotal());
        }
    }

    private HttpResponse<String> get(DemoService service, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
