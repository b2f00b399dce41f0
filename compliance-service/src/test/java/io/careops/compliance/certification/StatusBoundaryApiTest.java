package io.careops.compliance.certification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same boundary table as {@link CertificationStatusTest}, through the API: the status shown
 * (computed in Java) and the list filter (computed in SQL) must agree on every row.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SchedulingStub.class, scope = TestResourceScope.GLOBAL)
class StatusBoundaryApiTest {

    private static final UUID HOME = UUID.randomUUID();

    static java.util.stream.Stream<CertificationStatusTest.Row> table() {
        return CertificationStatusTest.table();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void shownStatusAndSqlFilterAgree(CertificationStatusTest.Row row) {
        SchedulingStub.Staff staff = Fixtures.staff(HOME, "SCW", "Boundary");
        String type = row.expiry() == null ? "DEMENTIA_CARE" : "FIRE_SAFETY";
        LocalDate issued = row.expiry() == null ? LocalDate.of(2024, 1, 1) : row.expiry().minusMonths(11);
        String body = """
                {"careHomeId": "%s", "staffId": "%s", "staffNumber": "%s", "certificationType": "%s", "issueDate": "%s",
                 %s "alertWindowDays": %d, "awaitingEvidence": %s}
                """.formatted(HOME, staff.id(), staff.staffNumber(), type, issued,
                row.expiry() == null ? "" : "\"expiryDate\": \"" + row.expiry() + "\",", row.window(), row.awaiting());
        String id = given().auth().oauth2(Tokens.allHomes("manager")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/certifications").then().statusCode(201).extract().path("id");

        given().auth().oauth2(Tokens.allHomes("inspector")).get("/api/v1/certifications/" + id + "?asOf=" + row.asOf())
                .then().statusCode(200).body("status", equalTo(row.expected().name())).body("asOf", equalTo(row.asOf().toString()));
        for (var status : io.careops.compliance.certification.domain.CertificationStatus.values()) {
            var list = given().auth().oauth2(Tokens.allHomes("inspector"))
                    .get("/api/v1/certifications?size=100&staffId=" + staff.id() + "&status=" + status + "&asOf=" + row.asOf())
                    .then().statusCode(200);
            if (status == row.expected()) {
                list.body("items.id", hasItem(id)).body("totalItems", equalTo(1));
            } else {
                list.body("items.id", not(hasItem(id))).body("totalItems", equalTo(0));
            }
        }
    }

    @Test
    void expiringWithinCountsFromTheDayAskedAndLeavesOutTheExpired() {
        SchedulingStub.Staff staff = Fixtures.staff(HOME, "SCW", "Within");
        LocalDate asOf = LocalDate.of(2025, 6, 1);
        String expired = Fixtures.certify(staff, "FIRE_SAFETY", LocalDate.of(2024, 5, 31), LocalDate.of(2025, 5, 31), false);
        String today = Fixtures.certify(staff, "MANUAL_HANDLING", LocalDate.of(2024, 6, 1), asOf, false);
        String in30 = Fixtures.certify(staff, "INFECTION_CONTROL", LocalDate.of(2024, 7, 1), asOf.plusDays(30), false);
        String in31 = Fixtures.certify(staff, "SAFEGUARDING", LocalDate.of(2024, 7, 2), asOf.plusDays(31), false);
        given().auth().oauth2(Tokens.allHomes("manager"))
                .get("/api/v1/certifications?size=100&staffId=" + staff.id() + "&expiringWithinDays=30&asOf=" + asOf)
                .then().statusCode(200).body("totalItems", equalTo(2))
                .body("items.id", hasItem(today)).body("items.id", hasItem(in30))
                .body("items.id", not(hasItem(expired))).body("items.id", not(hasItem(in31)));
        given().auth().oauth2(Tokens.allHomes("manager"))
                .get("/api/v1/certifications?status=SOMETIMES").then().statusCode(400);
    }
}
