package io.jlivepatch.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;

/** {@code GET /health}: {@code ok} while the service accepts requests. */
final class HealthEndpoint implements HttpHandler {

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            PlainText.send(exchange, 200, "ok");
        }
    }
}
