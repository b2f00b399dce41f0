package io.careops.scheduling.shift;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
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

/** Manager edits: PATCH a shift with optimistic concurrency, cancel in bulk, copy a week; all or nothing. */
@QuarkusTest
class ShiftEditApiTest {

    private UUID home;
    private UUID unit;
    private UUID worker;
    private String manager;

    @BeforeEach
    void aHomeWithAWorker() {
        home = Fixtures.careHome();
        unit = Fixtures.unit(home);
        worker = Fixtures.staff(home, "SCW");
        manager = Tokens.of("manager", home);
    }

    private String shift(String date, String start, String end, UUID staff) {
        return given().auth().oauth2(manager).contentType(ContentType.JSON).body("""
                {"unitId": "%s", "date": "%s", "startTime": "%s", "endTime": "%s", "unpaidBreakMinutes": 30,
                 "staffId": %s}
                """.formatted(unit, date, start, end, staff == null ? "null" : "\"" + staff + "\""))
                .post("/api/v1/shifts").then().statusCode(201).extract().path("id");
    }

    private Response patch(String token, String id, String ifMatch, String json) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(json);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.patch("/api/v1/shifts/" + id);
    }

    private Response post(String token, String path, String json) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(json).post(path);
    }

    @Test
    void aManagerEditsAShiftUnderTheSameRulesWithItsETag() {
        String id = shift("2026-04-06", "08:00", "16:00", worker);
        String etag = given().auth().oauth2(manager).get("/api/v1/shifts/" + id).then().statusCode(200)
                .body("version", equalTo(0)).extract().header("ETag");
        // New times and notes: durations derived again.
        patch(manager, id, etag, """
                {"startTime": "09:00", "endTime": "21:00", "notes": "Covering the lunch rush"}
                """).then().statusCode(200).header("ETag", equalTo("\"1\"")).body("version", equalTo(1))
                .body("startTime", equalTo("09:00:00")).body("durationMinutes", equalTo(720))
                .body("paidMinutes", equalTo(690)).body("notes", equalTo("Covering the lunch rush"))
                .body("staffId", equalTo(worker.toString())).body("updatedBy", equalTo("test-manager@careops.invalid"));
        // Someone else's stale ETag: 412; a stale version in the body: 409. Nothing changes.
        patch(manager, id, etag, "{\"unpaidBreakMinutes\": 60}").then().statusCode(412)
                .body("type", equalTo("https://careops.io/problems/precondition-failed"))
                .body("status", equalTo(412));
        patch(manager, id, null, "{\"unpaidBreakMinutes\": 60, \"version\": 0}").then().statusCode(409);
        given().auth().oauth2(manager).get("/api/v1/shifts/" + id).then().body("unpaidBreakMinutes", equalTo(30))
                .body("version", equalTo(1));
        // A night over the same day for the same person cannot be made to clash with another shift.
        String other = shift("2026-04-07", "08:00", "16:00", worker);
        patch(manager, id, null, "{\"date\": \"2026-04-07\"}").then().statusCode(409)
                .body("detail", containsString(other));
        // A shift type the person's role may not work: 422 naming it.
        patch(manager, id, null, "{\"shiftTypeId\": \"" + Fixtures.DAY_ASSISTANT + "\"}").then().statusCode(422)
                .body("errors.field", hasItem("staffId")).body("detail", containsString("DAY_ASSISTANT"));
        // A new type brings its times; unassigning opens the shift.
        patch(manager, id, "\"1\"", "{\"shiftTypeId\": \"" + Fixtures.DAY_SENIOR + "\", \"unassign\": true}")
                .then().statusCode(200).body("startTime", equalTo("07:45:00")).body("endTime", equalTo("20:15:00"))
                .body("open", equalTo(true)).body("staffId", nullValue()).body("version", equalTo(2));
        // Another unit of the same home; a unit of another home is refused.
        UUID second = Fixtures.unit(home);
        patch(manager, id, null, "{\"unitId\": \"" + second + "\"}").then().statusCode(200)
                .body("unitId", equalTo(second.toString()));
        UUID elsewhere = Fixtures.unit(Fixtures.careHome());
        patch(Fixtures.admin(), id, null, "{\"unitId\": \"" + elsewhere + "\"}").then().statusCode(422)
                .body("errors.field", hasItem("unitId"));
    }

    @Test
    void editsForEveryRoleAndBadInputChangeNothing() {
        String id = shift("2026-04-13", "08:00", "16:00", worker);
        patch(Tokens.of("staff", home), id, null, "{\"notes\": \"mine\"}").then().statusCode(403);
        patch(Fixtures.staffToken(worker, home), id, null, "{\"notes\": \"mine\"}").then().statusCode(403);
        patch(Tokens.of("inspector", home), id, null, "{\"notes\": \"x\"}").then().statusCode(403);
        patch(Tokens.of("manager", UUID.randomUUID()), id, null, "{\"notes\": \"x\"}").then().statusCode(404);
        given().contentType(ContentType.JSON).body("{}").patch("/api/v1/shifts/" + id).then().statusCode(401);
        patch(manager, id, null, "{\"unpaidBreakMinutes\": 500}").then().statusCode(400)
                .body("errors.field", hasItem("unpaidBreakMinutes"));
        patch(manager, id, null, "{\"colour\": \"red\"}").then().statusCode(400)
                .body("errors.field", hasItem("colour"));
        patch(manager, id, null, "{\"startTime\": \"25:00\"}").then().statusCode(400);
        patch(manager, id, null, "{\"unpaidBreakMinutes\": 240, \"endTime\": \"10:00\"}").then().statusCode(422)
                .body("errors.field", hasItem("unpaidBreakMinutes"));
        patch(Fixtures.admin(), id, null, "{\"notes\": \"admin note\"}").then().statusCode(200);
        given().auth().oauth2(manager).get("/api/v1/shifts/" + id).then().body("startTime", equalTo("08:00:00"))
                .body("unpaidBreakMinutes", equalTo(30)).body("version", equalTo(1));
        post(manager, "/api/v1/shifts/" + id + "/cancellation", "").then().statusCode(200);
        patch(manager, id, null, "{\"notes\": \"too late\"}").then().statusCode(409);
    }

    @Test
    void cancelInBulkAllOrNothing() {
        String a = shift("2026-04-20", "08:00", "16:00", worker);
        String b = shift("2026-04-21", "08:00", "16:00", null);
        String gone = shift("2026-04-22", "08:00", "16:00", null);
        post(manager, "/api/v1/shifts/" + gone + "/cancellation", "").then().statusCode(200);
        String stranger = UUID.randomUUID().toString();
        post(manager, "/api/v1/shifts/cancellations", """
                {"shiftIds": ["%s", "%s", "%s", "%s"]}""".formatted(a, b, gone, stranger)).then().statusCode(422)
                .body("errors.field", contains("shiftIds[2]", "shiftIds[3]"))
                .body("detail", containsString("none was"));
        given().auth().oauth2(manager).get("/api/v1/shifts/" + a).then().body("status", equalTo("SCHEDULED"));
        post(Tokens.of("staff", home), "/api/v1/shifts/cancellations", "{\"shiftIds\": [\"" + a + "\"]}")
                .then().statusCode(403);
        post(Tokens.of("inspector", home), "/api/v1/shifts/cancellations", "{\"shiftIds\": [\"" + a + "\"]}")
                .then().statusCode(403);
        post(manager, "/api/v1/shifts/cancellations", "{\"shiftIds\": []}").then().statusCode(400)
                .body("errors.field", hasItem("shiftIds"));
        post(manager, "/api/v1/shifts/cancellations", "{\"shiftIds\": [\"" + a + "\", \"" + b + "\"]}")
                .then().statusCode(200).body("status", everyItem(equalTo("CANCELLED"))).body("id", contains(a, b));
    }

    @Test
    void copyAWeekAllOrNothing() {
        // Week of Monday 4 May 2026: a staffed day and an open night.
        shift("2026-05-04", "08:00", "16:00", worker);
        shift("2026-05-06", "20:00", "08:00", null);
        post(manager, "/api/v1/shifts/week-copies", """
                {"unitId": "%s", "fromWeekStart": "2026-05-04", "toWeekStart": "2026-05-11"}
                """.formatted(unit)).then().statusCode(201).body("$", hasSize(2))
                .body("date", contains("2026-05-11", "2026-05-13")).body("[0].staffId", equalTo(worker.toString()))
                .body("[1].open", equalTo(true)).body("[1].endTime", equalTo("08:00:00"));
        // Again: the person already works the copy's time, so nothing is copied.
        post(manager, "/api/v1/shifts/week-copies", """
                {"unitId": "%s", "fromWeekStart": "2026-05-04", "toWeekStart": "2026-05-11"}
                """.formatted(unit)).then().statusCode(422).body("errors.field", hasItem(containsString("shifts[0]")))
                .body("detail", containsString("none was saved"));
        given().auth().oauth2(manager).get("/api/v1/shifts?unitId=" + unit + "&from=2026-05-11&to=2026-05-17")
                .then().body("totalItems", equalTo(2));
        // Without staff the copies are open; the whole home's week.
        post(manager, "/api/v1/shifts/week-copies", """
                {"careHomeId": "%s", "fromWeekStart": "2026-05-04", "toWeekStart": "2026-05-18", "withStaff": false}
                """.formatted(home)).then().statusCode(201).body("open", everyItem(equalTo(true)));
        post(manager, "/api/v1/shifts/week-copies", """
                {"unitId": "%s", "careHomeId": "%s", "fromWeekStart": "2026-05-04", "toWeekStart": "2026-05-25"}
                """.formatted(unit, home)).then().statusCode(422);
        post(manager, "/api/v1/shifts/week-copies", """
                {"unitId": "%s", "fromWeekStart": "2027-05-03", "toWeekStart": "2027-05-10"}
                """.formatted(unit)).then().statusCode(422).body("errors.field", hasItem("fromWeekStart"));
        post(manager, "/api/v1/shifts/week-copies", """
                {"unitId": "%s", "fromWeekStart": "2026-05-04"}""".formatted(unit)).then().statusCode(400)
                .body("errors.field", hasItem("toWeekStart"));
        post(Tokens.of("staff", home), "/api/v1/shifts/week-copies", """
                {"unitId": "%s", "fromWeekStart": "2026-05-04", "toWeekStart": "2026-06-01"}
                """.formatted(unit)).then().statusCode(403);
        post(Tokens.of("manager", UUID.randomUUID()), "/api/v1/shifts/week-copies", """
                {"unitId": "%s", "fromWeekStart": "2026-05-04", "toWeekStart": "2026-06-01"}
                """.formatted(unit)).then().statusCode(404);
    }
}
