package io.careops.scheduling.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * The compliance service's POST /api/v1/staff-status on a real local port, for the certification
 * check at assignment: up (answering what tests set in {@link #LAPSED}), down (503) or slow
 * (answers after 3 s, beyond the check's 1.5 s timeout). Keeps every request body it was sent.
 */
public class CertificationStub implements QuarkusTestResourceLifecycleManager {

    public enum Mode { UP, DOWN, SLOW }

    public static final Map<UUID, List<ObjectNode>> LAPSED = new ConcurrentHashMap<>();
    public static final List<JsonNode> REQUESTS = new CopyOnWriteArrayList<>();
    public static volatile Mode mode = Mode.UP;
    private static final ObjectMapper JSON = new ObjectMapper();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/api/v1/staff-status", exchange -> {
            JsonNode request = JSON.readTree(exchange.getRequestBody());
            REQUESTS.add(request);
            if (mode == Mode.DOWN) {
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
            if (mode == Mode.SLOW) {
                try {
                    Thread.sleep(3000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            ObjectNode answer = JSON.createObjectNode().put("date", request.get("date").asText());
            ArrayNode staff = answer.putArray("staff");
            for (JsonNode person : request.get("staff")) {
                UUID id = UUID.fromString(person.get("staffId").asText());
                ObjectNode status = staff.addObject().put("staffId", id.toString());
                ArrayNode notValid = status.putArray("notValid");
                LAPSED.getOrDefault(id, List.of()).forEach(notValid::add);
            }
            byte[] body = JSON.writeValueAsString(answer).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return Map.of("careops.compliance.url", "http://localhost:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** Compliance will say the person's mandatory certification expired on {@code expiryDate}. */
    public static void lapsed(UUID staffId, String typeCode, String typeName, String expiryDate) {
        LAPSED.computeIfAbsent(staffId, id -> new CopyOnWriteArrayList<>()).add(JSON.createObjectNode()
                .put("typeCode", typeCode).put("typeName", typeName).put("critical", true).put("mandatory", true)
                .put("status", "EXPIRED").put("expiryDate", expiryDate));
    }

    /** The requests sent for a person. */
    public static List<JsonNode> askedAbout(UUID staffId) {
        return REQUESTS.stream().filter(request -> {
            for (JsonNode person : request.get("staff")) {
                if (person.get("staffId").asText().equals(staffId.toString())) {
                    return true;
                }
            }
            return false;
        }).toList();
    }
}
