package io.careops.scheduling.actualhours;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.careops.platform.test.Tokens;
import io.careops.scheduling.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Actual hours, hand-worked. A worker has two day shifts planned 07:00-19:00 with an hour's
 * unpaid break (11 paid hours each, 22 in the week; 12 hours' rest between them). The first is
 * actually worked 07:00-21:30 (March: London is on GMT, so the instants are the same figures in
 * UTC): 14.5 h less the hour's break is 13.5 paid hours, the week 24.5 hours, and the rest before
 * the second shift 21:30-07:00 = 9.5 hours, 1.5 short of reg 10(1)'s 11; the 14.5-hour stretch
 * itself also leaves only 9.5 hours' rest in its 24 (1.5 short again). A care home (a special
 * case, reg 21) owes both back as compensatory rest: 3 hours.
 */
@QuarkusTest
class ActualHoursApiTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static String shift(UUID unit, String date, String start, String end, UUID staff, String extra) {
        String body = """
                {"unitId": "%s", "date": "%s", "startTime": "%s", "endTime": "%s", "unpaidBreakMinutes": 60,
                 "staffId": "%s"%s}
                """.formatted(unit, date, start, end, staff, extra);
        return given().auth().oauth2(Fixtures.admin()).contentType(ContentType.JSON).body(body).post("/api/v1/shifts")
                .then().statusCode(201).extract().path("id");
    }

    private static ValidatableResponse record(String token, String shiftId, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .put("/api/v1/shifts/" + shiftId + "/actual-hours").then();
    }

    @Test
    void actualHoursChangeTheWeekTheRestAndTheOvertimeReport() {
        UUID home = Fixtures.careHome();
        UUID unit = Fixtures.unit(home);
        UUID worker = Fixtures.staff(home, "SCW");
        String first = shift(unit, "2026-03-02", "07:00", "19:00", worker, ", \"overtime\": true");
        shift(unit, "2026-03-03", "07:00", "19:00", worker, "");
        String standing = "/api/v1/working-time/staff/" + worker + "?asOf=2026-03-08";
        given().auth().oauth2(Fixtures.admin()).get(standing).then().statusCode(200)
                .body("hoursThisWeek", equalTo(22.0f)).body("lastDailyRest.hours", equalTo(12.0f))
                .body("compensatoryRestOwedHours", equalTo(0.0f));

        record(Tokens.of("manager", home), first, """
                {"actualStart": "2026-03-02T07:00:00Z", "actualEnd": "2026-03-02T21:30:00Z",
                 "reason": "Stayed on: a resident's fall"}
                """).statusCode(200).body("actual", equalTo(true)).body("plannedPaidMinutes", equalTo(660))
                .body("paidMinutes", equalTo(810)).body("actualEnd", equalTo("2026-03-02T21:30:00Z"))
                .body("reason", equalTo("Stayed on: a resident's fall")).body("recordedBy", notNullValue());

        given().auth().oauth2(Fixtures.admin()).get(standing).then().statusCode(200)
                .body("hoursThisWeek", equalTo(24.5f)).body("lastDailyRest.hours", equalTo(9.5f))
                .body("compensatoryRestOwedHours", equalTo(3.0f))
                .body("compensatoryRestOwed.rule", org.hamcrest.Matchers.everyItem(equalTo("DAILY_REST")))
                .body("compensatoryRestOwed.hours", org.hamcrest.Matchers.contains(1.5f, 1.5f));
        // The overtime report counts the 13.5 hours worked, not the 11 planned; all hours 24.5.
        given().auth().oauth2(Fixtures.admin()).queryParam("careHomeId", home).queryParam("from", "2026-03-01")
                .queryParam("to", "2026-03-31").get("/api/v1/reports/overtime").then().statusCode(200)
                .body("totals.overtimeHours", equalTo(13.5f)).body("totals.allHours", equalTo(24.5f))
                .body("people[0].overtimeHours", equalTo(13.5f)).body("people[0].totalHours", equalTo(24.5f));
    }

    @Test
    void badInputIsRefusedWithEveryFieldAndChangesNothing() {
        UUID home = Fixtures.careHome();
        UUID unit = Fixtures.unit(home);
        UUID worker = Fixtures.staff(home, "SCW");
        String id = shift(unit, "2026-03-02", "07:00", "19:00", worker, "");
        record(Fixtures.admin(), id, "{}").statusCode(400)
                .body("errors.field", containsInAnyOrder("actualStart", "actualEnd", "reason"));
        record(Fixtures.admin(), id, """
                {"actualStart": "2026-03-02T19:00:00Z", "actualEnd": "2026-03-02T07:00:00Z", "reason": "typo"}
                """).statusCode(422).body("errors[0].field", equalTo("actualEnd"));
        record(Fixtures.admin(), id, """
                {"actualStart": "2026-03-03T20:00:00Z", "actualEnd": "2026-03-03T23:00:00Z", "reason": "wrong day"}
                """).statusCode(422).body("errors[0].field", equalTo("actualStart"));
        record(Fixtures.admin(), id, """
                {"actualStart": "2026-03-02T07:00:00Z", "actualEnd": "2099-03-02T07:00:00Z", "reason": "future"}
                """).statusCode(422);
        String good = """
                {"actualStart": "2026-03-02T07:10:00Z", "actualEnd": "2026-03-02T19:00:00Z", "reason": "Late bus"}
                """;
        record(Tokens.of("manager", UUID.randomUUID()), id, good).statusCode(404);
        record(Tokens.of("staff", home), id, good).statusCode(403);
        record(Tokens.of("inspector", home), id, good).statusCode(403);
        given().auth().oauth2(Fixtures.admin()).get("/api/v1/shifts/" + id).then().statusCode(200)
                .body("paidMinutes", equalTo(660));
        record(Fixtures.admin(), id, good).statusCode(200).body("paidMinutes", equalTo(650));
        // A cancelled shift has no actual hours.
        String cancelled = shift(unit, "2026-03-05", "07:00", "19:00", worker, "");
        given().auth().oauth2(Fixtures.admin()).post("/api/v1/shifts/" + cancelled + "/cancellation").then().statusCode(200);
        record(Fixtures.admin(), cancelled, good.replace("03-02", "03-05")).statusCode(409);
    }

    @Test
    void thePersonOnTheShiftClocksInWithinTheWindowAndOutAfterwards() {
        UUID home = Fixtures.careHome();
        UUID unit = Fixtures.unit(home);
        UUID worker = Fixtures.staff(home, "SCW");
        UUID colleague = Fixtures.staff(home, "SCW");
        ZonedDateTime soon = ZonedDateTime.now(LONDON).plusMinutes(30).truncatedTo(ChronoUnit.MINUTES);
        ZonedDateTime end = soon.plusHours(8);
        String id = shift(unit, soon.toLocalDate().toString(), soon.toLocalTime().toString(),
                end.toLocalTime().toString(), worker, "");
        ZonedDateTime later = soon.plusHours(20); // 12 hours' rest after the first
        String notYet = shift(unit, later.toLocalDate().toString(), later.toLocalTime().toString(),
                later.plusHours(3).toLocalTime().toString(), worker, "");
        String mine = Fixtures.staffToken(worker, home);

        given().auth().oauth2(Fixtures.staffToken(colleague, home)).post("/api/v1/shifts/" + id + "/clock-in")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.of("manager", home)).post("/api/v1/shifts/" + id + "/clock-in")
                .then().statusCode(403);
        given().auth().oauth2(mine).post("/api/v1/shifts/" + id + "/clock-out").then().statusCode(409);
        given().auth().oauth2(mine).post("/api/v1/shifts/" + notYet + "/clock-in").then().statusCode(422)
                .body("errors[0].field", equalTo("clockIn"));

        Instant before = Instant.now();
        String in = given().auth().oauth2(mine).post("/api/v1/shifts/" + id + "/clock-in").then().statusCode(200)
                .body("actualStart", notNullValue()).body("actualEnd", nullValue()).body("actual", equalTo(false))
                .body("paidMinutes", equalTo(420)).extract().path("actualStart");
        assertThat(Instant.parse(in)).isBetween(before.minusSeconds(1), Instant.now());
        given().auth().oauth2(mine).post("/api/v1/shifts/" + id + "/clock-in").then().statusCode(409);
        String out = given().auth().oauth2(mine).post("/api/v1/shifts/" + id + "/clock-out").then().statusCode(200)
                .body("actual", equalTo(true)).body("actualStart", equalTo(in)).body("paidMinutes", equalTo(0))
                .extract().path("actualEnd");
        assertThat(Instant.parse(out)).isAfter(Instant.parse(in));
        given().auth().oauth2(mine).post("/api/v1/shifts/" + id + "/clock-out").then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("Already clocked out"));
        given().auth().oauth2(Fixtures.admin()).get("/api/v1/shifts/" + id).then().statusCode(200)
                .body("id", equalTo(id));
    }
}
