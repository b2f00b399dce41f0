package io.careops.incidentsafety;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test-only stand-in for the scheduling service's units (the contract: GET /api/v1/units/{id} with
 * the caller's bearer token; 404 for a unit that does not exist or belongs to a home outside the
 * token's care_homes; otherwise {id, careHomeId, name, ...}).
 */
public class UnitsStub implements QuarkusTestResourceLifecycleManager {

    private static final Map<UUID, UUID> HOME_OF_UNIT = new ConcurrentHashMap<>();
    private static volatile boolean down;
    private static HttpServer server;

    /** A new unit of {@code careHomeId}, known to the stub. */
    public static UUID unitOf(UUID careHomeId) {
        UUID unit = UUID.randomUUID();
        HOME_OF_UNIT.put(unit, careHomeId);
        return unit;
    }

    /** While true, every call answers 503. */
    public static void down(boolean isDown) {
        down = isDown;
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException failed) {
            throw new IllegalStateException(failed);
        }
        server.createContext("/api/v1/units/", UnitsStub::unit);
        server.start();
        return Map.of("careops.scheduling.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static void unit(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            answer(exchange, 401, "{}");
            return;
        }
        if (down) {
            answer(exchange, 503, "{}");
            return;
        }
        String id = exchange.getRequestURI().getPath().substring("/api/v1/units/".length());
        UUID unit;
        try {
            unit = UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            answer(exchange, 404, "{}");
            return;
        }
        UUID home = HOME_OF_UNIT.get(unit);
        String[] parts = authorization.substring(7).split("\\.");
        String claims = parts.length > 1 ? new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8) : "";
        if (home == null || !(claims.contains(home.toString()) || claims.contains("\"*\""))) {
            answer(exchange, 404, "{}");
            return;
        }
        answer(exchange, 200, """
                {"id": "%s", "careHomeId": "%s", "name": "Unit %s", "minDayStaff": 1, "active": true}
                """.formatted(unit, home, unit.toString().substring(0, 4)));
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
