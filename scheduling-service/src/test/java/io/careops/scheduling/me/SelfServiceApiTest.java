package io.careops.scheduling.me;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.careops.platform.test.Tokens;
import io.careops.scheduling.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who am I: a token's staff_number claim links it to a staff record; a staff-only token sees and
 * acts on its own shifts, working-time standing and leave, and of colleagues only what the rota
 * shows. Every other person's record answers 404, as a record of another home does.
 */
@QuarkusTest
class SelfServiceApiTest {

    private UUID home;
    private UUID unit;
    private UUID me;
    private UUID colleague;
    private String myToken;

    @BeforeEach
    void aHomeWithTwoWorkers() {
        home = Fixtures.careHome();
        unit = Fixtures.unit(home);
        me = Fixtures.staff(home, "SCW");
        colleague = Fixtures.staff(home, "SCW");
        myToken = Fixtures.staffToken(me, home);
    }

    private static Response post(String token, String path, String json) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(json).post(path);
    }

    private static Response get(String token, String path) {
        return given().auth().oauth2(token).get(path);
    }

    private String shift(String date, UUID staff) {
        return post(Fixtures.admin(), "/api/v1/shifts", """
                {"unitId": "%s", "date": "%s", "startTime": "08:00", "endTime": "16:00", "unpaidBreakMinutes": 30,
                 "staffId": %s}
                """.formatted(unit, date, staff == null ? "null" : "\"" + staff + "\""))
                .then().statusCode(201).extract().path("id");
    }

    private String leave(String token, UUID staff, String type, String first, String last) {
        return post(token, "/api/v1/absences", """
                {"staffId": "%s", "type": "%s", "firstDay": "%s", "lastDay": "%s"}
                """.formatted(staff, type, first, last)).then().statusCode(201).extract().path("id");
    }

    @Test
    void meAnswersRolesHomesAndTheLinkedStaffRecordForEveryRole() {
        get(myToken, "/api/v1/me").then().statusCode(200)
                .body("roles", contains("staff")).body("selfService", equalTo(true))
                .body("allCareHomes", equalTo(false)).body("careHomeIds", contains(home.toString()))
                .body("staffNumber", equalTo(Fixtures.staffNumber(me))).body("staff.id", equalTo(me.toString()))
                .body("staff.careHomeId", equalTo(home.toString()));
        // A manager who is also on the staff list is linked too, and not limited to their own records.
        UUID managerRecord = Fixtures.staff(home, "SM");
        get(Tokens.person("manager", Fixtures.staffNumber(managerRecord), home), "/api/v1/me").then().statusCode(200)
                .body("roles", contains("manager")).body("selfService", equalTo(false))
                .body("staff.id", equalTo(managerRecord.toString()));
        get(Fixtures.admin(), "/api/v1/me").then().statusCode(200).body("roles", contains("admin"))
                .body("allCareHomes", equalTo(true)).body("staffNumber", nullValue()).body("staff", nullValue());
        get(Tokens.of("inspector", home), "/api/v1/me").then().statusCode(200).body("roles", contains("inspector"))
                .body("selfService", equalTo(false)).body("staff", nullValue());
        given().get("/api/v1/me").then().statusCode(401).body("type", equalTo("https://careops.io/problems/unauthenticated"));
        // A staff number the token's homes do not cover, or no such number: not linked.
        get(Tokens.person("staff", Fixtures.staffNumber(me), UUID.randomUUID()), "/api/v1/me").then().statusCode(200)
                .body("staffNumber", equalTo(Fixtures.staffNumber(me))).body("staff", nullValue());
        get(Tokens.person("staff", "not-a-number", home), "/api/v1/me").then().statusCode(200)
                .body("staffNumber", nullValue()).body("staff", nullValue());
    }

    @Test
    void aStaffTokenReadsItsOwnStaffRecordOnly() {
        get(myToken, "/api/v1/staff/" + me).then().statusCode(200).body("id", equalTo(me.toString()));
        get(myToken, "/api/v1/staff/" + colleague).then().statusCode(404)
                .body("type", equalTo("https://careops.io/problems/not-found"));
        get(myToken, "/api/v1/staff?careHomeId=" + home).then().statusCode(200).body("totalItems", equalTo(1))
                .body("items.id", contains(me.toString()));
        // Managers and inspectors of the home still see everyone.
        get(Tokens.of("manager", home), "/api/v1/staff?careHomeId=" + home).then().statusCode(200)
                .body("totalItems", equalTo(2));
        get(Tokens.of("inspector", home), "/api/v1/staff/" + colleague).then().statusCode(200);
        // A staff token that names no one sees no one.
        get(Tokens.of("staff", home), "/api/v1/staff?careHomeId=" + home).then().statusCode(200)
                .body("totalItems", equalTo(0));
        get(Tokens.of("staff", home), "/api/v1/staff/" + me).then().statusCode(404);
    }

    @Test
    void aStaffTokenSeesItsOwnShiftsAndOpenOnesAndColleaguesOnlyThroughTheRota() {
        String mine = shift("2026-05-04", me);
        String theirs = shift("2026-05-05", colleague);
        String open = shift("2026-05-06", null);
        get(myToken, "/api/v1/shifts/" + mine).then().statusCode(200).body("staffId", equalTo(me.toString()));
        get(myToken, "/api/v1/shifts/" + open).then().statusCode(200).body("open", equalTo(true));
        get(myToken, "/api/v1/shifts/" + theirs).then().statusCode(404);
        get(myToken, "/api/v1/shifts?unitId=" + unit).then().statusCode(200).body("totalItems", equalTo(2))
                .body("items.id", containsInAnyOrder(mine, open));
        get(myToken, "/api/v1/shifts?unitId=" + unit + "&staffId=" + colleague).then().statusCode(200)
                .body("totalItems", equalTo(0));
        get(Tokens.of("manager", home), "/api/v1/shifts?unitId=" + unit).then().statusCode(200)
                .body("totalItems", equalTo(3));
        // The rota is what colleagues' shifts look like to staff: who works when, in which role.
        get(myToken, "/api/v1/rota?unitId=" + unit + "&weekStart=2026-05-04").then().statusCode(200)
                .body("days[1].periods[0].shifts[0].id", equalTo(theirs))
                .body("days[1].periods[0].shifts[0].staffId", equalTo(colleague.toString()));
        // Staff cannot plan or cancel shifts.
        post(myToken, "/api/v1/shifts/" + mine + "/cancellation", "").then().statusCode(403);
    }

    @Test
    void aStaffTokenReadsItsOwnWorkingTimeStanding() {
        shift("2026-05-04", me);
        get(myToken, "/api/v1/working-time/staff/" + me + "?asOf=2026-05-10").then().statusCode(200)
                .body("staffId", equalTo(me.toString()));
        get(myToken, "/api/v1/working-time/staff/" + colleague + "?asOf=2026-05-10").then().statusCode(404);
        get(Tokens.of("manager", home), "/api/v1/working-time/staff/" + colleague + "?asOf=2026-05-10").then()
                .statusCode(200);
        get(Tokens.of("inspector", home), "/api/v1/working-time/staff/" + me + "?asOf=2026-05-10").then()
                .statusCode(200);
        get(myToken, "/api/v1/working-time/staff/" + me + "?asOf=2026-13-01").then().statusCode(400)
                .body("errors.field", hasItem("asOf"));
        get(myToken, "/api/v1/working-time/report?careHomeId=" + home + "&from=2026-05-04&to=2026-05-10").then()
                .statusCode(403);
    }

    @Test
    void aStaffTokenRequestsAndWithdrawsItsOwnLeaveButAManagerDecides() {
        String mine = leave(myToken, me, "ANNUAL_LEAVE", "2026-06-01", "2026-06-05");
        get(myToken, "/api/v1/absences/" + mine).then().statusCode(200).body("state", equalTo("REQUESTED"))
                .body("requestedBy", equalTo("staff-" + Fixtures.staffNumber(me) + "@careops.invalid"));
        // For someone else: 404, nothing recorded.
        post(myToken, "/api/v1/absences", """
                {"staffId": "%s", "type": "ANNUAL_LEAVE", "firstDay": "2026-06-01", "lastDay": "2026-06-05"}
                """.formatted(colleague)).then().statusCode(404);
        // Sickness is recorded by a manager.
        post(myToken, "/api/v1/absences", """
                {"staffId": "%s", "type": "SICKNESS", "firstDay": "2026-06-08", "lastDay": "2026-06-08"}
                """.formatted(me)).then().statusCode(422).body("errors.field", hasItem("type"));
        // Bad input: 400 naming the field, nothing recorded.
        post(myToken, "/api/v1/absences", """
                {"staffId": "%s", "type": "HOLIDAY", "firstDay": "2026-06-30", "lastDay": "2026-06-30"}
                """.formatted(me)).then().statusCode(400).body("errors.field", hasItem("type"));
        post(myToken, "/api/v1/absences", """
                {"staffId": "%s", "type": "ANNUAL_LEAVE", "firstDay": "2026-06-30"}
                """.formatted(me)).then().statusCode(400).body("errors.field", hasItem("lastDay"));
        String theirs = leave(Tokens.of("manager", home), colleague, "SICKNESS", "2026-06-01", "2026-06-02");
        get(myToken, "/api/v1/absences/" + theirs).then().statusCode(404);
        get(myToken, "/api/v1/absences?careHomeId=" + home).then().statusCode(200).body("totalItems", equalTo(1))
                .body("items.id", contains(mine));
        get(myToken, "/api/v1/absences?staffId=" + colleague).then().statusCode(200).body("totalItems", equalTo(0));
        // Staff cannot approve, not even their own; they may withdraw it while it is requested.
        post(myToken, "/api/v1/absences/" + mine + "/decision", "{\"state\": \"APPROVED\"}").then().statusCode(403);
        post(myToken, "/api/v1/absences/" + theirs + "/decision", "{\"state\": \"CANCELLED\"}").then().statusCode(404);
        get(Tokens.of("manager", home), "/api/v1/absences/" + mine).then().statusCode(200)
                .body("state", equalTo("REQUESTED"));
        post(myToken, "/api/v1/absences/" + mine + "/decision", "{\"state\": \"CANCELLED\"}").then().statusCode(200)
                .body("state", equalTo("CANCELLED"));
        String again = leave(myToken, me, "ANNUAL_LEAVE", "2026-06-15", "2026-06-16");
        post(Tokens.of("manager", home), "/api/v1/absences/" + again + "/decision", "{\"state\": \"APPROVED\"}")
                .then().statusCode(200);
        post(myToken, "/api/v1/absences/" + again + "/decision", "{\"state\": \"CANCELLED\"}").then().statusCode(403);
        // Inspectors read, never request.
        post(Tokens.of("inspector", home), "/api/v1/absences", """
                {"staffId": "%s", "type": "ANNUAL_LEAVE", "firstDay": "2026-07-01", "lastDay": "2026-07-01"}
                """.formatted(me)).then().statusCode(403);
        get(Tokens.of("inspector", home), "/api/v1/absences?careHomeId=" + home).then().statusCode(200)
                .body("totalItems", equalTo(List.of(mine, theirs, again).size()));
    }
}
