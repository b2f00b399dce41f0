package io.careops.compliance.certification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
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
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issue 14 item 8: staff submit their own training evidence; a manager of the home verifies or rejects it. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SchedulingStub.class, scope = TestResourceScope.GLOBAL)
class TrainingEvidenceApiTest {

    private static final String EVIDENCE = """
            {"certificationType": "FIRST_AID", "issueDate": "2026-01-10", "issuingBody": "St John Scotland",
             "certificateNumber": "EFAW-2026-04417"}""";

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static String staffToken(SchedulingStub.Staff staff) {
        return Tokens.person("staff", staff.staffNumber(), staff.careHomeId());
    }

    private static String submit(SchedulingStub.Staff staff, String body) {
        return as(staffToken(staff)).body(body).post("/api/v1/staff/" + staff.id() + "/certifications").then()
                .statusCode(201).extract().path("id");
    }

    @Test
    void evidenceNobodyHasVerifiedNeverHidesALapseFromTheRota() {
        UUID home = UUID.randomUUID();
        SchedulingStub.Staff me = Fixtures.staff(home, "SCW", "Lapsed");
        Fixtures.certify(me, "PVG", java.time.LocalDate.of(2021, 6, 1), java.time.LocalDate.of(2026, 6, 30), false);
        String check = """
                {"date": "2026-07-10", "staff": [{"staffId": "%s", "roleCode": "SCW"}]}""".formatted(me.id());
        String renewal = """
                {"certificationType": "PVG", "issueDate": "2026-07-01", "issuingBody": "Disclosure Scotland",
                 "certificateNumber": "PVG-2026-0091"}""";
        // The person submits a renewal; unverified, it does not cover the day: the PVG stays EXPIRED.
        String id = submit(me, renewal);
        as(Tokens.of("manager", home)).body(check).post("/api/v1/staff-status").then().statusCode(200)
                .body("staff[0].notValid.find { it.typeCode == 'PVG' }.status", equalTo("EXPIRED"));
        // Rejected: still EXPIRED. Verified (a second submission): PVG is no longer among what is not valid.
        as(Tokens.of("manager", home)).body("{\"reason\": \"number does not match the certificate\"}")
                .post("/api/v1/certifications/" + id + "/rejection").then().statusCode(200);
        as(Tokens.of("manager", home)).body(check).post("/api/v1/staff-status").then().statusCode(200)
                .body("staff[0].notValid.find { it.typeCode == 'PVG' }.status", equalTo("EXPIRED"));
        String second = submit(me, renewal.replace("PVG-2026-0091", "PVG-2026-0092"));
        as(Tokens.of("manager", home)).post("/api/v1/certifications/" + second + "/verification").then().statusCode(200);
        as(Tokens.of("manager", home)).body(check).post("/api/v1/staff-status").then().statusCode(200)
                .body("staff[0].notValid.typeCode", org.hamcrest.Matchers.not(hasItem("PVG")));
    }

    @Test
    void staffSubmitsOwnEvidenceAsPendingAndAManagerVerifiesIt() {
        UUID home = UUID.randomUUID();
        SchedulingStub.Staff me = Fixtures.staff(home, "SCW", "Submitter");
        io.restassured.response.ValidatableResponse created = as(staffToken(me)).body(EVIDENCE)
                .post("/api/v1/staff/" + me.id() + "/certifications").then().statusCode(201);
        String id = created
                .body("status", equalTo("PENDING")).body("awaitingEvidence", equalTo(true))
                .body("submittedByStaff", equalTo(true)).body("careHomeId", equalTo(home.toString()))
                .body("staffNumber", equalTo(me.staffNumber())).body("staffVerified", equalTo(true))
                .body("expiryDate", equalTo("2029-01-10")).body("issuingBody", equalTo("St John Scotland"))
                .body("verifiedBy", nullValue()).extract().path("id");
        created.header("Location", endsWith("/api/v1/certifications/" + id));
        // Pending never counts: the staff member sees it as PENDING, on any day.
        as(staffToken(me)).get("/api/v1/certifications/" + id + "?asOf=2026-12-01").then().statusCode(200)
                .body("status", equalTo("PENDING"));
        as(Tokens.of("manager", home)).get("/api/v1/certifications?careHomeId=" + home + "&status=PENDING").then()
                .statusCode(200).body("items.id", contains(id));

        as(Tokens.of("manager", home)).post("/api/v1/certifications/" + id + "/verification").then().statusCode(200)
                .body("status", equalTo("VALID")).body("awaitingEvidence", equalTo(false))
                .body("verifiedBy", notNullValue()).body("verifiedAt", notNullValue());
        as(staffToken(me)).get("/api/v1/certifications/" + id + "?asOf=2028-12-20").then().statusCode(200)
                .body("status", equalTo("EXPIRING_SOON"));
        as(staffToken(me)).get("/api/v1/certifications/" + id + "?asOf=2029-01-11").then().statusCode(200)
                .body("status", equalTo("EXPIRED"));
        // Verified once: a second decision is a conflict, and changes nothing.
        as(Tokens.of("manager", home)).post("/api/v1/certifications/" + id + "/verification").then().statusCode(409);
        as(Tokens.of("manager", home)).body("{\"reason\": \"late\"}").post("/api/v1/certifications/" + id + "/rejection")
                .then().statusCode(409);
        as(staffToken(me)).get("/api/v1/certifications/" + id).then().statusCode(200).body("status", equalTo("VALID"))
                .body("rejectedAt", nullValue());
    }

