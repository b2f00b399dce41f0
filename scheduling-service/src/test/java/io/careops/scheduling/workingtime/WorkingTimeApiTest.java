package io.careops.scheduling.workingtime;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.careops.platform.test.Tokens;
import io.careops.scheduling.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The working-time check through the API: a proposed or open shift judged, an assignment refused
 * on a violation and let through with a manager's reason (kept), compensatory rest owed in a care
 * home and recorded as given, a person's standing and a home's breaches.
 */
@QuarkusTest
class WorkingTimeApiTest {

    /** A home where reg 21 does not apply: every rest shortfall is a violation. */
    private static UUID strictHome() {
        long serial = Fixtures.serial();
        String body = """
                {"name": "Strict %d", "code": "S%d", "serviceNumber": "CS%010d", "bedCapacity": 10, "occupancy": 5,
                 "address": "2 Test Street, Glasgow", "postcode": "G2 2BB", "workingTimeReferenceWeeks": 17,
                 "workingTimeSpecialCase": false}
                """.formatted(serial, serial, serial % 10_000_000_000L);
        return UUID.fromString(given().auth().oauth2(Fixtures.admin()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/care-homes").then().statusCode(201)
                .body("workingTimeReferenceWeeks", equalTo(17)).body("workingTimeSpecialCase", equalTo(false))
                .extract().path("id"));
    }

    private static Response post(String path, String json) {
        return given().auth().oauth2(Fixtures.admin()).contentType(ContentType.JSON).body(json).post(path);
    }

    private static String shift(UUID unit, String date, String start, String end, UUID staff, String extra) {
        return post("/api/v1/shifts", """
                {"unitId": "%s", "date": "%s", "startTime": "%s", "endTime": "%s", "unpaidBreakMinutes": 30,
                 "staffId": %s %s}
                """.formatted(unit, date, start, end, staff == null ? "null" : "\"" + staff + "\"", extra))
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void anAssignmentThatBreaksDailyRestIsRefusedUnlessAManagerGivesAReason() {
        UUID home = strictHome();
        UUID unit = Fixtures.unit(home);
        UUID worker = Fixtures.staff(home, "SCW");
        String day = shift(unit, "2026-03-02", "08:00", "20:00", worker, "");
        String early = shift(unit, "2026-03-03", "06:00", "14:00", null, "");

        post("/api/v1/working-time/check", """
                {"staffId": "%s", "shiftId": "%s"}""".formatted(worker, early)).then().statusCode(200)
                .body("allowed", equalTo(false)).body("proposed", equalTo(false)).body("shiftId", equalTo(early))
                .body("findings", hasSize(1)).body("findings[0].rule", equalTo("DAILY_REST"))
                .body("findings[0].regulation", equalTo("reg 10(1)")).body("findings[0].severity", equalTo("VIOLATION"))
                .body("findings[0].figures.restHours", equalTo(10.0f))
                .body("findings[0].figures.shortfallHours", equalTo(1.0f))
                .body("findings[0].shiftIds", hasItems(day, early));
        post("/api/v1/working-time/check", """
                {"staffId": "%s", "unitId": "%s", "date": "2026-03-03", "startTime": "07:00", "endTime": "15:00",
                 "unpaidBreakMinutes": 30}""".formatted(worker, unit)).then().statusCode(200)
                .body("allowed", equalTo(true)).body("proposed", equalTo(true)).body("findings", hasSize(0));

        String assign = "/api/v1/shifts/" + early + "/assignment";
        post(assign, "{\"staffId\": \"%s\"}".formatted(worker)).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("staffId"))
                .body("errors[0].message", containsString("DAILY_REST (reg 10(1)): only 10.00 h rest between shifts"));
        given().auth().oauth2(Fixtures.admin()).get("/api/v1/shifts/" + early).then().body("staffId", nullValue())
                .body("open", equalTo(true));
        post(assign, "{\"staffId\": \"%s\", \"workingTimeOverrideReason\": \"ok\"}".formatted(worker))
                .then().statusCode(422).body("errors[0].field", equalTo("workingTimeOverrideReason"));

        post(assign, "{\"staffId\": \"%s\", \"workingTimeOverrideReason\": \"Flu outbreak, agreed with %s\"}"
                .formatted(worker, "the worker")).then().statusCode(200).body("staffId", equalTo(worker.toString()));
        given().auth().oauth2(Fixtures.admin()).get("/api/v1/working-time/overrides?shiftId=" + early)
                .then().statusCode(200).body("", hasSize(1))
                .body("[0].reason", equalTo("Flu outbreak, agreed with the worker"))
                .body("[0].violations", containsString("DAILY_REST"));
    }

    @Test
    void planningAShiftRunsTheSameCheck() {
        UUID home = strictHome();
        UUID unit = Fixtures.unit(home);
        UUID worker = Fixtures.staff(home, "SCW");
        shift(unit, "2026-03-09", "08:00", "20:00", worker, "");
        String late = """
                {"unitId": "%s", "date": "2026-03-10", "startTime": "05:00", "endTime": "13:00", "staffId": "%s"}
                """.formatted(unit, worker);

        post("/api/v1/shifts", late).then().statusCode(422).body("errors[0].message", containsString("DAILY_REST"));
        given().auth().oauth2(Fixtures.admin()).get("/api/v1/shifts?careHomeId=" + home).then()
                .body("totalItems", equalTo(1));
        shift(unit, "2026-03-10", "05:00", "13:00", worker, ", \"workingTimeOverrideReason\": \"Storm, no relief\"");
    }

    @Test
    void inACareHomeAShortfallIsAllowedAndOwedBackUntilRecordedAsGiven() {
        UUID home = Fixtures.careHome(); // reg 21 applies by default
        UUID unit = Fixtures.unit(home);
        UUID worker = Fixtures.staff(home, "SCW");
        String day = shift(unit, "2026-03-02", "08:00", "20:00", worker, "");
        String early = shift(unit, "2026-03-03", "06:00", "14:00", worker, "");

        String owed = "/api/v1/working-time/staff/" + worker + "?asOf=2026-03-08";
        Response standing = given().auth().oauth2(Fixtures.admin()).get(owed);
        standing.then().statusCode(200).body("referenceWeeks", equalTo(26)).body("specialCase", equalTo(true))
                // 11.5 h + 7.5 h worked (breaks are not working time)
                .body("hoursThisWeek", equalTo(19.0f)).body("weekFrom", equalTo("2026-03-02"))
                .body("lastDailyRest.hours", equalTo(10.0f)).body("violations", equalTo(0))
                .body("optOut.inForce", equalTo(false))
                .body("compensatoryRestOwedHours", equalTo(1.0f))
                .body("compensatoryRestOwed[0].rule", equalTo("DAILY_REST"))
                .body("compensatoryRestOwed[0].dueBy", equalTo("2026-03-17"))
                .body("compensatoryRestOwed[0].shiftIds", hasItems(day, early))
                .body("findings.severity", hasItem("COMPENSATORY_REST"));
        String key = standing.path("compensatoryRestOwed[0].key");
        // Rota health's working-time component owes it too, until it is recorded as given.
        String health = "/api/v1/rota-health?careHomeId=" + home + "&from=2026-03-02&to=2026-03-08";
        String owedInRotaHealth = "components.find { it.name == 'workingTime' }.metrics.compensatoryRestOwedHours";
        given().auth().oauth2(Fixtures.admin()).get(health).then().statusCode(200).body(owedInRotaHealth, equalTo(1.0f));

        post("/api/v1/working-time/staff/" + worker + "/compensatory-rest", """
                {"key": "%s", "arisesOn": "2026-03-03", "givenOn": "2026-03-06", "note": "Late start on Friday"}
                """.formatted(key)).then().statusCode(201).body("hours", equalTo(1.0f));
        given().auth().oauth2(Fixtures.admin()).get(owed).then()
                .body("compensatoryRestOwedHours", equalTo(0.0f)).body("compensatoryRestOwed", hasSize(0))
                .body("compensatoryRestGiven[0].givenOn", equalTo("2026-03-06"));
        given().auth().oauth2(Fixtures.admin()).get(health).then().statusCode(200).body(owedInRotaHealth, equalTo(0.0f));
        post("/api/v1/working-time/staff/" + worker + "/compensatory-rest", """
                {"key": "%s", "arisesOn": "2026-03-03", "givenOn": "2026-03-07"}""".formatted(key))
                .then().statusCode(409);
        post("/api/v1/working-time/staff/" + worker + "/compensatory-rest", """
                {"key": "DAILY_REST|nothing", "arisesOn": "2026-03-03", "givenOn": "2026-03-07"}""")
                .then().statusCode(422).body("errors[0].field", equalTo("key"));
    }

    @Test
    void theReportNamesEveryBreachWithThePersonAndShifts() {
        UUID home = strictHome();
        UUID unit = Fixtures.unit(home);
        UUID worker = Fixtures.staff(home, "SCW");
        shift(unit, "2026-04-06", "08:00", "20:00", worker, "");
        String early = shift(unit, "2026-04-07", "06:00", "14:00", worker, ", \"workingTimeOverrideReason\": \"Agreed cover\"");
        shift(unit, "2026-04-08", "08:00", "14:00", Fixtures.staff(home, "SCW"), "");

        given().auth().oauth2(Fixtures.admin())
                .get("/api/v1/working-time/report?careHomeId=" + home + "&from=2026-04-01&to=2026-04-30")
                .then().statusCode(200).body("staffWithFindings", equalTo(1)).body("byRule.DAILY_REST", equalTo(1))
                .body("bySeverity.VIOLATION", equalTo(1)).body("totalItems", equalTo(1))
                .body("items[0].staffId", equalTo(worker.toString()))
                .body("items[0].name", containsString("Grace"))
                .body("items[0].finding.shiftIds", hasItem(early));
        given().auth().oauth2(Fixtures.admin())
                .get("/api/v1/working-time/report?careHomeId=" + home + "&from=2026-05-01&to=2026-05-31")
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(Tokens.of("inspector", UUID.randomUUID()))
                .get("/api/v1/working-time/report?careHomeId=" + home + "&from=2026-04-01&to=2026-04-30")
                .then().statusCode(404);
        given().auth().oauth2(Fixtures.admin())
                .get("/api/v1/working-time/report?careHomeId=" + home + "&from=2026-04-30&to=2026-04-01")
                .then().statusCode(422).body("errors[0].field", equalTo("to"));
        // The one rule for report periods (Period): 366 days at most, a leap year.
        given().auth().oauth2(Fixtures.admin())
                .get("/api/v1/working-time/report?careHomeId=" + home + "&from=2026-01-01&to=2027-01-01")
                .then().statusCode(200);
        given().auth().oauth2(Fixtures.admin())
                .get("/api/v1/working-time/report?careHomeId=" + home + "&from=2026-01-01&to=2027-01-02")
                .then().statusCode(422).body("errors[0].field", equalTo("to"))
                .body("errors[0].message", containsString("at most 366 days"));
        given().auth().oauth2(Tokens.of("staff", home))
                .get("/api/v1/working-time/report?careHomeId=" + home + "&from=2026-04-01&to=2026-04-30")
                .then().statusCode(403);
    }

    @Test
    void aCheckWithoutAShiftNamesNoInternalFieldAndListsEveryProblem() {
        // A rule on a derived getter (isShiftDescribed) is reported on the body, not as "shiftDescribed";
        // the wrong types of two fields come back together.
        post("/api/v1/working-time/check", "{\"staffId\": \"" + UUID.randomUUID() + "\"}").then().statusCode(400)
                .body("errors.field", hasItem("body"))
                .body("errors.field", org.hamcrest.Matchers.not(hasItem("shiftDescribed")))
                .body("errors.message", hasItem("give shiftId, or unitId and date for a proposed shift"));
        post("/api/v1/working-time/check", "{\"staffId\": 7, \"date\": \"2026-02-30\", \"unpaidBreakMinutes\": \"ten\"}")
                .then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("staffId", "date", "unpaidBreakMinutes"));
    }

