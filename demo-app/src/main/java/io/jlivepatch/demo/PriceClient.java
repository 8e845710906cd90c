package io.jlivepatch.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Asks a {@link DemoService} on 127.0.0.1 for prices. Safe for concurrent use. */
public final class PriceClient {

    /**
     * Generous: a request may wait out a patch transition, and only an exchange that really fails
     * may count as failed.
     */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(REQUEST_TIMEOUT)
            .build();
    private final URI base;

    public PriceClient(int port) {
        this.base = URI.create("http://127.0.0.1:" + port);
    }

    /**
     * The service's total for {@code order}.
     *
     * @throws IOException if the exchange fails, the status is not 200 or the body is not a number
     */
    public long price(Order order) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/price?" + order.query()))
                .timeout(REQUEST_TIMEOUT)
                .GET()
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        String body = response.body().strip();
        if (response.statusCode() != 200) {
            throw new IOException("GET /price?" + order.query() + ": status " + response.statusCode() + ": " + body);
        }
        try {
            return Long.parseLong(body);
        } catch (NumberFormatException e) {
            throw new IOException("GET /price?" + order.query() + ": body is not a number: '" + body + "'", e);
        }
    }
}
