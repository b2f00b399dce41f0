package io.careops.scheduling.shift;

import static io.restassured.RestAssured.given;
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
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ShiftApiTest {

    private UUID home;
    private UUID unit;
    private UUID seniorWorker;
    private UUID assistant;

    @BeforeEach
    void aHomeWithAUnitAndTwoStaff() {
        home = Fixtures.careHome();
        unit = Fixtures.unit(home);
        seniorWorker = Fixtures.staff(home, "SCW");
        assistant = Fixtures.staff(home, "SCA");
    }

    private static Response plan(String json) {
        return given().auth().oauth2(Fixtures.admin()).contentType(ContentType.JSON).body(json).post("/api/v1/shifts");
    }

    private String fromType(String type, String date, UUID staff) {
        return """
                {"unitId": "%s", "date": "%s", "shiftTypeId": "%s"%s}
                """.formatted(unit, date, type, staff == null ? "" : ", \"staffId\": \"" + staff + "\"");
    }

    private String custom(String date, String start, String end, UUID staff, String extra) {
        return """
                {"unitId": "%s", "date": "%s", "startTime": "%s", "endTime": "%s"%s%s}
                """.formatted(unit, date, start, end, staff == null ? "" : ", \"staffId\": \"" + staff + "\"", extra);
    }

    private static ValidatableResponse problem(Response response, int status) {
        return response.then().statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
    }

    @Test
    void aShiftFromATypeTakesItsTimesAndDerivesItsDuration() {
        plan(fromType(Fixtures.DAY_SENIOR, "2026-01-06", seniorWorker)).then().statusCode(201)
                .body("startTime", equalTo("07:45:00"))
                .body("endTime", equalTo("20:15:00"))
                .body("startsAt", equalTo("2026-01-06T07:45:00Z"))
                .body("endsAt", equalTo("2026-01-06T20:15:00Z"))
                .body("durationMinutes", equalTo(750))
                .body("paidMinutes", equalTo(750))
                .body("period", equalTo("DAY"))
                .body("status", equalTo("SCHEDULED"))
                .body("classification", equalTo("REGULAR"))
                .body("overtime", equalTo(false))
                .body("open", equalTo(false))
                .body("createdBy", equalTo("test-admin@careops.invalid"));
    }

    @Test
    void nightShiftsAcrossTheClockChangesLast11And13Hours() {
        plan(fromType(Fixtures.NIGHT_ASSISTANT, "2026-03-28", assistant)).then().statusCode(201)
                .body("durationMinutes", equalTo(660)).body("endsAt", equalTo("2026-03-29T07:00:00Z"));
        plan(fromType(Fixtures.NIGHT_ASSISTANT, "2026-10-24", assistant)).then().statusCode(201)
                .body("durationMinutes", equalTo(780)).body("startsAt", equalTo("2026-10-24T19:00:00Z"))
                .body("period", equalTo("NIGHT"));
    }

    @Test
    void anOpenShiftHasNoStaffAndIsFoundByTheOpenFilter() {
        String id = plan(fromType(Fixtures.DAY_ASSISTANT, "2026-02-02", null)).then().statusCode(201)
                .body("open", equalTo(true)).body("staffId", nullValue()).extract().path("id");
        given().auth().oauth2(Fixtures.admin()).get("/api/v1/shifts?unitId=" + unit + "&open=true")
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].id", equalTo(id));
        given().auth().oauth2(Fixtures.admin()).get("/api/v1/shifts?unitId=" + unit + "&open=false")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void overlappingShiftsOfOnePersonAre409NamingTheClashButTouchingShiftsAreFine() {
        String day = plan(fromType(Fixtures.DAY_SENIOR, "2026-01-07", seniorWorker)).then().statusCode(201)
                .extract().path("id");
        problem(plan(custom("2026-01-07", "20:00", "23:00", seniorWorker, "")), 409)
                .body("detail", containsString("shift " + day))
                .body("detail", containsString("2026-01-07 07:45-20:15"));
        // Starts the instant the day shift ends: no overlap.
        plan(custom("2026-01-07", "20:15", "23:00", seniorWorker, "")).then().statusCode(201);
    }

    @Test
    void aNightShiftRunningIntoTheNextDayClashesWithAnEarlyStartThatDay() {
        plan(custom("2026-01-08", "20:00", "08:00", seniorWorker, "")).then().statusCode(201);
        problem(plan(fromType(Fixtures.DAY_SENIOR, "2026-01-09", seniorWorker)), 409);
        plan(custom("2026-01-09", "08:00", "12:00", seniorWorker, "")).then().statusCode(201);
    }

    @Test
    void aRoleTheShiftTypeDoesNotAdmitIsRefusedAndNothingIsWritten() {
        problem(plan(fromType(Fixtures.DAY_SENIOR, "2026-01-10", assistant)), 422)
                .body("errors.field", hasItem("staffId"))
                .body("detail", equalTo("role SCA may not work DAY_SENIOR (allowed: SSCW, SCW)"));
        given().auth().oauth2(Fixtures.admin()).get("/api/v1/shifts?unitId=" + unit).then().body("totalItems", equalTo(0));
    }

    @Test
    void overtimeIsAlwaysTrueForOvertimeSettableForRegularAndNeverForAgency() {
        plan(custom("2026-01-11", "08:00", "20:00", seniorWorker, ", \"classification\": \"OVERTIME\""))
                .then().statusCode(201).body("overtime", equalTo(true));
        plan(custom("2026-01-12", "08:00", "20:00", seniorWorker, ", \"overtime\": true"))
                .then().statusCode(201).body("classification", equalTo("REGULAR")).body("overtime", equalTo(true));
        problem(plan(custom("2026-01-13", "08:00", "20:00", seniorWorker,
                ", \"classification\": \"OVERTIME\", \"overtime\": false")), 422).body("errors.field", hasItem("overtime"));
        UUID agency = Fixtures.agency("24.50", "27.00");
        problem(plan(custom("2026-01-13", "08:00", "20:00", null, ", \"classification\": \"AGENCY\", \"agencyCompanyId\": \""
                + agency + "\", \"overtime\": true")), 422).body("errors.field", hasItem("overtime"));
        given().auth().oauth2(Fixtures.admin()).get("/api/v1/shifts?unitId=" + unit + "&overtime=true")
                .then().statusCode(200).body("totalItems", equalTo(2));
    }

    @Test
    void agencyShiftsNeedTheirCompanyAndTakeItsDayOrNightRate() {
        UUID agency = Fixtures.agency("24.50", "27.00");
        problem(plan(custom("2026-01-14", "08:00", "20:00", null, ", \"classification\": \"AGENCY\"")), 422)
                .body("errors.field", hasItem("agencyCompanyId"));
        problem(plan(custom("2026-01-14", "08:00", "20:00", seniorWorker, ", \"classification\": \"AGENCY\", "
                + "\"agencyCompanyId\": \"" + agency + "\"")), 422).body("errors.field", hasItem("staffId"));
        plan(custom("2026-01-14", "08:00", "20:00", null, ", \"classification\": \"AGENCY\", \"agencyCompanyId\": \""
                + agency + "\", \"agencyWorkerName\": \"J. Smith\"")).then().statusCode(201)
                .body("agencyHourlyRate", equalTo(24.50f)).body("open", equalTo(false)).body("overtime", equalTo(false));
        plan(custom("2026-01-14", "20:00", "08:00", null, ", \"classification\": \"AGENCY\", \"agencyCompanyId\": \""
                + agency + "\"")).then().statusCode(201).body("agencyHourlyRate", equalTo(27.00f));
        plan(custom("2026-01-15", "20:00", "08:00", null, ", \"classification\": \"AGENCY\", \"agencyCompanyId\": \""
                + agency + "\", \"agencyHourlyRate\": 30.00")).then().statusCode(201).body("agencyHourlyRate", equalTo(30.00f));
        problem(plan(custom("2026-01-15", "08:00", "20:00", null, ", \"agencyCompanyId\": \"" + agency + "\"")), 422)
                .body("errors.field", hasItem("agencyCompanyId"));
    }

    @Test
    void anotherHomesUnitOrStaffAnswers404ButAGroupCallerMayArrangeCrossHomeCover() {
        UUID otherHome = Fixtures.careHome();
        UUID theirStaff = Fixtures.staff(otherHome, "SCW");
        String body = custom("2026-01-16", "08:00", "20:00", null, "");
        problem(given().auth().oauth2(Tokens.of("manager", otherHome)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/shifts"), 404);
        problem(given().auth().oauth2(Tokens.of("manager", home)).contentType(ContentType.JSON)
                .body(custom("2026-01-16", "08:00", "20:00", theirStaff, "")).post("/api/v1/shifts"), 404);
        // Cross-home cover: a caller who sees both homes may put the other home's person on this rota.
        plan(custom("2026-01-16", "08:00", "20:00", theirStaff, "")).then().statusCode(201);
        String id = plan(body).then().statusCode(201).extract().path("id");
        problem(given().auth().oauth2(Tokens.of("inspector", otherHome)).get("/api/v1/shifts/" + id), 404);
        given().auth().oauth2(Tokens.of("inspector", home)).get("/api/v1/shifts/" + id).then().statusCode(200);
    }

    @Test
    void someoneNotYetEmployedCannotBeRostered() {
        UUID starter = Fixtures.staff(home, "SCW", "2026-02-01");
        problem(plan(custom("2026-01-31", "08:00", "20:00", starter, "")), 422)
                .body("detail", containsString("is not employed on 2026-01-31"));
        plan(custom("2026-02-01", "08:00", "20:00", starter, "")).then().statusCode(201);
    }

    @Test
    void cancelledShiftsStayInHistoryAndFreeTheSlot() {
        String id = plan(fromType(Fixtures.DAY_SENIOR, "2026-01-17", seniorWorker)).then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(Fixtures.admin()).post("/api/v1/shifts/" + id + "/cancellation")
                .then().statusCode(200).body("status", equalTo("CANCELLED")).body("open", equalTo(false));
        plan(fromType(Fixtures.DAY_SENIOR, "2026-01-17", seniorWorker)).then().statusCode(201);
        given().auth().oauth2(Fixtures.admin()).get("/api/v1/shifts?unitId=" + unit + "&status=CANCELLED")
                .then().body("totalItems", equalTo(1)).body("items[0].id", equalTo(id));
        problem(given().auth().oauth2(Fixtures.admin()).post("/api/v1/shifts/" + id + "/confirmation"), 409);
    }

    @Test
    void anOpenShiftIsFilledByAssignmentUnderTheSameRules() {
        String open = plan(fromType(Fixtures.DAY_SENIOR, "2026-01-18", null)).then().statusCode(201).extract().path("id");
        problem(given().auth().oauth2(Fixtures.admin()).post("/api/v1/shifts/" + open + "/confirmation"), 409)
                .body("detail", equalTo("An open shift cannot be confirmed: assign it first"));
        String assignTo = "/api/v1/shifts/" + open + "/assignment";
        problem(given().auth().oauth2(Fixtures.admin()).contentType(ContentType.JSON)
                .body("{\"staffId\": \"" + assistant + "\"}").post(assignTo), 422);
        plan(custom("2026-01-18", "12:00", "14:00", seniorWorker, "")).then().statusCode(201);
        problem(given().auth().oauth2(Fixtures.admin()).contentType(ContentType.JSON)
                .body("{\"staffId\": \"" + seniorWorker + "\"}").post(assignTo), 409);
        UUID another = Fixtures.staff(home, "SSCW");
        given().auth().oauth2(Fixtures.admin()).contentType(ContentType.JSON).body("{\"staffId\": \"" + another + "\"}")
                .post(assignTo).then().statusCode(200).body("staffId", equalTo(another.toString())).body("open", equalTo(false));
        given().auth().oauth2(Fixtures.admin()).post("/api/v1/shifts/" + open + "/confirmation")
                .then().statusCode(200).body("status", equalTo("CONFIRMED"));
    }

    @Test
    void aWeeksRotaIsPlannedAllOrNothingWithPerItemErrors() {
        String week = """
                {"shifts": [%s, %s, %s]}
                """.formatted(fromType(Fixtures.DAY_SENIOR, "2026-03-02", seniorWorker),
                fromType(Fixtures.DAY_ASSISTANT, "2026-03-02", assistant),
                custom("2026-03-02", "19:00", "23:00", seniorWorker, ""));
        problem(given().auth().oauth2(Fixtures.admin()).contentType(ContentType.JSON).body(week)
                .post("/api/v1/shifts/bulk"), 422)
                .body("detail", equalTo("1 of 3 shifts cannot be planned; none was saved"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("shifts[2].staffId"));
        given().auth().oauth2(Fixtures.admin()).get("/api/v1/shifts?unitId=" + unit).then().body("totalItems", equalTo(0));

        String fixed = week.replace("\"19:00\"", "\"20:15\"");
        given().auth().oauth2(Fixtures.admin()).contentType(ContentType.JSON).body(fixed).post("/api/v1/shifts/bulk")
                .then().statusCode(201).body("$", hasSize(3));
        given().auth().oauth2(Fixtures.admin()).get("/api/v1/shifts?unitId=" + unit).then().body("totalItems", equalTo(3));
    }

    @Test
    void badInputIs400NamingTheField() {
        problem(plan(custom("2026-02-30", "08:00", "20:00", null, "")), 400).body("errors.field", hasItem("date"));
        problem(plan(custom("2026-01-20", "08:00", "20:00", null, ", \"classification\": \"ZERO_HOURS\"")), 400)
                .body("errors.field", hasItem("classification"));
        problem(plan(custom("2026-01-20", "25:00", "20:00", null, "")), 400).body("errors.field", hasItem("startTime"));
        problem(plan("{\"date\": \"2026-01-20\"}"), 400).body("errors.field", hasItem("unitId"));
        problem(plan("{\"unitId\": \"" + unit + "\", \"date\": \"2026-01-20\"}"), 422).body("errors.field", hasItem("startTime"));
        problem(given().auth().oauth2(Fixtures.admin()).contentType(ContentType.JSON).body("{\"shifts\": []}")
                .post("/api/v1/shifts/bulk"), 400).body("errors.field", hasItem("shifts"));
        problem(given().auth().oauth2(Fixtures.admin()).get("/api/v1/shifts?from=2026-13-01"), 400)
                .body("errors.field", hasItem("from"));
        problem(given().auth().oauth2(Tokens.allHomes("staff")).contentType(ContentType.JSON)
                .body(custom("2026-01-20", "08:00", "20:00", null, "")).post("/api/v1/shifts"), 403);
    }

    @Test
    void shiftsCarryTheirUnitNameStaffNameAndShiftTypeCode() {
        String id = plan(fromType(Fixtures.DAY_SENIOR, "2026-01-08", seniorWorker)).then().statusCode(201)
                .body("unitName", org.hamcrest.Matchers.startsWith("UNIT_"))
                .body("staffName", org.hamcrest.Matchers.startsWith("Grace MacDonald"))
                .body("shiftTypeCode", equalTo("DAY_SENIOR"))
                .extract().path("id");
        String code = given().auth().oauth2(Fixtures.admin()).get("/api/v1/shifts/" + id).then().statusCode(200)
                .body("unitName", org.hamcrest.Matchers.startsWith("UNIT_")).extract().path("shiftTypeCode");
        plan(custom("2026-01-09", "08:00", "14:00", null, "")).then().statusCode(201);
        given().auth().oauth2(Fixtures.admin()).get("/api/v1/shifts?unitId=" + unit + "&from=2026-01-08&to=2026-01-09")
                .then().statusCode(200).body("totalItems", equalTo(2))
                .body("items[0].unitName", org.hamcrest.Matchers.startsWith("UNIT_"))
                .body("items[0].staffName", org.hamcrest.Matchers.startsWith("Grace MacDonald"))
                .body("items[0].shiftTypeCode", equalTo(code))
                // an open shift of custom times: no staff, no type
                .body("items[1].staffName", org.hamcrest.Matchers.nullValue())
                .body("items[1].shiftTypeCode", org.hamcrest.Matchers.nullValue())
                .body("items[1].unitName", org.hamcrest.Matchers.startsWith("UNIT_"));
    }
}
