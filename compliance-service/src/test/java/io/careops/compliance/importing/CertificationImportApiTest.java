package io.careops.compliance.importing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.careops.platform.test.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Legacy certifications: PENDING means pending renewal, alerts already sent are not sent again, missing files are reported. */
@QuarkusTest
class CertificationImportApiTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 1_000_000L);

    private static ValidatableResponse post(String json) {
        return given().auth().oauth2(Tokens.allHomes("admin")).contentType(ContentType.JSON).body("[" + json + "]")
                .post("/api/v1/import/certifications").then();
    }

    private static String cert(String pk, UUID home, UUID staff, String type, LocalDate issue, LocalDate expiry, String legacyStatus,
            boolean alertSent, String alertSentAt, String file) {
        return """
                {"legacyPk": "%s", "careHomeId": "%s", "staffId": "%s", "staffNumber": "001253", "staffName": "Grace MacDonald",
                 "staffRole": "SCA", "certificationType": "%s", "name": "Legacy certificate", "issueDate": "%s", "expiryDate": %s,
                 "alertWindowDays": 30, "legacyStatus": "%s", "alertSent": %s, "alertSentAt": %s, "certificateFile": "%s"}
                """.formatted(pk, home, staff, type, issue, expiry == null ? "null" : "\"" + expiry + "\"", legacyStatus, alertSent,
                alertSentAt == null ? "null" : "\"" + alertSentAt + "\"", file);
    }

    @Test
    void legacyPendingIsPendingRenewalNotAwaitingEvidence() {
        long n = SERIAL.incrementAndGet();
        UUID home = UUID.randomUUID();
        UUID staff = UUID.randomUUID();
        String id = post(cert("p" + n, home, staff, "FIRE_SAFETY", TODAY.minusMonths(10), TODAY.plusMonths(2), "PENDING", false, null,
                "certificates/scan_1.pdf")).statusCode(200).body("created", equalTo(1))
                .body("outcomes[0].findings", hasItem(containsString("LEGACY_PENDING: legacy PENDING meant pending renewal")))
                .body("outcomes[0].findings", hasItem(containsString("FILE_MISSING: certificate file certificates/scan_1.pdf")))
                .extract().path("outcomes[0].id");
        given().auth().oauth2(Tokens.allHomes("admin")).get("/api/v1/certifications/" + id).then().statusCode(200)
                .body("status", equalTo("VALID")).body("awaitingEvidence", equalTo(false));
        // A stored status that went stale is flagged, the status comes from the dates.
        post(cert("s" + n, home, staff, "PVG", TODAY.minusYears(6), TODAY.minusYears(1), "VALID", false, null, ""))
                .statusCode(200).body("outcomes[0].findings", hasItem(containsString("STALE_STATUS: the legacy system stored VALID")));
        // An unknown type is kept as OTHER, flagged; a certificate that expires before it was issued is skipped.
        post(cert("u" + n, home, staff, "HOIST_TRAINING", TODAY.minusYears(1), null, "VALID", false, null, ""))
                .statusCode(200).body("outcomes[0].findings", hasItem(containsString("UNKNOWN_TYPE")));
        post(cert("x" + n, home, staff, "FIRST_AID", TODAY, TODAY.minusDays(1), "VALID", false, null, ""))
                .statusCode(200).body("skipped", equalTo(1)).body("outcomes[0].reason", containsString("before it was issued"));
        given().auth().oauth2(Tokens.allHomes("admin")).get("/api/v1/import/legacy-keys/scheduling.staffcertification/p" + n)
                .then().statusCode(200).body("id", equalTo(id)).body("findings", hasSize(2));
    }

    @Test
    void anAlertTheLegacySystemSentIsRecordedAndNotSentAgain() {
        long n = SERIAL.incrementAndGet();
        String record = cert("a" + n, UUID.randomUUID(), UUID.randomUUID(), "MANUAL_HANDLING", TODAY.minusMonths(11),
                TODAY.plusDays(10), "EXPIRING_SOON", true, TODAY.minusDays(5) + "T09:00:00Z", "");
        String id = post(record).statusCode(200).extract().path("outcomes[0].id");
        given().auth().oauth2(Tokens.allHomes("admin")).post("/api/v1/alerts/run?asOf=" + TODAY).then().statusCode(200);
        given().auth().oauth2(Tokens.allHomes("admin")).queryParam("certificationId", id).get("/api/v1/alerts").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].kind", equalTo("EXPIRING_SOON"))
                .body("items[0].deliveryState", equalTo("DELIVERED")).body("items[0].recipient", equalTo("legacy system"))
                .body("items[0].detectedOn", equalTo(TODAY.minusDays(5).toString()));
        // The same record again: unchanged, and still one alert after another run of the job.
        post(record).statusCode(200).body("unchanged", equalTo(1));
        given().auth().oauth2(Tokens.allHomes("admin")).post("/api/v1/alerts/run?asOf=" + TODAY).then().statusCode(200);
        given().auth().oauth2(Tokens.allHomes("admin")).queryParam("certificationId", id).get("/api/v1/alerts").then()
                .body("items", hasSize(1));
    }

    @Test
    void reconciliationCountsImportedCertificationsByTypeAndStatusOnTheDay() {
        long n = SERIAL.incrementAndGet();
        UUID home = UUID.randomUUID();
        post(cert("r1-" + n, home, UUID.randomUUID(), "SSSC", TODAY.minusYears(1), TODAY.plusYears(4), "VALID", false, null, "") + ","
                + cert("r2-" + n, home, UUID.randomUUID(), "SSSC", TODAY.minusYears(6), TODAY.minusYears(1), "VALID", false, null, ""))
                .statusCode(200).body("created", equalTo(2));
        given().auth().oauth2(Tokens.allHomes("admin")).queryParam("asOf", TODAY.toString()).get("/api/v1/import/reconciliation")
                .then().statusCode(200)
                .body("figures.findAll { it.careHomeId == '" + home + "' }.key", hasItem("SSSC/VALID"))
                .body("figures.findAll { it.careHomeId == '" + home + "' }.key", hasItem("SSSC/EXPIRED"));
        given().auth().oauth2(Tokens.allHomes("manager")).get("/api/v1/import/reconciliation").then().statusCode(403);
    }
}
