package io.careops.compliance.me;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.careops.compliance.support.Fixtures;
import io.careops.compliance.support.SchedulingStub;
import io.careops.platform.test.EmbeddedPostgresResource;
import io.careops.platform.test.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** GET /me, and a staff-only token limited to its own certifications (the staff_number claim). */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SchedulingStub.class, scope = TestResourceScope.GLOBAL)
class SelfServiceApiTest {

    private static final UUID HOME = UUID.randomUUID();

    @Test
    void meAnswersEveryRole() {
        given().auth().oauth2(Tokens.person("staff", "123456", HOME)).get("/api/v1/me").then().statusCode(200)
                .body("roles", contains("staff")).body("selfService", equalTo(true))
                .body("staffNumber", equalTo("123456")).body("careHomeIds", contains(HOME.toString()));
        given().auth().oauth2(Tokens.allHomes("admin")).get("/api/v1/me").then().statusCode(200)
                .body("allCareHomes", equalTo(true)).body("staffNumber", nullValue()).body("selfService", equalTo(false));
        given().auth().oauth2(Tokens.of("manager", HOME)).get("/api/v1/me").then().statusCode(200)
                .body("roles", contains("manager")).body("selfService", equalTo(false));
        given().auth().oauth2(Tokens.of("inspector", HOME)).get("/api/v1/me").then().statusCode(200)
                .body("roles", contains("inspector"));
        given().get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void aStaffTokenSeesItsOwnCertificationsOnly() {
        SchedulingStub.Staff me = Fixtures.staff(HOME, "SCW", "Self");
        SchedulingStub.Staff colleague = Fixtures.staff(HOME, "SCW", "Colleague");
        String mine = Fixtures.certify(me, "FIRE_SAFETY", LocalDate.of(2026, 1, 5), null, false);
        String theirs = Fixtures.certify(colleague, "FIRE_SAFETY", LocalDate.of(2026, 1, 5), null, false);
        String token = Tokens.person("staff", me.staffNumber(), HOME);

        given().auth().oauth2(token).get("/api/v1/certifications?careHomeId=" + HOME).then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items.id", contains(mine));
        given().auth().oauth2(token).get("/api/v1/certifications?staffId=" + colleague.id()).then().statusCode(200)
                .body("totalItems", equalTo(0));
        given().auth().oauth2(token).get("/api/v1/certifications/" + mine).then().statusCode(200)
                .body("staffNumber", equalTo(me.staffNumber()));
        given().auth().oauth2(token).get("/api/v1/certifications/" + theirs).then().statusCode(404)
                .body("type", equalTo("https://careops.io/problems/not-found"));
        given().auth().oauth2(token).get("/api/v1/certifications/" + theirs + "/history").then().statusCode(404);
        given().auth().oauth2(token).get("/api/v1/certifications/" + mine + "?asOf=2026-02-30").then().statusCode(400);
        // A staff token naming no one sees nothing; managers and inspectors see the home.
        given().auth().oauth2(Tokens.of("staff", HOME)).get("/api/v1/certifications?careHomeId=" + HOME).then()
                .statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(Tokens.of("manager", HOME)).get("/api/v1/certifications?careHomeId=" + HOME).then()
                .statusCode(200).body("totalItems", equalTo(2));
        given().auth().oauth2(Tokens.of("inspector", HOME)).get("/api/v1/certifications/" + theirs).then()
                .statusCode(200);
    }
}
