package io.careops.scheduling.rotahealth;

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
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The compliance service's POST /api/v1/staff-status, as its contract says, on a real port: tests
 * say who has which certification lapsed, or that the service is down. It also keeps the last
 * Authorization header, so a test can see the caller's token was forwarded.
 */
public class ComplianceStub implements QuarkusTestResourceLifecycleManager {

    static final Map<UUID, ObjectNode> LAPSED = new ConcurrentHashMap<>();
    static volatile boolean down;
    static volatile String lastAuthorization;
    private static final ObjectMapper JSON = new ObjectMapper();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/v1/staff-status", exchange -> {
            lastAuthorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (down) {
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
            JsonNode request = JSON.readTree(exchange.getRequestBody());
            ObjectNode answer = JSON.createObjectNode().put("date", request.get("date").asText());
            ArrayNode staff = answer.putArray("staff");
            for (JsonNode person : request.get("staff")) {
                UUID id = UUID.fromString(person.get("staffId").asText());
                ObjectNode status = staff.addObject().put("staffId", id.toString());
                ArrayNode notValid = status.putArray("notValid");
                if (LAPSED.containsKey(id)) {
                    notValid.add(LAPSED.get(id));
                }
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

    static void lapsed(UUID staffId, String typeCode, String typeName, String expiryDate) {
        LAPSED.put(staffId, JSON.createObjectNode().put("typeCode", typeCode).put("typeName", typeName)
                .put("critical", true).put("mandatory", true).put("status", "EXPIRED").put("expiryDate", expiryDate));
    }
}
