package io.careops.scheduling.shift;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.careops.platform.test.Tokens;
import io.careops.scheduling.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Cross-home cover: a person of one home works a shift in another home of the group; both homes'
 * managers see it, and working time counts every shift of the person in every home.
 */
@QuarkusTest
class CrossHomeApiTest {

    private UUID homeA;
    private UUID unitA;
    private UUID homeB;
    private UUID unitB;
    private UUID youngWorker;
    /** A manager of the group (both homes): the one who arranges cover between them. */
    private String groupManager;

    @BeforeEach
    void twoHomesAndAYoungWorkerOfTheFirst() {
        homeA = Fixtures.careHome();
        unitA = Fixtures.unit(homeA);
        homeB = Fixtures.careHome();
        unitB = Fixtures.unit(homeB);
        groupManager = Tokens.of("manager", homeA, homeB);
        // 16 in 2026: young-worker limits (8 h a day, 40 h a week, no averaging: reg 5A).
        String body = """
                {"staffNumber": "%06d", "firstName": "Ailsa", "lastName": "Young%d", "roleCode": "SCA",
                 "careHomeId": "%s", "homeUnitId": "%s", "contractedHoursPerWeek": 20, "employmentStart": "2025-09-01",
                 "dateOfBirth": "2009-09-01"}
                """.formatted(Fixtures.serial() % 1_000_000, Fixtures.serial(), homeA, unitA);
        youngWorker = UUID.fromString(given().auth().oauth2(Fixtures.admin()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/staff").then().statusCode(201).extract().path("id"));
    }

    private Response plan(String token, UUID unit, String date) {
        // 09:00-17:00 with a 30-minute break: 7.5 paid hours.
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("""
                {"unitId": "%s", "date": "%s", "startTime": "09:00", "endTime": "17:00", "unpaidBreakMinutes": 30,
                 "staffId": "%s"}
                """.formatted(unit, date, youngWorker)).post("/api/v1/shifts");
    }

    @Test
    void aWeekAcrossTwoHomesBreachesTheYoungWorkersWeeklyLimitOnlyWhenBothHomesAreCounted() {
        // Week of Monday 1 June 2026. Home A: Monday to Wednesday, 3 x 7.5 = 22.5 h.
        String monday = plan(groupManager, unitA, "2026-06-01").then().statusCode(201).extract().path("id");
        String tuesday = plan(groupManager, unitA, "2026-06-02").then().statusCode(201).extract().path("id");
        plan(groupManager, unitA, "2026-06-03").then().statusCode(201);
        // Home B, cross-home cover: Thursday and Friday, 22.5 + 15 = 37.5 h in the week, within 40.
        String thursday = plan(groupManager, unitB, "2026-06-04").then().statusCode(201)
                .body("careHomeId", equalTo(homeB.toString())).body("staffId", equalTo(youngWorker.toString()))
                .extract().path("id");
        plan(groupManager, unitB, "2026-06-05").then().statusCode(201);
        // Saturday in B: 45 h in the week. B alone has 22.5 h of hers, A alone 22.5 h; only together
        // do they pass 40 h, and the law limits the worker, not the home: refused.
        plan(groupManager, unitB, "2026-06-06").then().statusCode(422)
                .body("errors.message", hasItem(containsString("YOUNG_WEEKLY_HOURS")));
        // With Monday in A cancelled (37.5 h again) the hours allow Saturday, but Tuesday to Saturday
        // leaves her no 48 h rest inside the week (reg 11(3); only the part of a rest inside the
        // week counts, reg 11(6): Monday 00:00-Tuesday 09:00 is 33 h): refused for that alone.
        given().auth().oauth2(groupManager).post("/api/v1/shifts/" + monday + "/cancellation").then().statusCode(200);
        plan(groupManager, unitB, "2026-06-06").then().statusCode(422)
                .body("errors.message", hasItem(containsString("YOUNG_WEEKLY_REST")))
                .body("errors.message", org.hamcrest.Matchers.not(hasItem(containsString("YOUNG_WEEKLY_HOURS"))));
        // With Tuesday in A cancelled too (30 h; rest from Monday 00:00 to Wednesday 09:00, 57 h),
        // the same Saturday in B is allowed.
        given().auth().oauth2(groupManager).post("/api/v1/shifts/" + tuesday + "/cancellation").then().statusCode(200);
        String saturday = plan(groupManager, unitB, "2026-06-06").then().statusCode(201).extract().path("id");

        // Both homes' managers see the shifts in B; a third home does not.
        given().auth().oauth2(Tokens.of("manager", homeA)).get("/api/v1/shifts/" + thursday).then().statusCode(200)
                .body("careHomeId", equalTo(homeB.toString()));
        given().auth().oauth2(Tokens.of("manager", homeB)).get("/api/v1/shifts/" + thursday).then().statusCode(200);
        given().auth().oauth2(Tokens.of("manager", UUID.randomUUID())).get("/api/v1/shifts/" + thursday).then()
                .statusCode(404);
        given().auth().oauth2(Tokens.of("manager", homeA)).get("/api/v1/shifts?staffId=" + youngWorker
                + "&from=2026-06-01&to=2026-06-07&status=SCHEDULED").then().statusCode(200)
                .body("totalItems", equalTo(4));
        // A's manager reads it but cannot change B's shift; B's manager cannot (they do not see A's staff).
        given().auth().oauth2(Tokens.of("manager", homeA)).post("/api/v1/shifts/" + saturday + "/cancellation")
                .then().statusCode(404);
        plan(Tokens.of("manager", homeB), unitB, "2026-06-08").then().statusCode(404);
        // The person sees their own shift in the other home.
        given().auth().oauth2(Fixtures.staffToken(youngWorker, homeA)).get("/api/v1/shifts/" + thursday).then()
                .statusCode(200);
        // Her standing counts every home: Wednesday in A, Thursday to Saturday in B, 4 x 7.5 = 30 h.
        given().auth().oauth2(Tokens.of("manager", homeA)).get("/api/v1/working-time/staff/" + youngWorker
                + "?asOf=2026-06-07").then().statusCode(200).body("hoursThisWeek", equalTo(30.0f));
    }
}
