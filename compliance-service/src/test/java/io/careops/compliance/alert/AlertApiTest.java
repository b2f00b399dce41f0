package io.careops.compliance.alert;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.careops.compliance.alert.domain.ExpiryAlert;
import io.careops.compliance.alert.service.AlertService;
import io.careops.compliance.alert.service.WebhookSender;
import io.careops.compliance.support.Fixtures;
import io.careops.compliance.support.SchedulingStub;
import io.careops.platform.test.EmbeddedPostgresResource;
import io.careops.platform.test.Tokens;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SchedulingStub.class, scope = TestResourceScope.GLOBAL)
class AlertApiTest {

    private static final UUID HOME = UUID.randomUUID();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Inject
    AlertService alerts;
    @Inject
    SimpleMeterRegistry meters;

    private static io.restassured.response.ValidatableResponse alertsOf(String certificationId) {
        return given().auth().oauth2(Tokens.allHomes("manager")).get("/api/v1/alerts?size=100&certificationId=" + certificationId)
                .then().statusCode(200);
    }

    @Test
    void twoRunsAtOnceRecordOneAlertPerCertificationAndState() throws Exception {
        SchedulingStub.Staff staff = Fixtures.staff(HOME, "SCW", "Twice");
        String soon = Fixtures.expiringOn(staff, "FIRE_SAFETY", TODAY.plusDays(10));
        String expired = Fixtures.certify(staff, "MANUAL_HANDLING", TODAY.minusYears(1), TODAY.minusDays(1), false);
        String valid = Fixtures.expiringOn(staff, "INFECTION_CONTROL", TODAY.plusDays(200));
        double recordedBefore = meters.counter("careops.compliance.alerts.recorded", "kind", "EXPIRING_SOON").count();

        // Two replicas' jobs at the same moment, and two admins pressing "run" at the same moment.
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(pool.submit(() -> {
                start.await();
                return alerts.record(TODAY);
            }));
            runs.add(pool.submit(() -> {
                start.await();
                return given().auth().oauth2(Tokens.allHomes("admin")).post("/api/v1/alerts/run").then().statusCode(200);
            }));
        }
        start.countDown();
        for (Future<?> run : runs) {
            run.get();
        }
        pool.shutdown();

