package io.careops.scheduling.staff;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import io.careops.platform.test.Tokens;
import io.careops.scheduling.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganisationApiTest {

    private static Response post(String path, String json) {
        return given().auth().oauth2(Fixtures.admin()).contentType(ContentType.JSON).body(json).post(path);
    }

    @Test
    void aUnitTakesTheLegacyStaffingDefaultsAndRefusesAnIdealBelowTheMinimum() {
        UUID home = Fixtures.careHome();
        post("/api/v1/units", "{\"careHomeId\": \"" + home + "\", \"name\": \"VG_LILY\", \"description\": \"Lily Wing\"}")
                .then().statusCode(201)
                .body("minDayStaff", equalTo(2)).body("minNightStaff", equalTo(1)).body("minWeekendStaff", equalTo(2))
                .body("idealDayStaff", equalTo(3)).body("idealNightStaff", equalTo(2));
        post("/api/v1/units", "{\"careHomeId\": \"" + home + "\", \"name\": \"VG_ROSE\", \"minDayStaff\": 4, \"idealDayStaff\": 3}")
                .then().statusCode(422).body("errors.field", hasItem("idealDayStaff"));
        post("/api/v1/units", "{\"careHomeId\": \"" + home + "\", \"name\": \"vg_lily\"}").then().statusCode(409);
        given().auth().oauth2(Tokens.of("staff", home)).get("/api/v1/units?careHomeId=" + home)
                .then().statusCode(200).body("totalItems", equalTo(1));
        given().auth().oauth2(Tokens.of("staff", UUID.randomUUID())).get("/api/v1/units?careHomeId=" + home)
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void staffAreFoundByNameOrNumberWithinTheCallersHomes() {
        UUID home = Fixtures.careHome();
        String number = "%06d".formatted(Fixtures.serial() % 1_000_000);
        String grace = """
                {"staffNumber": "%s", "firstName": "Grace", "lastName": "Zubrowska", "roleCode": "SSCW",
                 "careHomeId": "%s", "contractedHoursPerWeek": 37.5, "employmentStart": "2021-04-01",
                 "dateOfBirth": "1990-05-01", "optOutSignedOn": "2024-01-01", "team": "B", "hourlyRate": 14.25}
                """.formatted(number, home);
        String id = post("/api/v1/staff", grace).then().statusCode(201)
                .body("team", equalTo("B")).body("nightWorker", equalTo(false)).extract().path("id");
        post("/api/v1/staff", grace).then().statusCode(409).body("detail", equalTo("Staff number " + number + " is already in use"));

        given().auth().oauth2(Tokens.of("manager", home)).get("/api/v1/staff?q=zubr").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(id));
        given().auth().oauth2(Tokens.of("manager", home)).get("/api/v1/staff?q=grace zub").then().body("totalItems", equalTo(1));
        given().auth().oauth2(Tokens.of("manager", home)).get("/api/v1/staff?q=" + number).then().body("totalItems", equalTo(1));
        given().auth().oauth2(Tokens.of("manager", UUID.randomUUID())).get("/api/v1/staff?q=zubr").then().body("totalItems", equalTo(0));
        given().auth().oauth2(Tokens.of("manager", UUID.randomUUID())).get("/api/v1/staff/" + id).then().statusCode(404);
    }

    @Test
    void staffInputRulesAre400Or422AndWriteNothing() {
        UUID home = Fixtures.careHome();
        String base = """
                {"staffNumber": "%06d", "firstName": "Ann", "lastName": "Lee", "roleCode": "%s", "careHomeId": "%s",
                 "contractedHoursPerWeek": 37.5, "employmentStart": "2021-04-01"%s}
                """;
        post("/api/v1/staff", base.formatted(Fixtures.serial() % 1_000_000, "NURSE", home, ""))
                .then().statusCode(400).body("errors[0].field", equalTo("roleCode"))
                .body("errors[0].message", startsWith("must be one of ACT_ASST, ACT_COORD, ADMIN"));
        post("/api/v1/staff", base.formatted(Fixtures.serial() % 1_000_000, "SCW", home, ", \"employmentEnd\": \"2021-03-31\""))
                .then().statusCode(422).body("errors.field", hasItem("employmentEnd"));
        post("/api/v1/staff", base.formatted(Fixtures.serial() % 1_000_000, "SCW", home, ", \"optOutEndedOn\": \"2024-01-01\""))
                .then().statusCode(422).body("errors.field", hasItem("optOutEndedOn"));
        post("/api/v1/staff", base.formatted(Fixtures.serial() % 1_000_000, "SCW", home, ", \"team\": \"D\""))
                .then().statusCode(400).body("errors.field", hasItem("team"));
        post("/api/v1/staff", base.formatted(Fixtures.serial() % 1_000_000, "SCW", home, ", \"homeUnitId\": \""
                + Fixtures.unit(Fixtures.careHome()) + "\"")).then().statusCode(422).body("errors.field", hasItem("homeUnitId"));
        given().auth().oauth2(Fixtures.admin()).get("/api/v1/staff?careHomeId=" + home).then().body("totalItems", equalTo(0));
    }

    @Test
    void theCataloguesHoldTheLegacyRolesShiftTypes() {
        given().auth().oauth2(Tokens.allHomes("inspector")).get("/api/v1/roles?size=100").then().statusCode(200)
                .body("totalItems", equalTo(14))
                .body("items.find { it.code == 'SSCW' }.supervisory", equalTo(true))
                .body("items.find { it.code == 'SCA' }.supervisory", equalTo(false))
                .body("items.find { it.code == 'OM' }.management", equalTo(true))
                .body("items.find { it.code == 'SSCW' }.canManageRota", equalTo(true))
                .body("items.find { it.code == 'SCA' }.requiredHeadcount", equalTo(78));
        given().auth().oauth2(Tokens.allHomes("staff")).get("/api/v1/shift-types?size=100").then().statusCode(200)
                .body("items.code", hasItems("DAY_SENIOR", "DAY_ASSISTANT", "NIGHT_SENIOR", "NIGHT_ASSISTANT", "ADMIN"))
                .body("items.find { it.code == 'DAY_SENIOR' }.startTime", equalTo("07:45:00"))
                .body("items.find { it.code == 'DAY_SENIOR' }.allowedRoles", hasItems("SSCW", "SCW"));
        post("/api/v1/shift-types", "{\"code\": \"TWILIGHT\", \"name\": \"Twilight\", \"startTime\": \"17:00\", "
                + "\"endTime\": \"23:00\", \"allowedRoles\": [\"KING\"]}").then().statusCode(400)
                .body("errors[0].field", equalTo("roleCode"));
        post("/api/v1/shift-types", "{\"code\": \"TWILIGHT\", \"name\": \"Twilight\", \"startTime\": \"17:00\", "
                + "\"endTime\": \"23:00\", \"allowedRoles\": [\"SCA\"]}").then().statusCode(201);
        post("/api/v1/shift-types", "{\"code\": \"TWILIGHT\", \"name\": \"Twilight\", \"startTime\": \"17:00\", "
                + "\"endTime\": \"23:00\"}").then().statusCode(409);
    }

    @Test
    void aLeaverAndAWithdrawnOptOutAreRecordedAndRulesStillHold() {
        UUID home = Fixtures.careHome();
        String id = Fixtures.staff(home, "SCA").toString();
        String path = "/api/v1/staff/" + id;
        given().auth().oauth2(Fixtures.admin()).contentType(ContentType.JSON)
                .body("{\"roleCode\": \"SCW\", \"optOutSignedOn\": \"2025-01-06\", \"hourlyRate\": 13.10}").patch(path)
                .then().statusCode(200).body("roleCode", equalTo("SCW")).body("optOutSignedOn", equalTo("2025-01-06"))
                .body("firstName", equalTo("Grace"));
        given().auth().oauth2(Fixtures.admin()).contentType(ContentType.JSON)
                .body("{\"optOutEndedOn\": \"2026-03-01\", \"employmentEnd\": \"2026-06-30\"}").patch(path)
                .then().statusCode(200).body("optOutEndedOn", equalTo("2026-03-01")).body("employmentEnd", equalTo("2026-06-30"))
                .body("hourlyRate", equalTo(13.10f));
        given().auth().oauth2(Fixtures.admin()).contentType(ContentType.JSON).body("{\"employmentEnd\": \"2019-12-31\"}")
                .patch(path).then().statusCode(422).body("errors.field", hasItem("employmentEnd"));
        given().auth().oauth2(Fixtures.admin()).contentType(ContentType.JSON).body("{\"roleCode\": \"NURSE\"}")
                .patch(path).then().statusCode(400);
        given().auth().oauth2(Tokens.allHomes("staff")).contentType(ContentType.JSON).body("{\"active\": false}")
                .patch(path).then().statusCode(403);
        given().auth().oauth2(Tokens.of("manager", UUID.randomUUID())).contentType(ContentType.JSON)
                .body("{\"active\": false}").patch(path).then().statusCode(404);
        // A leaver cannot be rostered after their last day.
        UUID unit = Fixtures.unit(home);
        given().auth().oauth2(Fixtures.admin()).contentType(ContentType.JSON).body("""
                {"unitId": "%s", "date": "2026-07-01", "startTime": "08:00", "endTime": "20:00", "staffId": "%s"}
                """.formatted(unit, id)).post("/api/v1/shifts").then().statusCode(422);
    }
}
