package io.careops.compliance.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test-only stand-in for the two HTTP parties compliance talks to: the scheduling service's staff
 * directory (the contract: GET /api/v1/staff?careHomeId=&active=true&page=&size=, GET
 * /api/v1/staff/{id}, bearer token required) and the alert webhook. A care home can be marked
 * "down" (scheduling answers 503) or "slow" (answers after the client's timeout); the webhook
 * can be told to fail the next deliveries of a certification.
 */
public class SchedulingStub implements QuarkusTestResourceLifecycleManager {

    public static final String WEBHOOK_SECRET = "test-webhook-secret";

    public record Staff(UUID id, String staffNumber, String firstName, String lastName, String roleCode, UUID careHomeId,
            LocalDate employmentStart) {
    }

    public record Delivery(String body, String timestamp, String signature, String alertId) {
    }

    private static final Map<UUID, Staff> STAFF = new ConcurrentHashMap<>();
    private static final Set<UUID> DOWN_HOMES = ConcurrentHashMap.newKeySet();
    private static final Set<UUID> SLOW_HOMES = ConcurrentHashMap.newKeySet();
    private static final Set<UUID> DOWN_STAFF = ConcurrentHashMap.newKeySet();
    private static final List<Delivery> DELIVERIES = new CopyOnWriteArrayList<>();
    private static final Map<String, AtomicInteger> FAILURES_TO_GIVE = new ConcurrentHashMap<>();
    public static final AtomicInteger DIRECTORY_CALLS = new AtomicInteger();
    private static HttpServer server;

    public static Staff register(UUID careHomeId, String staffNumber, String firstName, String lastName, String roleCode,
            LocalDate employmentStart) {
        Staff staff = new Staff(UUID.randomUUID(), staffNumber, firstName, lastName, roleCode, careHomeId, employmentStart);
        STAFF.put(staff.id(), staff);
        return staff;
    }

    public static void register(Staff staff) {
        STAFF.put(staff.id(), staff);
    }

    public static void homeDown(UUID careHomeId) {
        DOWN_HOMES.add(careHomeId);
    }

    public static void homeSlow(UUID careHomeId) {
        SLOW_HOMES.add(careHomeId);
    }

    public static void staffDown(UUID staffId) {
        DOWN_STAFF.add(staffId);
    }

    /** The next {@code times} deliveries whose body mentions {@code text} answer 500. */
    public static void failDeliveries(String text, int times) {
        FAILURES_TO_GIVE.put(text, new AtomicInteger(times));
    }

    public static List<Delivery> deliveriesMentioning(String text) {
        return DELIVERIES.stream().filter(delivery -> delivery.body().contains(text)).toList();
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        } catch (IOException failure) {
            throw new IllegalStateException(failure);
        }
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/api/v1/staff", SchedulingStub::staff);
        server.createContext("/webhook", SchedulingStub::webhook);
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("careops.scheduling.url", base,
                "careops.alerts.webhook.url", base + "/webhook",
                "careops.alerts.webhook.secret", WEBHOOK_SECRET);
    }

    @Override
    public void stop() {
        // Shared by every test class of the run (GLOBAL scope); the JVM exit ends it.
    }

    private static void staff(HttpExchange exchange) throws IOException {
        DIRECTORY_CALLS.incrementAndGet();
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ey")) {
            answer(exchange, 401, "{\"status\":401}");
            return;
        }
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/api/v1/staff")) {
            Map<String, String> query = query(exchange.getRequestURI());
            UUID home = UUID.fromString(query.get("careHomeId"));
            if (DOWN_HOMES.contains(home)) {
                answer(exchange, 503, "{\"status\":503}");
                return;
            }
            if (SLOW_HOMES.contains(home)) {
                sleep(12_000); // far beyond the client's 1.5 s timeout: only the timeout can make the answer quick
            }
            int page = Integer.parseInt(query.getOrDefault("page", "0"));
            int size = Math.min(Integer.parseInt(query.getOrDefault("size", "20")), 100);
            List<Staff> all = new ArrayList<>(STAFF.values().stream().filter(s -> s.careHomeId().equals(home))
                    .sorted((a, b) -> a.staffNumber().compareTo(b.staffNumber())).toList());
            List<Staff> items = all.subList(Math.min(page * size, all.size()), Math.min((page + 1) * size, all.size()));
            StringBuilder json = new StringBuilder("{\"items\":[");
            for (int i = 0; i < items.size(); i++) {
                json.append(i == 0 ? "" : ",").append(json(items.get(i)));
            }
            json.append("],\"page\":").append(page).append(",\"size\":").append(size).append(",\"totalItems\":")
                    .append(all.size()).append(",\"totalPages\":").append((all.size() + size - 1) / size).append('}');
            answer(exchange, 200, json.toString());
            return;
        }
        UUID id = UUID.fromString(path.substring("/api/v1/staff/".length()));
        Staff staff = STAFF.get(id);
        if (DOWN_STAFF.contains(id) || (staff != null && DOWN_HOMES.contains(staff.careHomeId()))) {
            answer(exchange, 503, "{\"status\":503}");
        } else if (staff == null) {
            answer(exchange, 404, "{\"status\":404}");
        } else {
            answer(exchange, 200, json(staff));
        }
    }

    private static void webhook(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        DELIVERIES.add(new Delivery(body, exchange.getRequestHeaders().getFirst("X-CareOps-Timestamp"),
                exchange.getRequestHeaders().getFirst("X-CareOps-Signature"),
                exchange.getRequestHeaders().getFirst("X-CareOps-Alert-Id")));
        for (Map.Entry<String, AtomicInteger> failure : FAILURES_TO_GIVE.entrySet()) {
            if (body.contains(failure.getKey()) && failure.getValue().getAndDecrement() > 0) {
                answer(exchange, 500, "{}");
                return;
            }
        }
        answer(exchange, 204, null);
    }

    /** Every field of the scheduling contract, so the client is tested against the real shape. */
    private static String json(Staff s) {
        return """
                {"id":"%s","staffNumber":"%s","firstName":"%s","lastName":"%s","email":null,"phone":null,
                 "roleCode":%s,"careHomeId":"%s","homeUnitId":null,"assignedUnitId":null,"team":"A",
                 "contractedHoursPerWeek":37.5,"hourlyRate":13.10,"shiftPreference":null,"dateOfBirth":null,
                 "nightWorker":false,"optOutSignedOn":null,"optOutEndedOn":null,"employmentStart":%s,
                 "employmentEnd":null,"annualLeaveDays":28,"shiftsPerWeek":null,"active":true,
                 "createdAt":"2026-01-01T00:00:00Z","updatedAt":"2026-01-01T00:00:00Z"}"""
                .formatted(s.id(), s.staffNumber(), s.firstName(), s.lastName(),
                        s.roleCode() == null ? "null" : "\"" + s.roleCode() + "\"", s.careHomeId(),
                        s.employmentStart() == null ? "null" : "\"" + s.employmentStart() + "\"");
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new ConcurrentHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] parts = pair.split("=", 2);
                values.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        return Collections.unmodifiableMap(values);
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
