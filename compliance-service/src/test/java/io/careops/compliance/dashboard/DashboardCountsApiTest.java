package io.careops.compliance.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.careops.compliance.support.Fixtures;
import io.careops.compliance.support.SchedulingStub;
import io.careops.platform.test.EmbeddedPostgresResource;
import io.careops.platform.test.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's counts by status and its expiring-within counts follow the rule the training
 * matrix and the batch status follow (docs/domain.md section 4, {@code ComplianceMatrix}): a
 * certificate counts on a day from its issue date, and a renewed one until its renewal is issued.
 * One home on 1 March 2026:
 * <ul>
 * <li>Anderson's PVG expired on 27 February and was renewed with a certificate issued on 10 March:
 * on 1 March the old one decides, EXPIRED (the renewal, issued later, is not counted);</li>
 * <li>Brown's SSSC is issued on 1 April: not counted on 1 March;</li>
 * <li>Campbell's fire safety expires on 21 March: EXPIRING_SOON, within 30 days;</li>
 * <li>Campbell's moving and handling is issued on 15 March and expires on 25 March: not counted on
 * 1 March, neither by status nor as expiring.</li>
 * </ul>
 * Before the fix the same home counted VALID 2 (the renewal and the SSSC), EXPIRING_SOON 2,
 * EXPIRED 0, and 2 expiring within 30 days.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SchedulingStub.class, scope = TestResourceScope.GLOBAL)
class DashboardCountsApiTest {

    @Test
    void countsFollowTheIssueDateAndRenewalRuleOfTheMatrix() {
        UUID home = UUID.randomUUID();
        SchedulingStub.Staff anderson = Fixtures.staff(home, "SCW", "Anderson");
        SchedulingStub.Staff brown = Fixtures.staff(home, "SCW", "Brown");
        SchedulingStub.Staff campbell = Fixtures.staff(home, "SCW", "Campbell");
        String lapsed = Fixtures.certify(anderson, "PVG", LocalDate.of(2021, 2, 28), LocalDate.of(2026, 2, 27), false);
        given().auth().oauth2(Tokens.of("manager", home)).contentType(ContentType.JSON)
                .body("{\"issueDate\": \"2026-03-10\", \"expiryDate\": \"2031-03-09\"}")
                .post("/api/v1/certifications/" + lapsed + "/renewals").then().statusCode(201);
        Fixtures.certify(brown, "SSSC", LocalDate.of(2026, 4, 1), null, false);
        Fixtures.certify(campbell, "FIRE_SAFETY", LocalDate.of(2025, 3, 21), LocalDate.of(2026, 3, 21), false);
        Fixtures.certify(campbell, "MANUAL_HANDLING", LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 25), false);

        String token = Tokens.of("manager", home);
        given().auth().oauth2(token).get("/api/v1/dashboard?careHomeId=" + home + "&asOf=2026-03-01").then()
                .statusCode(200)
                .body("countsByStatus.VALID", equalTo(0))
                .body("countsByStatus.EXPIRING_SOON", equalTo(1))
                .body("countsByStatus.EXPIRED", equalTo(1))
                .body("countsByStatus.PENDING", equalTo(0))
                .body("countsByStatus.REJECTED", equalTo(0))
                .body("expiringWithinDays.30", equalTo(1))
                .body("expiringWithinDays.60", equalTo(1))
                .body("expiringWithinDays.90", equalTo(1))
                .body("expiredCritical.totalItems", equalTo(1))
                .body("expiredCritical.items[0].typeCode", equalTo("PVG"));
        // The matrix says the same of the same day.
        given().auth().oauth2(token).get("/api/v1/dashboard/training-matrix?careHomeId=" + home + "&asOf=2026-03-01")
                .then().statusCode(200)
                .body("items.find { it.name == 'Test Anderson' }.cells.find { it.typeCode == 'PVG' }.status",
                        equalTo("EXPIRED"))
                .body("items.find { it.name == 'Test Brown' }.cells.find { it.typeCode == 'SSSC' }.status",
                        equalTo("MISSING"));
        // On 1 May every certificate is issued: the renewal and the SSSC are VALID, fire safety has
        // EXPIRED, moving and handling (expired 25 March) too.
        given().auth().oauth2(token).get("/api/v1/dashboard?careHomeId=" + home + "&asOf=2026-05-01").then()
                .statusCode(200)
                .body("countsByStatus.VALID", equalTo(2))
                .body("countsByStatus.EXPIRING_SOON", equalTo(0))
                .body("countsByStatus.EXPIRED", equalTo(2))
                .body("expiringWithinDays.90", equalTo(0));
    }
}