        alertsOf(soon).body("items", hasSize(1)).body("items[0].kind", equalTo("EXPIRING_SOON"))
                .body("items[0].expiryDate", equalTo(TODAY.plusDays(10).toString()))
                .body("items[0].detectedOn", equalTo(TODAY.toString()));
        alertsOf(expired).body("items", hasSize(1)).body("items[0].kind", equalTo("EXPIRED"));
        alertsOf(valid).body("items", hasSize(0));
        // A later run records nothing more for them.
        given().auth().oauth2(Tokens.allHomes("admin")).post("/api/v1/alerts/run").then().statusCode(200);
        alertsOf(soon).body("items", hasSize(1));
        alertsOf(expired).body("items", hasSize(1));
        assertTrue(meters.counter("careops.compliance.alerts.recorded", "kind", "EXPIRING_SOON").count() >= recordedBefore + 1);
    }

    @Test
    void theExpiredStateGetsItsOwnAlertAfterTheExpiringOne() {
        SchedulingStub.Staff staff = Fixtures.staff(HOME, "SCW", "Later");
        String id = Fixtures.certify(staff, "FIRE_SAFETY", TODAY.minusYears(1), TODAY.minusDays(5), false);
        // The run on the last day before expiry found it expiring; today's finds it expired.
        given().auth().oauth2(Tokens.allHomes("admin")).post("/api/v1/alerts/run?asOf=" + TODAY.minusDays(6)).then()
                .statusCode(200);
        given().auth().oauth2(Tokens.allHomes("admin")).post("/api/v1/alerts/run?asOf=" + TODAY).then().statusCode(200);
        alertsOf(id).body("items", hasSize(2)).body("items.kind", org.hamcrest.Matchers.containsInAnyOrder("EXPIRING_SOON", "EXPIRED"));
    }

    @Test
    void deliveryIsSignedRetriedWithBackoffAndRecorded() throws Exception {
        SchedulingStub.Staff staff = Fixtures.staff(HOME, "SCW", "Retry");
        String id = Fixtures.expiringOn(staff, "FIRE_SAFETY", TODAY.plusDays(3));
        SchedulingStub.failDeliveries(id, 1);
        double deliveredBefore = meters.counter("careops.compliance.alerts.delivered", "kind", "EXPIRING_SOON").count();

        given().auth().oauth2(Tokens.allHomes("admin")).post("/api/v1/alerts/run").then().statusCode(200);
        alertsOf(id).body("items", hasSize(1)).body("items[0].deliveryState", equalTo("PENDING"))
                .body("items[0].attempts", equalTo(1)).body("items[0].lastStatus", equalTo(500))
                .body("items[0].lastError", equalTo("HTTP 500")).body("items[0].deliveredAt", nullValue());

        // The backoff is zero in tests, so the next run retries it at once.
        given().auth().oauth2(Tokens.allHomes("admin")).post("/api/v1/alerts/run").then().statusCode(200);
        alertsOf(id).body("items[0].deliveryState", equalTo("DELIVERED")).body("items[0].attempts", equalTo(2))
                .body("items[0].lastStatus", equalTo(204)).body("items[0].recipient", org.hamcrest.Matchers.endsWith("/webhook"));

        List<SchedulingStub.Delivery> deliveries = SchedulingStub.deliveriesMentioning(id);
        assertEquals(2, deliveries.size(), "one failed attempt and one delivery");
        for (SchedulingStub.Delivery delivery : deliveries) {
            assertEquals("sha256=" + WebhookSender.sign(SchedulingStub.WEBHOOK_SECRET, delivery.timestamp() + "." + delivery.body()),
                    delivery.signature());
            assertTrue(delivery.body().contains("\"kind\":\"EXPIRING_SOON\""));
            assertTrue(delivery.body().contains("\"staffNumber\":\"" + staff.staffNumber() + "\""));
        }
        assertEquals(deliveries.get(0).alertId(), deliveries.get(1).alertId(), "the same alert id, so a receiver can drop repeats");
        assertTrue(meters.counter("careops.compliance.alerts.delivered", "kind", "EXPIRING_SOON").count() >= deliveredBefore + 1);
        // A signature made with another secret does not match.
        assertTrue(!deliveries.get(0).signature().equals("sha256=" + WebhookSender.sign("another-secret",
                deliveries.get(0).timestamp() + "." + deliveries.get(0).body())));
    }

    @Test
    void deliveryGivesUpAfterTheLastAttempt() {
        SchedulingStub.Staff staff = Fixtures.staff(HOME, "SCW", "GivesUp");
        String id = Fixtures.expiringOn(staff, "FIRE_SAFETY", TODAY.plusDays(4));
        SchedulingStub.failDeliveries(id, 10);
        for (int i = 0; i < 4; i++) {
            given().auth().oauth2(Tokens.allHomes("admin")).post("/api/v1/alerts/run").then().statusCode(200);
        }
        // max-attempts is 3 in tests: FAILED, and no fourth attempt.
        alertsOf(id).body("items[0].deliveryState", equalTo("FAILED")).body("items[0].attempts", equalTo(3))
                .body("items[0].nextAttemptAt", nullValue());
        assertEquals(3, SchedulingStub.deliveriesMentioning(id).size());
    }

    @Test
    void backoffDoublesPerFailedAttemptUpToACap() {
        Duration minute = Duration.ofMinutes(1);
        assertEquals(Duration.ofMinutes(1), ExpiryAlert.backoffAfter(1, minute));
        assertEquals(Duration.ofMinutes(2), ExpiryAlert.backoffAfter(2, minute));
        assertEquals(Duration.ofMinutes(4), ExpiryAlert.backoffAfter(3, minute));
        assertEquals(Duration.ofMinutes(64), ExpiryAlert.backoffAfter(7, minute));
        assertEquals(Duration.ofMinutes(64), ExpiryAlert.backoffAfter(30, minute));
    }

    @Test
    void onlyAdminsRunTheJobNeverForAFutureDayAndAlertsAreScopedToTheCallersHomes() {
        given().auth().oauth2(Tokens.allHomes("manager")).post("/api/v1/alerts/run").then().statusCode(403);
        given().auth().oauth2(Tokens.allHomes("admin")).post("/api/v1/alerts/run?asOf=" + TODAY.plusDays(1)).then()
                .statusCode(422).body("errors[0].field", equalTo("asOf"));
        SchedulingStub.Staff staff = Fixtures.staff(HOME, "SCW", "Scoped");
        String id = Fixtures.certify(staff, "FIRE_SAFETY", TODAY.minusYears(1), TODAY.minusDays(2), false);
        given().auth().oauth2(Tokens.allHomes("admin")).post("/api/v1/alerts/run").then().statusCode(200);
        given().auth().oauth2(Tokens.of("manager", HOME)).get("/api/v1/alerts?certificationId=" + id).then()
                .statusCode(200).body("totalItems", equalTo(1));
        given().auth().oauth2(Tokens.of("manager", UUID.randomUUID())).get("/api/v1/alerts?certificationId=" + id).then()
                .statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(Tokens.allHomes("staff")).get("/api/v1/alerts").then().statusCode(403);
    }
}
