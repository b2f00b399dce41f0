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
}