    @Test
    void aManagerRejectsWithAReasonThatIsKept() {
        UUID home = UUID.randomUUID();
        SchedulingStub.Staff me = Fixtures.staff(home, "SCW", "Rejected");
        String id = submit(me, EVIDENCE);
        as(Tokens.of("manager", home)).body("{\"reason\": \"  The number is not on St John's register \"}")
                .post("/api/v1/certifications/" + id + "/rejection").then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("rejectionReason", equalTo("The number is not on St John's register"))
                .body("rejectedBy", notNullValue()).body("rejectedAt", notNullValue()).body("verifiedBy", nullValue());
        // Kept, visible to its holder, no longer pending, never valid.
        as(staffToken(me)).get("/api/v1/certifications?asOf=2026-12-01").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.status", equalTo("REJECTED"));
        as(Tokens.of("manager", home)).get("/api/v1/certifications?careHomeId=" + home + "&status=PENDING").then()
                .statusCode(200).body("totalItems", equalTo(0));
        as(Tokens.of("manager", home)).get("/api/v1/certifications?careHomeId=" + home + "&status=VALID").then()
                .statusCode(200).body("totalItems", equalTo(0));
        as(Tokens.of("manager", home)).post("/api/v1/certifications/" + id + "/verification").then().statusCode(409);
    }

    @Test
    void staffCannotDecideAndCannotSubmitForSomeoneElse() {
        UUID home = UUID.randomUUID();
        SchedulingStub.Staff me = Fixtures.staff(home, "SCW", "Self");
        SchedulingStub.Staff colleague = Fixtures.staff(home, "SCW", "Colleague");
        String mine = submit(me, EVIDENCE);
        String theirs = submit(colleague, EVIDENCE);

        as(staffToken(me)).post("/api/v1/certifications/" + mine + "/verification").then().statusCode(403);
        as(staffToken(me)).body("{\"reason\": \"no\"}").post("/api/v1/certifications/" + theirs + "/rejection").then()
                .statusCode(403);
        as(Tokens.of("inspector", home)).post("/api/v1/certifications/" + mine + "/verification").then().statusCode(403);
        // Another person's staff id, an unknown one, or a token naming no one: 404.
        as(staffToken(me)).body(EVIDENCE).post("/api/v1/staff/" + colleague.id() + "/certifications").then()
                .statusCode(404).body("type", equalTo("https://careops.io/problems/not-found"));
        as(staffToken(me)).body(EVIDENCE).post("/api/v1/staff/" + UUID.randomUUID() + "/certifications").then()
                .statusCode(404);
        as(Tokens.of("staff", home)).body(EVIDENCE).post("/api/v1/staff/" + me.id() + "/certifications").then()
                .statusCode(404);
        // Only a staff token submits for itself; a manager records certifications through /certifications.
        as(Tokens.of("manager", home)).body(EVIDENCE).post("/api/v1/staff/" + me.id() + "/certifications").then()
                .statusCode(403);
        // A staff token sees only its own; a colleague's submission answers 404.
        as(staffToken(me)).get("/api/v1/certifications").then().statusCode(200).body("items.id", contains(mine));
        as(staffToken(me)).get("/api/v1/certifications/" + theirs).then().statusCode(404);
        // Another home's manager: 404; nothing changed.
        as(Tokens.of("manager", UUID.randomUUID())).post("/api/v1/certifications/" + mine + "/verification").then()
                .statusCode(404);
        as(Tokens.of("manager", home)).get("/api/v1/certifications?careHomeId=" + home + "&status=PENDING").then()
                .statusCode(200).body("items.id", containsInAnyOrder(mine, theirs));
    }

    @Test
    void badInputIsRejectedAndChangesNothing() {
        UUID home = UUID.randomUUID();
        SchedulingStub.Staff me = Fixtures.staff(home, "SCW", "Careless");
        String token = staffToken(me);
        String path = "/api/v1/staff/" + me.id() + "/certifications";
        as(token).body("{\"certificationType\": \"FIRST_AID\"}").post(path).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("issueDate", "issuingBody", "certificateNumber"));
        as(token).body(EVIDENCE.replace("FIRST_AID", "BASKET_WEAVING")).post(path).then().statusCode(400)
                .body("errors.field", hasItem("certificationType"));
        as(token).body(EVIDENCE.replace("2026-01-10", "2026-02-30")).post(path).then().statusCode(400);
        as(token).body(EVIDENCE.replace("2026-01-10", "2099-01-10")).post(path).then().statusCode(422)
                .body("errors.field", hasItem("issueDate"));
        as(token).body(EVIDENCE.replace("\"issueDate\"", "\"expiryDate\": \"2025-01-01\", \"issueDate\"")).post(path)
                .then().statusCode(422).body("errors.field", hasItem("expiryDate"));
        // A malformed path id names no record: 404, as everywhere in the API (ApiContractTest).
        as(token).body(EVIDENCE).post("/api/v1/staff/not-a-uuid/certifications").then().statusCode(404);
        as(Tokens.of("manager", home)).get("/api/v1/certifications?careHomeId=" + home).then().statusCode(200)
                .body("totalItems", equalTo(0));

        String id = submit(me, EVIDENCE);
        as(Tokens.of("manager", home)).body("{\"reason\": \"  \"}").post("/api/v1/certifications/" + id + "/rejection")
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        as(Tokens.of("manager", home)).body("{}").post("/api/v1/certifications/" + id + "/rejection").then()
                .statusCode(400);
        as(Tokens.of("manager", home)).post("/api/v1/certifications/" + UUID.randomUUID() + "/verification").then()
                .statusCode(404);
        as(token).get("/api/v1/certifications/" + id).then().statusCode(200).body("status", equalTo("PENDING"));
    }
}
