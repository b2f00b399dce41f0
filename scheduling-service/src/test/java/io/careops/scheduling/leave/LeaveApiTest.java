package io.careops.scheduling.leave;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.careops.platform.test.Tokens;
import io.careops.scheduling.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Leave over the API: balances (figures worked by hand), staff requests, blackouts with the
 * manager's override, bulk decisions, the calendar and the home's leave policy, for every role.
 */
@QuarkusTest
class LeaveApiTest {

    private UUID home;
    private UUID unit;
    private String manager;

    @BeforeEach
    void aHomeWithAUnit() {
        home = Fixtures.careHome();
        unit = Fixtures.unit(home);
        manager = Tokens.of("manager", home);
    }

    private UUID person(String weeklyHours, String start, String end, Integer leaveDays) {
        String body = """
                {"staffNumber": "%06d", "firstName": "Morag", "lastName": "Leave%d", "roleCode": "SCW",
                 "careHomeId": "%s", "homeUnitId": "%s", "contractedHoursPerWeek": %s, "employmentStart": "%s",
                 "employmentEnd": %s, "annualLeaveDays": %s}
                """.formatted(Fixtures.serial() % 1_000_000, Fixtures.serial(), home, unit, weeklyHours, start,
                end == null ? "null" : "\"" + end + "\"", leaveDays);
        return UUID.fromString(post(Fixtures.admin(), "/api/v1/staff", body).then().statusCode(201).extract().path("id"));
    }

