package io.careops.scheduling.carehome;

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

/** Updating and deactivating care homes, units, shift types and agencies, for every role, with bad input. */
@QuarkusTest
class OrganisationEditApiTest {

    private UUID home;
    private UUID unit;
    private String manager;

    @BeforeEach
    void aHomeWithAUnit() {
        home = Fixtures.careHome();
        unit = Fixtures.unit(home);
        manager = Tokens.of("manager", home);
    }

    private static Response patch(String token, String path, String json) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(json).patch(path);
    }

    private Response planOpenShift(String extra) {
        return given().auth().oauth2(manager).contentType(ContentType.JSON).body("""
                {"unitId": "%s", "date": "2026-09-07", "startTime": "08:00", "endTime": "16:00" %s}
                """.formatted(unit, extra)).post("/api/v1/shifts");
    }

    @Test
    void careHomesChangeBudgetsOccupancyAndReferencePeriodAndDeactivate() {
        String path = "/api/v1/care-homes/" + home;
        patch(manager, path, """
                {"occupancy": 55, "agencyBudgetMonthly": 12000, "workingTimeReferenceWeeks": 17, "version": 0}
                """).then().statusCode(200).body("occupancy", equalTo(55)).body("agencyBudgetMonthly", equalTo(12000.0f))
                .body("workingTimeReferenceWeeks", equalTo(17)).body("bedCapacity", equalTo(60));
        patch(manager, path, "{\"occupancy\": 50, \"version\": 0}").then().statusCode(409);
        patch(manager, path, "{\"occupancy\": 61}").then().statusCode(422).body("errors.field", hasItem("occupancy"));
        patch(manager, path, "{\"workingTimeReferenceWeeks\": 60}").then().statusCode(400)
                .body("errors.field", hasItem("workingTimeReferenceWeeks"));
        patch(manager, path, "{\"beds\": 3}").then().statusCode(400).body("errors.field", hasItem("beds"));
        patch(Tokens.of("staff", home), path, "{\"occupancy\": 1}").then().statusCode(403);
        patch(Tokens.of("inspector", home), path, "{\"occupancy\": 1}").then().statusCode(403);
        patch(Tokens.of("manager", UUID.randomUUID()), path, "{\"occupancy\": 1}").then().statusCode(404);
        given().auth().oauth2(manager).get(path).then().body("occupancy", equalTo(55)).body("active", equalTo(true));
        patch(Fixtures.admin(), path, "{\"active\": false}").then().statusCode(200).body("active", equalTo(false));
        planOpenShift("").then().statusCode(422).body("detail", containsString("is closed"));
    }

    @Test
    void unitsChangeTheirStaffingFloorsAndClose() {
        String path = "/api/v1/units/" + unit;
        patch(manager, path, "{\"minDayStaff\": 3, \"idealDayStaff\": 4, \"name\": \"Rowan\"}").then().statusCode(200)
                .body("minDayStaff", equalTo(3)).body("idealDayStaff", equalTo(4)).body("minNightStaff", equalTo(1))
                .body("name", equalTo("Rowan"));
        patch(manager, path, "{\"idealDayStaff\": 2}").then().statusCode(422).body("errors.field", hasItem("idealDayStaff"));
        patch(manager, path, "{\"minDayStaff\": -1}").then().statusCode(400).body("errors.field", hasItem("minDayStaff"));
        patch(manager, path, "{\"name\": \"Late\", \"version\": 0}").then().statusCode(409);
        patch(Tokens.of("staff", home), path, "{\"name\": \"x\"}").then().statusCode(403);
        patch(Tokens.of("inspector", home), path, "{\"name\": \"x\"}").then().statusCode(403);
        patch(Tokens.of("manager", UUID.randomUUID()), path, "{\"name\": \"x\"}").then().statusCode(404);
        given().auth().oauth2(manager).get(path).then().body("minDayStaff", equalTo(3)).body("name", equalTo("Rowan"));
        patch(Fixtures.admin(), path, "{\"active\": false}").then().statusCode(200).body("active", equalTo(false));
        planOpenShift("").then().statusCode(422).body("errors.field", hasItem("unitId"));
    }

    @Test
    void shiftTypesChangeAndDeactivateAsAdminOnly() {
        String id = given().auth().oauth2(Fixtures.admin()).contentType(ContentType.JSON).body("""
                {"code": "T%d", "name": "Twilight", "startTime": "16:00", "endTime": "22:00"}
                """.formatted(Fixtures.serial())).post("/api/v1/shift-types").then().statusCode(201).extract().path("id");
        String path = "/api/v1/shift-types/" + id;
        patch(Fixtures.admin(), path, """
                {"startTime": "17:00", "unpaidBreakMinutes": 20, "allowedRoles": ["SCW", "SCA"]}
                """).then().statusCode(200).body("startTime", equalTo("17:00:00")).body("unpaidBreakMinutes", equalTo(20))
                .body("allowedRoles", hasItem("SCA"));
        patch(Fixtures.admin(), path, "{\"allowedRoles\": [\"PILOT\"]}").then().statusCode(400)
                .body("errors.field", hasItem("roleCode"));
        patch(Fixtures.admin(), path, "{\"startTime\": \"17:99\"}").then().statusCode(400);
        patch(Fixtures.admin(), path, "{\"name\": \"x\", \"version\": 0}").then().statusCode(409);
        patch(manager, path, "{\"name\": \"x\"}").then().statusCode(403);
        patch(Tokens.of("staff", home), path, "{\"name\": \"x\"}").then().statusCode(403);
        patch(Tokens.of("inspector", home), path, "{\"name\": \"x\"}").then().statusCode(403);
        patch(Fixtures.admin(), "/api/v1/shift-types/" + UUID.randomUUID(), "{\"name\": \"x\"}").then().statusCode(404);
        // Planning takes the new times; deactivated, it takes no new shifts.
        given().auth().oauth2(manager).contentType(ContentType.JSON).body("""
                {"unitId": "%s", "date": "2026-09-08", "shiftTypeId": "%s"}""".formatted(unit, id))
                .post("/api/v1/shifts").then().statusCode(201).body("startTime", equalTo("17:00:00"))
                .body("unpaidBreakMinutes", equalTo(20));
        patch(Fixtures.admin(), path, "{\"active\": false}").then().statusCode(200).body("active", equalTo(false));
        planOpenShift(", \"shiftTypeId\": \"" + id + "\"").then().statusCode(422)
                .body("errors.field", hasItem("shiftTypeId"));
    }

    @Test
    void agenciesChangeRatesAndDeactivate() {
        UUID agency = Fixtures.agency("21.50", "24.00");
        String path = "/api/v1/agency-companies/" + agency;
        patch(manager, path, "{\"dayHourlyRate\": 23.75, \"contactPerson\": \"Iona Reid\"}").then().statusCode(200)
                .body("dayHourlyRate", equalTo(23.75f)).body("nightHourlyRate", equalTo(24.0f));
        // New agency shifts take the new day rate.
        planOpenShift(", \"classification\": \"AGENCY\", \"agencyCompanyId\": \"" + agency + "\"").then()
                .statusCode(201).body("agencyHourlyRate", equalTo(23.75f));
        patch(manager, path, "{\"dayHourlyRate\": -1}").then().statusCode(400).body("errors.field", hasItem("dayHourlyRate"));
        patch(manager, path, "{\"nightHourlyRate\": 30, \"version\": 0}").then().statusCode(409);
        patch(Tokens.of("staff", home), path, "{\"notes\": \"x\"}").then().statusCode(403);
        patch(Tokens.of("inspector", home), path, "{\"notes\": \"x\"}").then().statusCode(403);
        patch(manager, "/api/v1/agency-companies/" + UUID.randomUUID(), "{\"notes\": \"x\"}").then().statusCode(404);
        patch(manager, path, "{\"active\": false}").then().statusCode(200).body("active", equalTo(false));
        given().auth().oauth2(manager).contentType(ContentType.JSON).body("""
                {"unitId": "%s", "date": "2026-09-09", "startTime": "08:00", "endTime": "16:00",
                 "classification": "AGENCY", "agencyCompanyId": "%s"}""".formatted(unit, agency))
                .post("/api/v1/shifts").then().statusCode(422).body("errors.field", hasItem("agencyCompanyId"));
    }

    /**
     * Each of homes, units, shift types and agencies answers its version as the ETag of GET and
     * PATCH, and takes If-Match: a stale one is 412 (problem JSON) and changes nothing; the
     * current one changes it and answers the next ETag; a stale body version is still 409.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"care-homes", "units", "shift-types", "agency-companies"})
    void everyPatchTakesIfMatchAndAnswers412WhenItIsStale(String collection) {
        String id;
        String token = manager;
        String change;
        switch (collection) {
            case "care-homes" -> {
                id = home.toString();
                change = "{\"occupancy\": %d}";
            }
            case "units" -> {
                id = unit.toString();
                change = "{\"idealNightStaff\": %d}";
            }
            case "shift-types" -> {
                id = given().auth().oauth2(Fixtures.admin()).contentType(ContentType.JSON).body("""
                        {"code": "E%d", "name": "Evening", "startTime": "16:00", "endTime": "22:00"}
                        """.formatted(Fixtures.serial())).post("/api/v1/shift-types").then().statusCode(201)
                        .extract().path("id");
                token = Fixtures.admin();
                change = "{\"unpaidBreakMinutes\": %d}";
            }
            default -> {
                id = Fixtures.agency("21.50", "24.00").toString();
                change = "{\"notes\": \"call %d\"}";
            }
        }
        String path = "/api/v1/" + collection + "/" + id;
        Response read = given().auth().oauth2(token).get(path);
        read.then().statusCode(200);
        String etag = read.header("ETag");
        long version = read.jsonPath().getLong("version");
        org.assertj.core.api.Assertions.assertThat(etag).isEqualTo("\"" + version + "\"");

        // Someone else changes it first: the ETag read is stale now.
        patch(token, path, change.formatted(7)).then().statusCode(200).header("ETag", "\"" + (version + 1) + "\"");
        given().auth().oauth2(token).header("If-Match", etag).contentType(ContentType.JSON).body(change.formatted(9))
                .patch(path).then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("https://careops.io/problems/precondition-failed"))
                .body("status", equalTo(412))
                .body("detail", containsString("since version " + version));
        given().auth().oauth2(token).get(path).then().statusCode(200).body("version", equalTo((int) version + 1))
                .header("ETag", "\"" + (version + 1) + "\"");
        // A tag that is not ours matches no version.
        given().auth().oauth2(token).header("If-Match", "\"abc\"").contentType(ContentType.JSON).body(change.formatted(9))
                .patch(path).then().statusCode(412);
        // The current ETag (also weak, W/"n") changes it.
        given().auth().oauth2(token).header("If-Match", "W/\"" + (version + 1) + "\"").contentType(ContentType.JSON)
                .body(change.formatted(9)).patch(path).then().statusCode(200)
                .header("ETag", "\"" + (version + 2) + "\"").body("version", equalTo((int) version + 2));
        // The body's version still works, 409 when stale.
        patch(token, path, change.formatted(5).replace("}", ", \"version\": " + version + "}")).then().statusCode(409);
        patch(token, path, change.formatted(5).replace("}", ", \"version\": " + (version + 2) + "}")).then()
                .statusCode(200);
    }
}
