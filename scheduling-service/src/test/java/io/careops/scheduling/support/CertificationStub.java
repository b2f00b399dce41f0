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
import java.time.LocalDate;
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
            LocalDate date = LocalDate.parse(request.get("date").asText());
            for (JsonNode person : request.get("staff")) {
                UUID id = UUID.fromString(person.get("staffId").asText());
                ObjectNode status = staff.addObject().put("staffId", id.toString());
                notValidOn(id, date, status.putArray("notValid"));
                if (person.hasNonNull("dates")) {
                    ArrayNode days = status.putArray("days");
                    for (JsonNode day : person.get("dates")) {
                        ObjectNode entry = days.addObject().put("date", day.asText());
                        notValidOn(id, LocalDate.parse(day.asText()), entry.putArray("notValid"));
                    }
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

    /** A mandatory certification held over these spans of days (first and last day, inclusive). */
    public record Held(String typeCode, String typeName, List<LocalDate[]> spans) {
    }

    public static final Map<UUID, List<Held>> HELD = new ConcurrentHashMap<>();

    /**
     * Compliance will answer for the person as it does from the certificate in force on each day:
     * covered inside a span; between spans (a lapse before a renewal was issued) EXPIRED since the
     * end of the span before; before the first span nothing is said (MISSING is not a refusal).
     */
    public static void held(UUID staffId, String typeCode, String typeName, LocalDate[]... spans) {
        HELD.computeIfAbsent(staffId, id -> new CopyOnWriteArrayList<>()).add(new Held(typeCode, typeName, List.of(spans)));
    }

    private static void notValidOn(UUID id, LocalDate day, ArrayNode notValid) {
        LAPSED.getOrDefault(id, List.of()).forEach(notValid::add);
        for (Held held : HELD.getOrDefault(id, List.of())) {
            boolean covered = held.spans().stream().anyMatch(span -> !day.isBefore(span[0]) && !day.isAfter(span[1]));
            held.spans().stream().filter(span -> span[1].isBefore(day)).map(span -> span[1]).max(LocalDate::compareTo)
                    .filter(expiry -> !covered).ifPresent(expiry -> notValid.add(JSON.createObjectNode()
                            .put("typeCode", held.typeCode()).put("typeName", held.typeName()).put("critical", true)
                            .put("mandatory", true).put("status", "EXPIRED").put("expiryDate", expiry.toString())));
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
