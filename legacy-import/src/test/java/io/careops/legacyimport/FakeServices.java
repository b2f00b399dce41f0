package io.careops.legacyimport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands in for the three services' import APIs in the importer's own tests: keeps every record
 * it is sent (by path and legacy pk) and answers CREATED the first time, UNCHANGED when the same
 * record comes again, with an id derived from the pk. The services' own rules are tested in their
 * modules against real PostgreSQL; here it is the importer's mapping and flow that is under test.
 */
final class FakeServices implements AutoCloseable {

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    final Map<String, Map<String, JsonNode>> received = new LinkedHashMap<>();
    final List<String> order = new ArrayList<>();
    private final Map<String, String> seen = new HashMap<>();
    /** Answer 503 from this many-th batch on (0: never). */
    volatile int failFromBatch;
    final AtomicInteger batches = new AtomicInteger();
    /** Working-time reviews asked for; each answers one finding on this shift pk. */
    final AtomicInteger reviews = new AtomicInteger();
    volatile String reviewFlagPk = "1";

    FakeServices() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body;
            int status = 200;
            String path = exchange.getRequestURI().getPath().replace("/api/v1/import/", "");
            if ("GET".equals(exchange.getRequestMethod())) {
                body = "{\"figures\": []}".getBytes(StandardCharsets.UTF_8);
            } else if (path.equals("working-time-review") && !(failFromBatch > 0 && batches.get() >= failFromBatch)) {
                reviews.incrementAndGet();
                body = ("{\"page\": 0, \"size\": 200, \"reviewedStaff\": 1, \"last\": true, \"flagged\": [{\"legacyPk\": \""
                        + reviewFlagPk + "\", \"shiftId\": \"" + UUID.randomUUID() + "\", \"finding\": \"WORKING_TIME: test\"}]}")
                        .getBytes(StandardCharsets.UTF_8);
            } else if (failFromBatch > 0 && batches.incrementAndGet() >= failFromBatch) {
                status = 503;
                body = "{\"title\": \"Service unavailable\", \"detail\": \"down for the test\"}".getBytes(StandardCharsets.UTF_8);
            } else {
                if (failFromBatch == 0) {
                    batches.incrementAndGet();
                }
                JsonNode records = json.readTree(exchange.getRequestBody());
                ObjectNode answer = json.createObjectNode();
                ArrayNode outcomes = answer.putArray("outcomes");
                boolean dry = String.valueOf(exchange.getRequestURI().getQuery()).contains("dryRun=true");
                for (JsonNode record : records) {
                    String pk = record.path("legacyPk").asText();
                    received.computeIfAbsent(path, k -> new LinkedHashMap<>()).put(pk, record);
                    order.add(path + ":" + pk);
                    String key = path + ":" + pk;
                    String text = record.toString();
                    ObjectNode outcome = outcomes.addObject();
                    outcome.put("legacyPk", pk);
                    outcome.put("result", text.equals(seen.get(key)) ? "UNCHANGED" : seen.containsKey(key) ? "UPDATED" : "CREATED");
                    if (!dry) {
                        seen.put(key, text);
                    }
                    outcome.put("id", UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString());
                    outcome.put("code", record.path("code").asText(null));
                    outcome.putNull("reason");
                    outcome.set("findings", record.path("findings").isArray() ? record.path("findings") : json.createArrayNode());
                }
                body = json.writeValueAsBytes(answer);
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    Map<String, String> env() {
        return Map.of("CAREOPS_SCHEDULING_URL", url(), "CAREOPS_INCIDENTS_URL", url(), "CAREOPS_COMPLIANCE_URL", url(),
                "CAREOPS_TOKEN", "test-token");
    }

    JsonNode record(String path, String pk) {
        return received.getOrDefault(path, Map.of()).get(pk);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
