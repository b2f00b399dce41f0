package io.careops.incidentsafety.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.careops.incidentsafety.Fixtures;
import io.careops.platform.events.WebhookDispatcher;
import io.careops.platform.events.WebhookSignature;
import io.careops.platform.test.EmbeddedPostgresResource;
import io.careops.platform.test.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Events and webhooks end to end, against real PostgreSQL and a receiver inside this JVM (the JDK's
 * HttpServer on a free loopback port): the outbox, the subscriptions API, delivery as signed
 * CloudEvents, exactly once with two dispatchers on one database, retries with backoff, a slow
 * receiver, and replay.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = io.careops.incidentsafety.UnitsStub.class, scope = TestResourceScope.GLOBAL)
public class WebhookDeliveryTest {

    private static final UUID HOME = UUID.randomUUID();
    private static final String REPORTED = "io.careops.incidentsafety.incident.reported";

    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper json;
    @Inject
    OverdueActionPlanJob overdueJob;

    /** One request the receiver got. */
    record Received(String eventId, String body, Map<String, List<String>> headers, Instant at, int answered) {
    }

    private HttpServer receiver;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
    /** The status to answer, given how many times this event came before. */
    private volatile IntUnaryOperator answer = previous -> 200;
    private volatile long sleepMillis;
    private final List<String> subscriptions = new ArrayList<>();

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.setExecutor(Executors.newFixedThreadPool(8));
        receiver.createContext("/hook", exchange -> {
            byte[] bytes = exchange.getRequestBody().readAllBytes();
            String body = new String(bytes, StandardCharsets.UTF_8);
            String id = json.readTree(body).path("id").asText();
            int previous = seen.computeIfAbsent(id, k -> new AtomicInteger()).getAndIncrement();
            if (sleepMillis > 0) {
                try {
                    Thread.sleep(sleepMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            int status = answer.applyAsInt(previous);
            received.add(new Received(id, body, Map.copyOf(exchange.getRequestHeaders()), Instant.now(), status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        for (String id : subscriptions) {
            given().auth().oauth2(Tokens.allHomes("admin")).delete("/api/v1/webhook-subscriptions/" + id);
        }
        receiver.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    /** Subscribes the receiver; returns {id, secret}. */
    private String[] subscribe(String... types) {
        String list = types.length == 0 ? "[]" : "[\"" + String.join("\", \"", types) + "\"]";
        var created = given().auth().oauth2(Tokens.allHomes("admin")).contentType(ContentType.JSON)
                .body("{\"url\": \"" + url() + "\", \"eventTypes\": " + list + ", \"description\": \"test receiver\"}")
                .post("/api/v1/webhook-subscriptions").then().statusCode(201).extract();
        String id = created.path("id");
        subscriptions.add(id);
        return new String[] {id, created.path("secret")};
    }

    private String report() {
        return Fixtures.incident(HOME, "2026-01-16", "MED_ERROR_WRONG_DOSE", "LOW_HARM", null);
    }

    private String eventIdOf(String type, String subject) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("SELECT id FROM outbox_event WHERE type = ? AND subject = ?")) {
            q.setString(1, type);
            q.setString(2, subject);
            try (ResultSet row = q.executeQuery()) {
                assertThat(row.next()).as("an outbox event %s for %s", type, subject).isTrue();
                String id = row.getString(1);
                assertThat(row.next()).as("only one").isFalse();
                return id;
            }
        }
    }

    private Map<String, Object> delivery(String eventId, String subscriptionId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT status, attempts, last_error FROM webhook_delivery WHERE event_id = ? AND subscription_id = ?")) {
            q.setObject(1, UUID.fromString(eventId));
            q.setObject(2, UUID.fromString(subscriptionId));
            try (ResultSet row = q.executeQuery()) {
                if (!row.next()) {
                    return Map.of();
                }
                Map<String, Object> result = new java.util.HashMap<>();
                result.put("status", row.getString(1));
                result.put("attempts", row.getInt(2));
                result.put("lastError", row.getString(3));
                return result;
            }
        }
    }

    private void awaitStatus(String eventId, String subscriptionId, String status, Duration within) throws Exception {
        Instant deadline = Instant.now().plus(within);
        while (!status.equals(delivery(eventId, subscriptionId).get("status"))) {
            assertThat(Instant.now()).as("delivery of %s reaches %s; now %s", eventId, status,
                    delivery(eventId, subscriptionId)).isBefore(deadline);
            Thread.sleep(100);
        }
    }

    private List<Received> receivedFor(String eventId) {
        return received.stream().filter(r -> r.eventId().equals(eventId)).toList();
    }

    @Test
    void subscriptionsAreManagedByAGroupAdministratorOnly() {
        var created = given().auth().oauth2(Tokens.allHomes("admin")).contentType(ContentType.JSON)
                .body("{\"url\": \"https://hooks.example.org/careops\", \"eventTypes\": [\"" + REPORTED + "\"]}")
                .post("/api/v1/webhook-subscriptions").then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("url", equalTo("https://hooks.example.org/careops"))
                .body("eventTypes", containsInAnyOrder(REPORTED))
                .body("active", equalTo(true))
                .body("secret", startsWith("whsec_"))
                .extract();
        String id = created.path("id");
        subscriptions.add(id);
        assertThat(created.header("Location")).endsWith("/api/v1/webhook-subscriptions/" + id);

        given().auth().oauth2(Tokens.allHomes("admin")).get("/api/v1/webhook-subscriptions/" + id).then().statusCode(200)
                .body("id", equalTo(id)).body("$", not(hasKey("secret"))).body("pendingDeliveries", equalTo(0));
        given().auth().oauth2(Tokens.allHomes("admin")).get("/api/v1/webhook-subscriptions?size=100").then().statusCode(200)
                .body("items.id", hasItem(id)).body("page", equalTo(0)).body("size", equalTo(100));

        // Other roles, and an administrator of some homes only, are refused.
        for (String token : List.of(Tokens.allHomes("manager"), Tokens.allHomes("staff"), Tokens.allHomes("inspector"),
                Tokens.of("admin", HOME))) {
            given().auth().oauth2(token).get("/api/v1/webhook-subscriptions").then().statusCode(403)
                    .contentType("application/problem+json");
            given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"url\": \"https://a.example.org/\"}")
                    .post("/api/v1/webhook-subscriptions").then().statusCode(403);
        }

        // Every field problem in one answer; nothing stored.
        given().auth().oauth2(Tokens.allHomes("admin")).contentType(ContentType.JSON)
                .body("{\"url\": \"http://hooks.example.org/x\", \"eventTypes\": [\"io.careops.nope\", \"" + REPORTED + "\"],"
                        + " \"description\": \"" + "x".repeat(501) + "\"}")
                .post("/api/v1/webhook-subscriptions").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("url", "eventTypes[0]", "description"));
        given().auth().oauth2(Tokens.allHomes("admin")).contentType(ContentType.JSON)
                .body("{\"url\": \"ftp://user:pw@hooks.example.org/x\"}")
                .post("/api/v1/webhook-subscriptions").then().statusCode(400).body("errors.field", hasItem("url"));
        given().auth().oauth2(Tokens.allHomes("admin")).contentType(ContentType.JSON).body("{\"eventTypes\": 3}")
                .post("/api/v1/webhook-subscriptions").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("url", "eventTypes"));
        // Loopback http is accepted in the test profile (careops.webhooks.allow-loopback-http).
        subscribe();

        given().auth().oauth2(Tokens.allHomes("admin")).delete("/api/v1/webhook-subscriptions/" + id).then().statusCode(204);
        given().auth().oauth2(Tokens.allHomes("admin")).get("/api/v1/webhook-subscriptions/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.allHomes("admin")).delete("/api/v1/webhook-subscriptions/" + id).then().statusCode(404);
    }

    @Test
    void everyEventReachesTheSubscriberExactlyOnceWithTwoDispatchersOnOneDatabase() throws Exception {
        // An inactive subscription: events are not queued for it, and nothing queued is sent to it.
        Instant since = Instant.now().minusMillis(5);
        var created = given().auth().oauth2(Tokens.allHomes("admin")).contentType(ContentType.JSON)
                .body("{\"url\": \"" + url() + "\", \"eventTypes\": [\"" + REPORTED + "\"], \"active\": false}")
                .post("/api/v1/webhook-subscriptions").then().statusCode(201).body("active", equalTo(false)).extract();
        String[] subscription = {created.path("id"), created.path("secret")};
        subscriptions.add(subscription[0]);
        sleepMillis = 30; // so the dispatchers are busy at the same time
        int n = 30;
        List<String> incidents = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            incidents.add(report());
        }
        List<String> events = new ArrayList<>();
        for (String incident : incidents) {
            events.add(eventIdOf(REPORTED, "incidents/" + incident));
            assertThat(delivery(events.get(events.size() - 1), subscription[0])).as("not queued while inactive").isEmpty();
        }
        // Queue all 30 at once (replay), then switch the subscription on as the dispatchers start.
        given().auth().oauth2(Tokens.allHomes("admin"))
                .post("/api/v1/webhook-subscriptions/" + subscription[0] + "/replay?from=" + since).then().statusCode(202)
                .body("queued", equalTo(n));
        // Two dispatcher instances on the same database (as two replicas), racing each other and the
        // scheduled one of this application.
        WebhookDispatcher.Settings settings = new WebhookDispatcher.Settings(Duration.ofSeconds(10), Duration.ofMillis(200),
                Duration.ofHours(1), 4, 1000);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> runs = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement on = c.prepareStatement(
                "UPDATE webhook_subscription SET active = true WHERE id = ?")) {
            on.setObject(1, UUID.fromString(subscription[0]));
            on.executeUpdate();
        }
        for (int k = 0; k < 2; k++) {
            WebhookDispatcher dispatcher = new WebhookDispatcher(dataSource, json, Clock.systemUTC(), settings);
            runs.add(pool.submit(() -> {
                int delivered = 0;
                for (int round = 0; round < 5; round++) {
                    delivered += dispatcher.dispatchDue().delivered();
                }
                return delivered;
            }));
        }
        int byTheTwo = 0;
        for (Future<Integer> run : runs) {
            byTheTwo += run.get();
        }
        pool.shutdown();
        for (String event : events) {
            awaitStatus(event, subscription[0], "DELIVERED", Duration.ofSeconds(30));
        }
        Thread.sleep(1500); // a scheduled run after the last delivery: it must find nothing to send again
        for (String event : events) {
            assertThat(receivedFor(event)).as("deliveries of event %s", event).hasSize(1);
            assertThat(delivery(event, subscription[0])).containsEntry("attempts", 1);
        }
        System.out.printf("exactly-once: %d events, %d delivered by the two test dispatchers, %d by the scheduled one%n",
                n, byTheTwo, n - byTheTwo);

        // Each is a signed CloudEvent in structured mode.
        Received first = receivedFor(events.get(0)).get(0);
        assertThat(first.headers().get("Content-type")).containsExactly("application/cloudevents+json");
        String timestamp = first.headers().get("X-careops-timestamp").get(0);
        String signature = first.headers().get("X-careops-signature").get(0);
        String expected = "sha256=" + hmacHex(subscription[1], timestamp + "." + first.body());
        assertThat(signature).isEqualTo(expected);
        assertThat(WebhookSignature.verify(subscription[1], timestamp, first.body(), signature)).isTrue();
        assertThat(WebhookSignature.verify("whsec_wrong", timestamp, first.body(), signature)).isFalse();
        JsonNode event = json.readTree(first.body());
        assertThat(event.path("specversion").asText()).isEqualTo("1.0");
        assertThat(event.path("id").asText()).isEqualTo(events.get(0));
        assertThat(event.path("type").asText()).isEqualTo(REPORTED);
        assertThat(event.path("source").asText()).isEqualTo("/incident-safety-service");
        assertThat(event.path("subject").asText()).isEqualTo("incidents/" + incidents.get(0));
        assertThat(event.path("datacontenttype").asText()).isEqualTo("application/json");
        assertThat(Instant.parse(event.path("time").asText())).isBefore(Instant.now());
        assertThat(event.path("carehomeid").asText()).isEqualTo(HOME.toString());
        assertThat(event.path("data").path("incidentId").asText()).isEqualTo(incidents.get(0));
        assertThat(event.path("data").path("severity").asText()).isEqualTo("LOW_HARM");
        assertThat(event.path("data").has("description")).as("free text stays out of events").isFalse();
    }