    private static final String OVERRIDE = ", \"workingTimeOverrideReason\": \"test rota for issue 15\"";

    @Test
    void reg44ANewStarterWorking60HoursForFourWeeksIsOverTheLimit() {
        // Employed from Monday 6 April; 12 h (07:00-19:30, 30 minutes' break) Monday to Friday for
        // 4 weeks: 240 h over the 28 days since employment began = 60.00 h a week (was 14.12,
        // 240 h over the whole 17 weeks).
        UUID home = strictHome();
        UUID unit = Fixtures.unit(home);
        UUID starter = Fixtures.staff(home, "SCW", "2026-04-06");
        for (java.time.LocalDate day = java.time.LocalDate.parse("2026-04-06");
                day.isBefore(java.time.LocalDate.parse("2026-05-02")); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() <= 5) {
                shift(unit, day.toString(), "07:00", "19:30", starter, OVERRIDE);
            }
        }

        given().auth().oauth2(Fixtures.admin()).get("/api/v1/working-time/staff/" + starter + "?asOf=2026-05-03")
                .then().statusCode(200).body("rollingAverage.periodFrom", equalTo("2026-04-06"))
                .body("rollingAverage.periodTo", equalTo("2026-05-03"))
                .body("rollingAverage.hoursCounted", equalTo(240.0f))
                .body("rollingAverage.weeklyHours", equalTo(60.0f));
        given().auth().oauth2(Fixtures.admin())
                .get("/api/v1/working-time/report?careHomeId=" + home + "&from=2026-05-03&to=2026-05-03")
                .then().statusCode(200).body("byRule.AVERAGE_WEEKLY_HOURS", equalTo(1))
                .body("items[0].finding.severity", equalTo("VIOLATION"))
                .body("items[0].finding.figures.averageWeeklyHours", equalTo(60.0f))
                .body("items[0].finding.figures.periodFrom", equalTo("2026-04-06"));
    }

    @Test
    void reg11ARestFromTheLastEveningOfAFortnightDoesNotGiveItsFortyEightHours() {
        // Every day 08:00-16:00 from Monday 2 March to Saturday 14 March (16 h rest each night),
        // Sunday 15 March 08:00-20:00, then off until Wednesday 18 March: the 60 h rest from
        // Sunday 20:00 has only 4 h inside the fortnight of 2 and 9 March, so each week is 8 h
        // short of 24 (longest 16 h) and the fortnight has no 48.
        UUID home = strictHome();
        UUID unit = Fixtures.unit(home);
        UUID worker = Fixtures.staff(home, "SCW");
        for (java.time.LocalDate day = java.time.LocalDate.parse("2026-03-02");
                day.isBefore(java.time.LocalDate.parse("2026-03-15")); day = day.plusDays(1)) {
            shift(unit, day.toString(), "08:00", "16:00", worker, OVERRIDE);
        }
        shift(unit, "2026-03-15", "08:00", "20:00", worker, OVERRIDE);
        shift(unit, "2026-03-18", "08:00", "16:00", worker, OVERRIDE);

        given().auth().oauth2(Fixtures.admin())
                .get("/api/v1/working-time/report?careHomeId=" + home + "&from=2026-03-02&to=2026-03-15")
                .then().statusCode(200).body("byRule.WEEKLY_REST", equalTo(2))
                .body("items.findAll { it.finding.rule == 'WEEKLY_REST' }.finding.date",
                        org.hamcrest.Matchers.contains("2026-03-02", "2026-03-09"))
                .body("items.findAll { it.finding.rule == 'WEEKLY_REST' }.finding.figures.longestRestHours",
                        org.hamcrest.Matchers.everyItem(equalTo(16.0f)))
                .body("items.findAll { it.finding.rule == 'WEEKLY_REST' }.finding.figures.shortfallHours",
                        org.hamcrest.Matchers.everyItem(equalTo(8.0f)));
    }

    @Test
    void reg6AAYoungWorkerAtNightIsAViolationOrInACareHomeCompensatoryRest() {
        UUID strict = strictHome();
        UUID care = Fixtures.careHome(); // reg 21 applies: reg 27A(2) sets reg 6A aside, with rest owed
        String young = """
                {"staffNumber": "%06d", "firstName": "Ailsa", "lastName": "Young%d", "roleCode": "SCW",
                 "careHomeId": "%s", "contractedHoursPerWeek": 20, "employmentStart": "2025-09-01",
                 "dateOfBirth": "2009-01-01", "contractedToWorkAfter22": true}
                """;
        UUID inStrict = UUID.fromString(post("/api/v1/staff", young.formatted(Fixtures.serial() % 1_000_000,
                Fixtures.serial(), strict)).then().statusCode(201).body("dateOfBirth", equalTo("2009-01-01"))
                .body("contractedToWorkAfter22", equalTo(true)).extract().path("id"));
        UUID inCare = UUID.fromString(post("/api/v1/staff", young.formatted(Fixtures.serial() % 1_000_000,
                Fixtures.serial(), care)).then().statusCode(201).extract().path("id"));
        String evening = """
                {"staffId": "%s", "unitId": "%s", "date": "2026-03-04", "startTime": "15:00", "endTime": "23:30",
                 "unpaidBreakMinutes": 30}""";

        // Under the late contract the restricted period is 23:00-07:00: 30 minutes of it.
        post("/api/v1/working-time/check", evening.formatted(inStrict, Fixtures.unit(strict))).then().statusCode(200)
                .body("allowed", equalTo(false))
                .body("findings.find { it.rule == 'YOUNG_NIGHT_WORK' }.regulation", equalTo("reg 6A"))
                .body("findings.find { it.rule == 'YOUNG_NIGHT_WORK' }.severity", equalTo("VIOLATION"))
                .body("findings.find { it.rule == 'YOUNG_NIGHT_WORK' }.figures.restrictedHours", equalTo(0.5f))
                .body("findings.find { it.rule == 'YOUNG_NIGHT_WORK' }.figures.restrictedPeriod",
                        equalTo("23:00-07:00"));
        // Without it (changed through PATCH), 22:00-06:00: 1.5 h.
        given().auth().oauth2(Fixtures.admin()).contentType(ContentType.JSON)
                .body("{\"contractedToWorkAfter22\": false, \"dateOfBirth\": \"2009-02-01\"}")
                .patch("/api/v1/staff/" + inStrict).then().statusCode(200)
                .body("contractedToWorkAfter22", equalTo(false)).body("dateOfBirth", equalTo("2009-02-01"));
        post("/api/v1/working-time/check", evening.formatted(inStrict, Fixtures.unit(strict))).then().statusCode(200)
                .body("findings.find { it.rule == 'YOUNG_NIGHT_WORK' }.figures.restrictedHours", equalTo(1.5f))
                .body("findings.find { it.rule == 'YOUNG_NIGHT_WORK' }.figures.restrictedPeriod",
                        equalTo("22:00-06:00"));
        // In a care home: allowed, 0.5 h of compensatory rest owed under reg 27A.
        post("/api/v1/working-time/check", evening.formatted(inCare, Fixtures.unit(care))).then().statusCode(200)
                .body("allowed", equalTo(true))
                .body("findings.find { it.rule == 'YOUNG_NIGHT_WORK' }.severity", equalTo("COMPENSATORY_REST"))
                .body("findings.find { it.rule == 'YOUNG_NIGHT_WORK' }.message", containsString("reg 27A(2)"))
                .body("compensatoryRest.find { it.rule == 'YOUNG_NIGHT_WORK' }.hours", equalTo(0.5f));
    }
}
