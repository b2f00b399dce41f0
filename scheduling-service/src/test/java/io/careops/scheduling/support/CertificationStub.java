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
 * (answers after 3 s, beyond the check's 1.5 s timeout). Keeps every request body it was sent, and
 * every service grant ({@link #GRANTS}).
 *
 * For a person a test says where their certificates are recorded ({@link #recordedIn}), it answers
 * as compliance does ({@code StaffStatusService}): without a valid grant, a staff-only token may ask
 * only about itself (anyone else: 404, the whole request), and certificates count only in the
 * token's care homes (else the person's mandatory PVG comes back MISSING, which refuses nothing). A
 * grant is verified as compliance verifies it (the dev-only service-grant public key, issuer
 * careops-scheduling, audience careops-compliance, the caller's subject, every person asked about
 * in staff_ids): valid, those limits are lifted; invalid, 403. {@link Mode#REFUSE_GRANTS} answers
 * 403 to any grant (a compliance holding another key).
 */
public class CertificationStub implements QuarkusTestResourceLifecycleManager {

    public enum Mode { UP, DOWN, SLOW, REFUSE_GRANTS }

    /** Where a person's certificates are recorded in compliance, and their staff number. */
    public record Recorded(UUID careHomeId, String staffNumber) {
    }

    public static final Map<UUID, Recorded> RECORDED = new ConcurrentHashMap<>();
    /** Every grant sent (the header's value), in order; requests without one add nothing. */
    public static final List<String> GRANTS = new CopyOnWriteArrayList<>();
    private static final String GRANT_KEY = "dev-only-jwt/dev-only-service-grant-public.pem";

    /** The person's certificates are recorded in {@code careHomeId} under {@code staffNumber}. */
    public static void recordedIn(UUID staffId, UUID careHomeId, String staffNumber) {
        RECORDED.put(staffId, new Recorded(careHomeId, staffNumber));
    }

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
            String grant = exchange.getRequestHeaders().getFirst("CareOps-Service-Grant");
            if (grant != null) {
                GRANTS.add(grant);
            }
            JsonNode caller = claims(exchange.getRequestHeaders().getFirst("Authorization"));
            List<UUID> asked = new java.util.ArrayList<>();
            request.get("staff").forEach(person -> asked.add(UUID.fromString(person.get("staffId").asText())));
            boolean granted = false;
            if (grant != null) {
                granted = mode != Mode.REFUSE_GRANTS && grantAdmits(grant, caller, asked);
                if (!granted) {
                    exchange.sendResponseHeaders(403, -1);
                    exchange.close();
                    return;
                }
            }
            if (!granted && selfService(caller)) {
                String own = caller.path("staff_number").asText(null);
                boolean others = asked.stream().anyMatch(id -> RECORDED.containsKey(id)
                        && !RECORDED.get(id).staffNumber().equals(own));
                if (others) {
                    exchange.sendResponseHeaders(404, -1);
                    exchange.close();
                    return;
                }
            }
            final boolean unrestricted = granted;
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
                boolean visible = unrestricted || sees(caller, id);
                notValidOn(id, date, status.putArray("notValid"), visible);
                if (person.hasNonNull("dates")) {
                    ArrayNode days = status.putArray("days");
                    for (JsonNode day : person.get("dates")) {
                        ObjectNode entry = days.addObject().put("date", day.asText());
                        notValidOn(id, LocalDate.parse(day.asText()), entry.putArray("notValid"), visible);
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

    private static void notValidOn(UUID id, LocalDate day, ArrayNode notValid, boolean visible) {
        if (!visible) {
            // Compliance sees none of the person's certificates: the mandatory ones are MISSING.
            notValid.add(JSON.createObjectNode().put("typeCode", "PVG").put("typeName", "PVG scheme membership")
                    .put("critical", true).put("mandatory", true).put("status", "MISSING").putNull("expiryDate"));
            return;
        }
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

    /** The bearer token's claims (not verified: scheduling verified it already). */
    private static JsonNode claims(String authorization) {
        try {
            String token = authorization.substring("Bearer ".length());
            return JSON.readTree(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        } catch (RuntimeException | IOException e) {
            return JSON.createObjectNode();
        }
    }

    private static boolean selfService(JsonNode caller) {
        List<String> groups = new java.util.ArrayList<>();
        caller.path("groups").forEach(group -> groups.add(group.asText()));
        return groups.contains("staff") && !groups.contains("admin") && !groups.contains("manager")
                && !groups.contains("inspector");
    }

    /** Whether the token's care homes include the home the person's certificates are recorded in. */
    private static boolean sees(JsonNode caller, UUID staffId) {
        Recorded recorded = RECORDED.get(staffId);
        if (recorded == null) {
            return true;
        }
        for (JsonNode home : caller.path("care_homes")) {
            if (home.asText().equals("*") || home.asText().equals(recorded.careHomeId().toString())) {
                return true;
            }
        }
        return false;
    }

    /** Compliance's check of a grant (ServiceGrants there), with the dev-only public key. */
    private static boolean grantAdmits(String grant, JsonNode caller, List<UUID> asked) {
        try {
            io.smallrye.jwt.auth.principal.JWTAuthContextInfo context = new io.smallrye.jwt.auth.principal.JWTAuthContextInfo(
                    io.smallrye.jwt.util.KeyUtils.readPublicKey(GRANT_KEY), "careops-scheduling");
            context.setExpectedAudience(java.util.Set.of("careops-compliance"));
            org.eclipse.microprofile.jwt.JsonWebToken verified = new io.smallrye.jwt.auth.principal.DefaultJWTParser(context)
                    .parse(grant);
            if (!caller.path("sub").asText("").equals(verified.getSubject())) {
                return false;
            }
            java.util.Set<String> ids = new java.util.HashSet<>();
            Object claim = verified.getClaim("staff_ids");
            if (claim instanceof Iterable<?> values) {
                values.forEach(value -> ids.add(value instanceof jakarta.json.JsonString json ? json.getString()
                        : String.valueOf(value)));
            }
            return asked.stream().allMatch(id -> ids.contains(id.toString()));
        } catch (Exception invalid) {
            return false;
        }
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