    private static String hmacHex(String secret, String payload) throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return java.util.HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aFailingReceiverIsRetriedWithGrowingWaitsThenDeliveredOnce() throws Exception {
        String[] subscription = subscribe(REPORTED);
        answer = previous -> previous < 2 ? 500 : 200;
        String event = eventIdOf(REPORTED, "incidents/" + report());
        awaitStatus(event, subscription[0], "DELIVERED", Duration.ofSeconds(30));
        Thread.sleep(1500);
        List<Received> attempts = receivedFor(event);
        assertThat(attempts).extracting(Received::answered).containsExactly(500, 500, 200);
        assertThat(attempts).extracting(r -> r.headers().get("X-careops-delivery-attempt").get(0)).containsExactly("1", "2", "3");
        assertThat(delivery(event, subscription[0])).containsEntry("attempts", 3).containsEntry("lastError", null);
        // Backoff 0.2 s in tests, doubling: at least 0.2 s before the 2nd attempt, 0.4 s before the 3rd.
        assertThat(Duration.between(attempts.get(0).at(), attempts.get(1).at())).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        assertThat(Duration.between(attempts.get(1).at(), attempts.get(2).at())).isGreaterThanOrEqualTo(Duration.ofMillis(400));
        assertThat(WebhookDispatcher.backoffAfter(1, Duration.ofSeconds(30), Duration.ofHours(1))).isEqualTo(Duration.ofSeconds(30));
        assertThat(WebhookDispatcher.backoffAfter(3, Duration.ofSeconds(30), Duration.ofHours(1))).isEqualTo(Duration.ofMinutes(2));
        assertThat(WebhookDispatcher.backoffAfter(9, Duration.ofSeconds(30), Duration.ofHours(1))).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aReceiverThatAlwaysFailsIsGivenUpAfterTheLastAttempt() throws Exception {
        String[] subscription = subscribe(REPORTED);
        answer = previous -> 503;
        String event = eventIdOf(REPORTED, "incidents/" + report());
        awaitStatus(event, subscription[0], "FAILED", Duration.ofSeconds(30));
        Thread.sleep(1500);
        assertThat(receivedFor(event)).hasSize(4); // %test.careops.webhooks.max-attempts=4
        assertThat(delivery(event, subscription[0])).containsEntry("attempts", 4).containsEntry("lastError", "HTTP 503");
        given().auth().oauth2(Tokens.allHomes("admin")).get("/api/v1/webhook-subscriptions/" + subscription[0]).then()
                .statusCode(200).body("failedDeliveries", equalTo(1));
    }

    @Test
    void aSlowReceiverDoesNotSlowTheRequestThatRaisedTheEvent() throws Exception {
        // Without a subscriber: how long a report takes on this machine now.
        List<Long> without = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            report();
            without.add((System.nanoTime() - start) / 1_000_000);
        }
        String[] subscription = subscribe(REPORTED);
        sleepMillis = 5000;
        List<Long> with = new ArrayList<>();
        List<String> incidents = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            incidents.add(report());
            with.add((System.nanoTime() - start) / 1_000_000);
        }
        // The receiver really was slow while those requests were answered.
        String first = eventIdOf(REPORTED, "incidents/" + incidents.get(0));
        awaitStatus(first, subscription[0], "DELIVERED", Duration.ofSeconds(30));
        Collections.sort(without);
        Collections.sort(with);
        System.out.printf("report latency ms without subscriber %s, with a 5 s receiver %s%n", without, with);
        assertThat(with.get(2)).as("median with a slow receiver, against %s without", without)
                .isLessThan(without.get(2) * 3 + 1000);
        assertThat(with.get(4)).isLessThan(5000);
    }

    @Test
    void replayQueuesTheSubscriptionsMatchingEventsSinceAnInstantAgain() throws Exception {
        Instant before = Instant.now().minusMillis(5);
        String early = report(); // before the subscription exists: never queued for it
        String[] subscription = subscribe(REPORTED);
        String late = report();
        String earlyEvent = eventIdOf(REPORTED, "incidents/" + early);
        String lateEvent = eventIdOf(REPORTED, "incidents/" + late);
        awaitStatus(lateEvent, subscription[0], "DELIVERED", Duration.ofSeconds(30));
        assertThat(delivery(earlyEvent, subscription[0])).isEmpty();

        given().auth().oauth2(Tokens.allHomes("admin"))
                .post("/api/v1/webhook-subscriptions/" + subscription[0] + "/replay?from=" + before).then().statusCode(202)
                .body("subscriptionId", equalTo(subscription[0])).body("queued", equalTo(2));
        awaitStatus(earlyEvent, subscription[0], "DELIVERED", Duration.ofSeconds(30));
        awaitStatus(lateEvent, subscription[0], "DELIVERED", Duration.ofSeconds(30));
        Thread.sleep(1500);
        assertThat(receivedFor(earlyEvent)).hasSize(1);
        assertThat(receivedFor(lateEvent)).hasSize(2);

        given().auth().oauth2(Tokens.allHomes("admin"))
                .post("/api/v1/webhook-subscriptions/" + subscription[0] + "/replay?from=" + Instant.now().plusSeconds(3600))
                .then().statusCode(422).body("errors.field", hasItem("from"));
        given().auth().oauth2(Tokens.allHomes("admin"))
                .post("/api/v1/webhook-subscriptions/" + subscription[0] + "/replay?from=yesterday")
                .then().statusCode(400).body("errors.field", hasItem("from"));
        given().auth().oauth2(Tokens.allHomes("admin"))
                .post("/api/v1/webhook-subscriptions/" + subscription[0] + "/replay")
                .then().statusCode(400);
        given().auth().oauth2(Tokens.allHomes("admin"))
                .post("/api/v1/webhook-subscriptions/" + UUID.randomUUID() + "/replay?from=" + before).then().statusCode(404);
        given().auth().oauth2(Tokens.allHomes("manager"))
                .post("/api/v1/webhook-subscriptions/" + subscription[0] + "/replay?from=" + before).then().statusCode(403);
    }

    @Test
    void actionPlanMovesAndOverduePlansAreEventsWrittenOnce() throws Exception {
        String incident = report();
        String plan = Fixtures.plan(HOME, incident, "HIGH", "2025-01-02");
        Fixtures.move("manager", HOME, plan, "ASSIGNED", "owner agreed").then().statusCode(200);
        String moved = eventIdOf("io.careops.incidentsafety.actionplan.moved", "action-plans/" + plan);
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT data ->> 'from', data ->> 'to', care_home_id FROM outbox_event WHERE id = ?")) {
            q.setObject(1, UUID.fromString(moved));
            try (ResultSet row = q.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("IDENTIFIED");
                assertThat(row.getString(2)).isEqualTo("ASSIGNED");
                assertThat(row.getObject(3, UUID.class)).isEqualTo(HOME);
            }
        }
        overdueJob.announce();
        eventIdOf("io.careops.incidentsafety.actionplan.overdue", "action-plans/" + plan);
        overdueJob.announce();
        eventIdOf("io.careops.incidentsafety.actionplan.overdue", "action-plans/" + plan); // still exactly one
        // A refused move writes nothing.
        Fixtures.move("manager", HOME, plan, "CLOSED", null).then().statusCode(409);
        eventIdOf("io.careops.incidentsafety.actionplan.moved", "action-plans/" + plan);
    }
}
