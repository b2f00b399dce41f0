package io.careops.compliance.certification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

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

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SchedulingStub.class, scope = TestResourceScope.GLOBAL)
class RenewalAndDirectoryApiTest {

    private static final UUID HOME = UUID.randomUUID();

    private static String body(UUID staffId, String staffNumber, UUID home) {
        return """
                {"careHomeId": "%s", "staffId": "%s", "staffNumber": "%s", "certificationType": "PVG", "issueDate": "2025-01-01"}
                """.formatted(home, staffId, staffNumber);
    }

    private static io.restassured.response.Response post(String json) {
        return given().auth().oauth2(Tokens.allHomes("manager")).contentType(ContentType.JSON).body(json)
                .post("/api/v1/certifications");
    }

    @Test
    void aRenewalSupersedesThePreviousCertificationAndKeepsItsHistory() {
        SchedulingStub.Staff staff = Fixtures.staff(HOME, "SCW", "Renews");
        String first = Fixtures.certify(staff, "FIRE_SAFETY", LocalDate.of(2025, 1, 10), null, false);
        String renewal = "{\"issueDate\": \"2026-01-05\", \"issuingBody\": \"Scottish Fire and Rescue\"}";
        String second = given().auth().oauth2(Tokens.allHomes("manager")).contentType(ContentType.JSON).body(renewal)
                .post("/api/v1/certifications/" + first + "/renewals").then().statusCode(201)
                .body("expiryDate", equalTo("2027-01-05")).body("staffId", equalTo(staff.id().toString()))
                .body("certificationType", equalTo("FIRE_SAFETY")).body("supersededBy", nullValue())
                .extract().path("id");
        given().auth().oauth2(Tokens.allHomes("manager")).get("/api/v1/certifications/" + first).then()
                .body("supersededBy", equalTo(second)).body("supersededAt", notNullValue())
                .body("renewalDate", equalTo("2026-01-05"));
        given().auth().oauth2(Tokens.allHomes("manager")).get("/api/v1/certifications?staffId=" + staff.id()).then()
                .body("items.id", contains(second));
        given().auth().oauth2(Tokens.allHomes("manager")).get("/api/v1/certifications?includeSuperseded=true&staffId=" + staff.id())
                .then().body("items", hasSize(2));
        given().auth().oauth2(Tokens.allHomes("manager")).get("/api/v1/certifications/" + second + "/history").then()
                .statusCode(200).body("id", contains(second, first));
        // A superseded certification cannot be renewed again; a renewal cannot predate what it renews.
        given().auth().oauth2(Tokens.allHomes("manager")).contentType(ContentType.JSON).body(renewal)
                .post("/api/v1/certifications/" + first + "/renewals").then().statusCode(409);
        given().auth().oauth2(Tokens.allHomes("manager")).contentType(ContentType.JSON)
                .body("{\"issueDate\": \"2025-12-01\"}").post("/api/v1/certifications/" + second + "/renewals").then()
                .statusCode(422).body("errors[0].field", equalTo("issueDate"));
    }

    @Test
    void whenSchedulingAnswersTheStaffMemberIsCheckedAndSnapshotted() {
        SchedulingStub.Staff staff = Fixtures.staff(HOME, "SSCW", "Snapshot");
        post(body(staff.id(), staff.staffNumber(), HOME)).then().statusCode(201)
                .body("staffVerified", equalTo(true)).body("staffName", equalTo("Test Snapshot"))
                .body("staffRole", equalTo("SSCW"));
        post(body(UUID.randomUUID(), "123456", HOME)).then().statusCode(422).body("errors[0].field", equalTo("staffId"));
        post(body(staff.id(), "999999", HOME)).then().statusCode(422).body("errors[0].field", equalTo("staffNumber"));
        post(body(staff.id(), staff.staffNumber(), UUID.randomUUID())).then().statusCode(422)
                .body("errors[0].field", equalTo("careHomeId"));
    }

    @Test
    void whenSchedulingIsUnreachableTheCertificationIsRecordedUnverified() {
        SchedulingStub.Staff staff = Fixtures.staff(HOME, "SCW", "Unverified");
        SchedulingStub.staffDown(staff.id());
        post(body(staff.id(), staff.staffNumber(), HOME)).then().statusCode(201)
                .body("staffVerified", equalTo(false)).body("staffName", nullValue());
    }

    @Test
    void adminsChangeTypesIncludingTheRolesTheyAreMandatoryFor() {
        String type = """
                {"code": "MOVING_PEOPLE", "name": "Moving people safely", "validityMonths": 24, "critical": false,
                 "mandatoryRoles": ["SCA", "SCW"]}
                """;
        given().auth().oauth2(Tokens.allHomes("admin")).contentType(ContentType.JSON).body(type)
                .post("/api/v1/certification-types").then().statusCode(201).body("mandatoryRoles", contains("SCA", "SCW"));
        given().auth().oauth2(Tokens.allHomes("admin")).contentType(ContentType.JSON)
                .body(type.replace("24", "12").replace("\"SCA\", ", "").replace("false", "true"))
                .put("/api/v1/certification-types/MOVING_PEOPLE").then().statusCode(200)
                .body("validityMonths", equalTo(12)).body("critical", equalTo(true)).body("mandatoryRoles", contains("SCW"));
        given().auth().oauth2(Tokens.allHomes("manager")).contentType(ContentType.JSON).body(type)
                .put("/api/v1/certification-types/MOVING_PEOPLE").then().statusCode(403);
        given().auth().oauth2(Tokens.allHomes("admin")).contentType(ContentType.JSON).body(type)
                .put("/api/v1/certification-types/FIRE_SAFETY").then().statusCode(422);
        given().auth().oauth2(Tokens.allHomes("admin")).contentType(ContentType.JSON).body(type.replace("MOVING_PEOPLE", "NOPE"))
                .put("/api/v1/certification-types/NOPE").then().statusCode(404);
        given().auth().oauth2(Tokens.allHomes("manager")).get("/api/v1/certification-types/PVG").then().statusCode(200)
                .body("mandatoryRoles", hasItem("SCW")).body("mandatoryRoles", not(hasItem("ADMIN")));
        // Deactivate it again: the shared test database keeps it for the other classes.
        given().auth().oauth2(Tokens.allHomes("admin")).contentType(ContentType.JSON)
                .body(type.replace("}", ", \"active\": false}").replace("\"SCA\", \"SCW\"", ""))
                .put("/api/v1/certification-types/MOVING_PEOPLE").then().statusCode(200).body("active", equalTo(false));
    }
}