    private static Response post(String token, String path, String json) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(json).post(path);
    }

    private static Response put(String token, String path, String json) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(json).put(path);
    }

    private static Response get(String token, String path) {
        return given().auth().oauth2(token).get(path);
    }

    private Response request(String token, UUID staff, String first, String last, String extra) {
        return post(token, "/api/v1/absences", """
                {"staffId": "%s", "type": "ANNUAL_LEAVE", "firstDay": "%s", "lastDay": "%s" %s}
                """.formatted(staff, first, last, extra));
    }

    private String requested(String token, UUID staff, String first, String last) {
        return request(token, staff, first, last, "").then().statusCode(201).body("state", equalTo("REQUESTED"))
                .extract().path("id");
    }

    private Response decide(String token, String id, String state, String extra) {
        return post(token, "/api/v1/absences/" + id + "/decision", "{\"state\": \"" + state + "\" " + extra + "}");
    }

    @Test
    void aPartTimeStarterMidYearInAnAprilLeaveYear() {
        put(manager, "/api/v1/leave-policies/" + home, """
                {"leaveYearStartMonth": 4, "leaveYearStartDay": 1, "bankHolidaysInEntitlement": true}
                """).then().statusCode(200).body("leaveYearStartMonth", equalTo(4));
        UUID starter = person("22.5", "2026-10-01", null, null);
        String token = Fixtures.staffToken(starter, home);
        // Staff request their own leave: Monday 2 - Friday 6 November 2026, 5 days x 22.5 / 5 = 22.5 h.
        String leave = requested(token, starter, "2026-11-02", "2026-11-06");
        // 126 h x 182 / 365 days employed of the leave year = 62.83 h (see LeaveArithmeticTest).
        get(token, "/api/v1/leave-balances/" + starter + "?year=2026&asOf=2026-11-04").then().statusCode(200)
                .body("leaveYearStart", equalTo("2026-04-01")).body("leaveYearEnd", equalTo("2027-03-31"))
                .body("employedDays", equalTo(182)).body("daysInLeaveYear", equalTo(365))
                .body("hoursPerLeaveDay", equalTo(4.5f)).body("fullYearStatutoryHours", equalTo(126.0f))
                .body("entitlementHours", equalTo(62.83f)).body("requestedHours", equalTo(22.5f))
                .body("takenHours", equalTo(0f)).body("remainingHours", equalTo(62.83f))
                .body("leave", hasSize(1)).body("leave[0].state", equalTo("REQUESTED"));
        decide(manager, leave, "APPROVED", "").then().statusCode(200);
        // As of Wednesday 4 November: Monday-Wednesday taken (3 x 4.5 = 13.5), Thursday-Friday booked (9),
        // remaining 62.83 - 22.5 = 40.33.
        get(token, "/api/v1/leave-balances/" + starter + "?year=2026&asOf=2026-11-04").then().statusCode(200)
                .body("takenHours", equalTo(13.5f)).body("bookedHours", equalTo(9.0f))
                .body("requestedHours", equalTo(0f)).body("remainingHours", equalTo(40.33f));
        // Without year: the leave year containing asOf. March 2027 is still the 2026 leave year.
        get(manager, "/api/v1/leave-balances/" + starter + "?asOf=2027-03-31").then().statusCode(200)
                .body("leaveYearStart", equalTo("2026-04-01")).body("takenHours", equalTo(22.5f));
        get(manager, "/api/v1/leave-balances/" + starter + "?asOf=2027-04-01").then().statusCode(200)
                .body("leaveYearStart", equalTo("2027-04-01")).body("entitlementHours", equalTo(126.0f));
    }

    @Test
    void aLeaverWithAContractualAllowance() {
        UUID leaver = person("37.5", "2020-01-01", "2026-06-30", 33);
        // Monday 2 - Friday 13 March 2026: 10 weekdays x 7.5 = 75 h.
        String leave = requested(manager, leaver, "2026-03-02", "2026-03-13");
        decide(manager, leave, "APPROVED", "").then().statusCode(200);
        // 33 days x 7.5 = 247.5 h a year; 181 of 365 days employed: 122.74 h; 122.74 - 75 = 47.74 left,
        // which a final payment settles.
        get(Tokens.of("inspector", home), "/api/v1/leave-balances/" + leaver + "?year=2026&asOf=2026-06-30")
                .then().statusCode(200).body("employedTo", equalTo("2026-06-30")).body("employedDays", equalTo(181))
                .body("fullYearContractualHours", equalTo(247.5f)).body("entitlementHours", equalTo(122.74f))
                .body("statutoryMinimumHours", equalTo(104.14f)).body("statutoryMinimumApplied", equalTo(false))
                .body("takenHours", equalTo(75.0f)).body("bookedHours", equalTo(0f))
                .body("remainingHours", equalTo(47.74f));
    }

    @Test
    void aBankHolidayUsesLeaveOnlyWhereBankHolidaysCountWithinTheEntitlement() {
        UUID worker = person("37.5", "2020-01-01", null, 20);
        // Monday 4 May 2026 (Early May bank holiday) to Friday 8 May.
        requested(manager, worker, "2026-05-04", "2026-05-08");
        put(manager, "/api/v1/leave-policies/" + home, """
                {"leaveYearStartMonth": 1, "leaveYearStartDay": 1, "bankHolidaysInEntitlement": false}
                """).then().statusCode(200);
        // Given on top: 4 x 7.5 = 30 h; 20 contractual days (150 h) raised to 5.6 weeks, 210 h.
        get(manager, "/api/v1/leave-balances/" + worker + "?year=2026").then().statusCode(200)
                .body("requestedHours", equalTo(30.0f)).body("entitlementHours", equalTo(210.0f))
                .body("statutoryMinimumApplied", equalTo(true)).body("bankHolidaysInEntitlement", equalTo(false));
        put(manager, "/api/v1/leave-policies/" + home, """
                {"leaveYearStartMonth": 1, "leaveYearStartDay": 1, "bankHolidaysInEntitlement": true}
                """).then().statusCode(200);
        // Within the entitlement: 5 x 7.5 = 37.5 h.
        get(manager, "/api/v1/leave-balances/" + worker + "?year=2026").then().statusCode(200)
                .body("requestedHours", equalTo(37.5f));
        // A Saturday 12.5 h shift booked with its hours; the calendar marks the bank holiday.
        request(manager, worker, "2026-05-09", "2026-05-09", ", \"leaveHours\": 12.5").then().statusCode(201)
                .body("leaveHours", equalTo(12.5f));
        get(manager, "/api/v1/leave-balances/" + worker + "?year=2026").then().statusCode(200)
                .body("requestedHours", equalTo(50.0f));
        request(manager, worker, "2026-05-10", "2026-05-10", ", \"leaveHours\": 25").then().statusCode(422)
                .body("errors.field", hasItem("leaveHours"));
        get(manager, "/api/v1/leave-calendar?careHomeId=" + home + "&from=2026-05-04&to=2026-05-05").then()
                .statusCode(200).body("days[0].bankHoliday", equalTo(true)).body("days[1].bankHoliday", equalTo(false));
    }

    @Test
    void balancesForEveryRoleAndBadParameters() {
        UUID me = person("37.5", "2020-01-01", null, null);
        UUID colleague = person("37.5", "2020-01-01", null, null);
        String token = Fixtures.staffToken(me, home);
        get(token, "/api/v1/leave-balances/" + me + "?year=2026").then().statusCode(200)
                .body("entitlementHours", equalTo(210.0f)).body("fullYearContractualHours", nullValue());
        get(token, "/api/v1/leave-balances/" + colleague + "?year=2026").then().statusCode(404);
        get(manager, "/api/v1/leave-balances/" + colleague + "?year=2026").then().statusCode(200);
        get(Fixtures.admin(), "/api/v1/leave-balances/" + colleague + "?year=2026").then().statusCode(200);
        get(Tokens.of("inspector", home), "/api/v1/leave-balances/" + colleague).then().statusCode(200);
        get(Tokens.of("manager", UUID.randomUUID()), "/api/v1/leave-balances/" + colleague).then().statusCode(404);
        get(manager, "/api/v1/leave-balances/" + UUID.randomUUID()).then().statusCode(404);
        given().get("/api/v1/leave-balances/" + me).then().statusCode(401);
        get(manager, "/api/v1/leave-balances/" + me + "?year=1999").then().statusCode(422)
                .body("errors.field", hasItem("year"));
        get(manager, "/api/v1/leave-balances/" + me + "?year=next").then().statusCode(400)
                .body("errors.field", hasItem("year"));
        get(manager, "/api/v1/leave-balances/" + me + "?asOf=2026-02-30").then().statusCode(400);
        get(manager, "/api/v1/leave-balances/not-a-uuid").then().statusCode(anyClientError());
    }

    private static org.hamcrest.Matcher<Integer> anyClientError() {
        return org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.greaterThanOrEqualTo(400),
                org.hamcrest.Matchers.lessThan(500));
    }

    @Test
    void aRequestInABlackoutIsRefusedWithTheReasonUnlessAManagerOverrides() {
        UUID worker = person("37.5", "2020-01-01", null, null);
        String token = Fixtures.staffToken(worker, home);
        String early = requested(token, worker, "2026-12-21", "2026-12-22");
        String blackout = post(manager, "/api/v1/leave-blackouts", """
                {"unitId": "%s", "firstDay": "2026-12-20", "lastDay": "2027-01-03", "reason": "Christmas cover"}
                """.formatted(unit)).then().statusCode(201).body("careHomeId", equalTo(home.toString()))
                .body("active", equalTo(true)).header("Location", containsString("/api/v1/leave-blackouts/"))
                .extract().path("id");
        // Staff: refused with the reason, nothing recorded; an override is not theirs to give.
        request(token, worker, "2026-12-24", "2026-12-26", "").then().statusCode(422)
                .body("detail", containsString("Christmas cover")).body("errors.field", hasItem("firstDay"));
        request(token, worker, "2026-12-24", "2026-12-26", ", \"blackoutOverrideReason\": \"my sister's wedding\"")
                .then().statusCode(403);
        get(manager, "/api/v1/absences?staffId=" + worker).then().body("totalItems", equalTo(1));
        // Outside it: fine. Training inside it: fine (blackouts are about annual leave).
        requested(token, worker, "2027-01-04", "2027-01-05");
        post(token, "/api/v1/absences", """
                {"staffId": "%s", "type": "TRAINING", "firstDay": "2026-12-29", "lastDay": "2026-12-29"}
                """.formatted(worker)).then().statusCode(201);
        // A manager overrides, and the reason is kept.
        request(manager, worker, "2026-12-24", "2026-12-26", ", \"blackoutOverrideReason\": \"Agreed at interview in May\"")
                .then().statusCode(201).body("blackoutOverrideReason", equalTo("Agreed at interview in May"))
                .body("blackoutOverriddenBy", equalTo("test-manager@careops.invalid"));
        request(manager, worker, "2026-12-27", "2026-12-27", ", \"blackoutOverrideReason\": \"short\"")
                .then().statusCode(400).body("errors.field", hasItem("blackoutOverrideReason"));
        // A request made before the blackout cannot be approved into it without an override.
        decide(manager, early, "APPROVED", "").then().statusCode(422).body("detail", containsString("Christmas cover"));
        get(manager, "/api/v1/absences/" + early).then().body("state", equalTo("REQUESTED"));
        decide(manager, early, "APPROVED", ", \"blackoutOverrideReason\": \"Booked before the blackout\"")
                .then().statusCode(200).body("state", equalTo("APPROVED"))
                .body("blackoutOverrideReason", equalTo("Booked before the blackout"));
        // Lifted, it refuses nothing, and stays on record.
        post(manager, "/api/v1/leave-blackouts/" + blackout + "/lifting", "").then().statusCode(200)
                .body("active", equalTo(false));
        post(manager, "/api/v1/leave-blackouts/" + blackout + "/lifting", "").then().statusCode(409);
        requested(token, worker, "2026-12-28", "2026-12-28");
    }

    @Test
    void blackoutsForEveryRoleAndBadInput() {
        String blackout = post(manager, "/api/v1/leave-blackouts", """
                {"unitId": "%s", "firstDay": "2026-08-01", "lastDay": "2026-08-31", "reason": "Refurbishment"}
                """.formatted(unit)).then().statusCode(201).extract().path("id");
        post(Fixtures.admin(), "/api/v1/leave-blackouts", """
                {"unitId": "%s", "firstDay": "2026-09-01", "lastDay": "2026-09-02", "reason": "Inspection"}
                """.formatted(unit)).then().statusCode(201);
        for (String role : new String[] {"staff", "inspector"}) {
            post(Tokens.of(role, home), "/api/v1/leave-blackouts", """
                    {"unitId": "%s", "firstDay": "2026-08-01", "lastDay": "2026-08-31", "reason": "No"}
                    """.formatted(unit)).then().statusCode(403);
            post(Tokens.of(role, home), "/api/v1/leave-blackouts/" + blackout + "/lifting", "").then().statusCode(403);
            get(Tokens.of(role, home), "/api/v1/leave-blackouts/" + blackout).then().statusCode(200);
        }
        get(Tokens.of("staff", home), "/api/v1/leave-blackouts?unitId=" + unit + "&from=2026-08-15&to=2026-08-16")
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].reason", equalTo("Refurbishment"));
        get(Tokens.of("manager", UUID.randomUUID()), "/api/v1/leave-blackouts/" + blackout).then().statusCode(404);
        post(Tokens.of("manager", UUID.randomUUID()), "/api/v1/leave-blackouts", """
                {"unitId": "%s", "firstDay": "2026-08-01", "lastDay": "2026-08-31", "reason": "Elsewhere"}
                """.formatted(unit)).then().statusCode(404);
        post(manager, "/api/v1/leave-blackouts", """
                {"unitId": "%s", "firstDay": "2026-08-31", "lastDay": "2026-08-01", "reason": "Backwards"}
                """.formatted(unit)).then().statusCode(422).body("errors.field", hasItem("lastDay"));
        post(manager, "/api/v1/leave-blackouts", """
                {"unitId": "%s", "firstDay": "2026-08-01", "lastDay": "2026-08-02"}
                """.formatted(unit)).then().statusCode(400).body("errors.field", hasItem("reason"));
        get(manager, "/api/v1/leave-blackouts?unitId=" + unit).then().body("totalItems", equalTo(2));
    }

    @Test
    void managersApproveOrDeclineInBulkAllOrNothing() {
        UUID a = person("37.5", "2020-01-01", null, null);
        UUID b = person("37.5", "2020-01-01", null, null);
        String first = requested(manager, a, "2026-10-05", "2026-10-06");
        String second = requested(manager, b, "2026-10-05", "2026-10-09");
        String declined = requested(manager, b, "2026-10-12", "2026-10-12");
        decide(manager, declined, "DECLINED", "").then().statusCode(200);
        UUID otherHome = Fixtures.careHome();
        UUID stranger = Fixtures.staff(otherHome, "SCW");
        String elsewhere = requested(Fixtures.admin(), stranger, "2026-10-05", "2026-10-05");
        // One already declined, one of another home, one listed twice: 422 naming each, nothing approved.
        post(manager, "/api/v1/absences/decisions", """
                {"absenceIds": ["%s", "%s", "%s", "%s", "%s"], "state": "APPROVED"}
                """.formatted(first, second, declined, elsewhere, first)).then().statusCode(422)
                .body("errors.field", contains("absenceIds[2]", "absenceIds[3]", "absenceIds[4]"))
                .body("detail", containsString("none was decided"));
        get(manager, "/api/v1/absences/" + first).then().body("state", equalTo("REQUESTED"));
        get(manager, "/api/v1/absences/" + second).then().body("state", equalTo("REQUESTED"));
        post(Tokens.of("staff", home), "/api/v1/absences/decisions", """
                {"absenceIds": ["%s"], "state": "APPROVED"}
                """.formatted(first)).then().statusCode(403);
        post(Tokens.of("inspector", home), "/api/v1/absences/decisions", """
                {"absenceIds": ["%s"], "state": "APPROVED"}
                """.formatted(first)).then().statusCode(403);
        post(manager, "/api/v1/absences/decisions", """
                {"absenceIds": [], "state": "APPROVED"}""").then().statusCode(400)
                .body("errors.field", hasItem("absenceIds"));
        post(manager, "/api/v1/absences/decisions", """
                {"absenceIds": ["%s"], "state": "CANCELLED"}""".formatted(first)).then().statusCode(422)
                .body("errors.field", hasItem("state"));
        post(manager, "/api/v1/absences/decisions", """
                {"absenceIds": ["%s", "%s"], "state": "APPROVED"}""".formatted(first, second)).then().statusCode(200)
                .body("state", contains("APPROVED", "APPROVED")).body("id", contains(first, second));
        // The calendar of the unit shows both away on Monday 5 October, one on Wednesday.
        get(manager, "/api/v1/leave-calendar?unitId=" + unit + "&from=2026-10-05&to=2026-10-07").then().statusCode(200)
                .body("staffCount", equalTo(2)).body("days", hasSize(3))
                .body("days[0].approved", equalTo(2)).body("days[2].approved", equalTo(1))
                .body("days[2].away[0].staffId", equalTo(b.toString()));
    }

    @Test
    void theCalendarForEveryRoleAndBadInput() {
        UUID worker = person("37.5", "2020-01-01", null, null);
        requested(manager, worker, "2026-11-02", "2026-11-03");
        post(manager, "/api/v1/leave-blackouts", """
                {"unitId": "%s", "firstDay": "2026-11-03", "lastDay": "2026-11-03", "reason": "Audit day"}
                """.formatted(unit)).then().statusCode(201);
        get(Tokens.of("inspector", home), "/api/v1/leave-calendar?careHomeId=" + home + "&from=2026-11-02&to=2026-11-04")
                .then().statusCode(200).body("careHomeId", equalTo(home.toString()))
                .body("days[0].requested", equalTo(1)).body("days[0].away[0].type", equalTo("ANNUAL_LEAVE"))
                .body("days[1].blackouts[0].reason", equalTo("Audit day")).body("days[2].away", hasSize(0));
        get(Fixtures.admin(), "/api/v1/leave-calendar?unitId=" + unit + "&from=2026-11-02&to=2026-11-02").then()
                .statusCode(200).body("unitId", equalTo(unit.toString()));
        get(Fixtures.staffToken(worker, home), "/api/v1/leave-calendar?careHomeId=" + home
                + "&from=2026-11-02&to=2026-11-04").then().statusCode(403);
        get(Tokens.of("manager", UUID.randomUUID()), "/api/v1/leave-calendar?careHomeId=" + home
                + "&from=2026-11-02&to=2026-11-04").then().statusCode(404);
        get(manager, "/api/v1/leave-calendar?from=2026-11-02&to=2026-11-04").then().statusCode(422);
        get(manager, "/api/v1/leave-calendar?careHomeId=" + home + "&from=2026-11-02&to=2027-02-28").then()
                .statusCode(422).body("errors.field", hasItem("to"));
        get(manager, "/api/v1/leave-calendar?careHomeId=" + home + "&from=2026-11-04&to=2026-11-02").then()
                .statusCode(422);
        get(manager, "/api/v1/leave-calendar?careHomeId=" + home + "&from=2026-11-31&to=2026-12-02").then()
                .statusCode(400).body("errors.field", hasItem("from"));
        get(manager, "/api/v1/leave-calendar?careHomeId=" + home + "&to=2026-12-02").then().statusCode(400);
    }

    @Test
    void theLeavePolicyForEveryRole() {
        get(Tokens.of("staff", home), "/api/v1/leave-policies/" + home).then().statusCode(200)
                .body("leaveYearStartMonth", equalTo(1)).body("leaveYearStartDay", equalTo(1))
                .body("bankHolidaysInEntitlement", equalTo(true));
        get(Tokens.of("inspector", home), "/api/v1/leave-policies/" + home).then().statusCode(200);
        put(Tokens.of("staff", home), "/api/v1/leave-policies/" + home, """
                {"leaveYearStartMonth": 4, "leaveYearStartDay": 1, "bankHolidaysInEntitlement": true}""")
                .then().statusCode(403);
        put(Tokens.of("inspector", home), "/api/v1/leave-policies/" + home, """
                {"leaveYearStartMonth": 4, "leaveYearStartDay": 1, "bankHolidaysInEntitlement": true}""")
                .then().statusCode(403);
        put(manager, "/api/v1/leave-policies/" + home, """
                {"leaveYearStartMonth": 13, "leaveYearStartDay": 31, "bankHolidaysInEntitlement": true}""")
                .then().statusCode(400).body("errors.field", hasItem("leaveYearStartMonth"))
                .body("errors.field", hasItem("leaveYearStartDay"));
        put(Tokens.of("manager", UUID.randomUUID()), "/api/v1/leave-policies/" + home, """
                {"leaveYearStartMonth": 4, "leaveYearStartDay": 6, "bankHolidaysInEntitlement": true}""")
                .then().statusCode(404);
        get(manager, "/api/v1/leave-policies/" + home).then().body("leaveYearStartMonth", equalTo(1));
        put(Fixtures.admin(), "/api/v1/leave-policies/" + home, """
                {"leaveYearStartMonth": 4, "leaveYearStartDay": 6, "bankHolidaysInEntitlement": false}""")
                .then().statusCode(200).body("leaveYearStartDay", equalTo(6));
        get(Tokens.of("manager", UUID.randomUUID()), "/api/v1/leave-policies/" + home).then().statusCode(404);
    }
}
