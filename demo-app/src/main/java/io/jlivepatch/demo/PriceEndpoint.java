package io.jlivepatch.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code GET /price?unit=<cents>&qty=<n>}: the total of the line in cents, from
 * {@link Pricing#total(int, int)}. Bad input is a 400; anything the pricing code throws otherwise
 * is a 500 with its message, so a broken patch shows up as failed requests rather than as
 * connections the server drops.
 */
final class PriceEndpoint implements HttpHandler {

    private final Pricing pricing;

    PriceEndpoint(Pricing pricing) {
        this.pricing = pricing;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                PlainText.send(exchange, 405, "only GET is supported");
                return;
            }
            Map<String, String> parameters = parameters(exchange.getRequestURI().getRawQuery());
            int unitCents;
            int quantity;
            try {
                unitCents = Integer.parseInt(parameters.getOrDefault("unit", ""));
                quantity = Integer.parseInt(parameters.getOrDefault("qty", ""));
            } catch (NumberFormatException e) {
                PlainText.send(exchange, 400, "unit and qty must be integers: " + parameters);
                return;
            }
            long total;
            try {
                total = pricing.total(unitCents, quantity);
            } catch (IllegalArgumentException e) {
                PlainText.send(exchange, 400, e.getMessage());
                return;
            } catch (RuntimeException | Error e) {
                PlainText.send(exchange, 500, e.toString());
                return;
            }
            PlainText.send(exchange, 200, Long.toString(total));
        }
    }

    private static Map<String, String> parameters(String rawQuery) {
        Map<String, String> parameters = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
