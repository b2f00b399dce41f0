package io.careops.scheduling.rota;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.careops.platform.test.Tokens;
import io.careops.scheduling.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RotaApiTest {

    private static String plan(String json) {
        return given().auth().oauth2(Fixtures.admin()).contentType(ContentType.JSON).body(json).post("/api/v1/shifts")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void aWeekShowsEachPeriodsStaffingAgainstTheUnitsMinimumAndIdeal() {
        UUID home = Fixtures.careHome();
        UUID unit = Fixtures.unit(home); // minimum 2 day / 1 night / 2 weekend day, ideal 3 / 2
        UUID senior = Fixtures.staff(home, "SSCW");
        UUID worker = Fixtures.staff(home, "SCW");
        UUID agency = Fixtures.agency("24.50", "27.00");
        String monday = "2026-03-02";
        plan("{\"unitId\": \"%s\", \"date\": \"%s\", \"shiftTypeId\": \"%s\", \"staffId\": \"%s\"}"
                .formatted(unit, monday, Fixtures.DAY_SENIOR, senior));
        plan("{\"unitId\": \"%s\", \"date\": \"%s\", \"shiftTypeId\": \"%s\", \"staffId\": \"%s\"}"
                .formatted(unit, monday, Fixtures.DAY_SENIOR, worker));
        plan("{\"unitId\": \"%s\", \"date\": \"%s\", \"startTime\": \"08:00\", \"endTime\": \"20:00\"}".formatted(unit, monday));
        plan(("{\"unitId\": \"%s\", \"date\": \"%s\", \"startTime\": \"20:00\", \"endTime\": \"08:00\", \"classification\": "
                + "\"AGENCY\", \"agencyCompanyId\": \"%s\", \"agencyWorkerName\": \"J. Smith\"}").formatted(unit, monday, agency));
        String cancelled = plan(("{\"unitId\": \"%s\", \"date\": \"2026-03-03\", \"startTime\": \"08:00\", "
                + "\"endTime\": \"20:00\", \"staffId\": \"%s\"}").formatted(unit, worker));
        given().auth().oauth2(Fixtures.admin()).post("/api/v1/shifts/" + cancelled + "/cancellation").then().statusCode(200);

        given().auth().oauth2(Tokens.of("staff", home)).get("/api/v1/rota?unitId=" + unit + "&weekStart=" + monday)
                .then().statusCode(200)
                .body("weekEnd", equalTo("2026-03-08"))
                .body("days", hasSize(7))
                .body("days[0].periods[0].period", equalTo("DAY"))
                .body("days[0].periods[0].minimum", equalTo(2))
                .body("days[0].periods[0].ideal", equalTo(3))
                .body("days[0].periods[0].staffed", equalTo(2))
                .body("days[0].periods[0].open", equalTo(1))
                .body("days[0].periods[0].status", equalTo("BELOW_IDEAL"))
                .body("days[0].periods[0].belowIdealBy", equalTo(1))
                .body("days[0].periods[0].supervisorOnShift", equalTo(true))
                .body("days[0].periods[0].shifts", hasSize(3))
                .body("days[0].periods[0].shifts.roleCode", hasItem("SSCW"))
                .body("days[0].periods[1].period", equalTo("NIGHT"))
                .body("days[0].periods[1].staffed", equalTo(1))
                .body("days[0].periods[1].status", equalTo("BELOW_IDEAL"))
                .body("days[0].periods[1].supervisorOnShift", equalTo(false))
                .body("days[0].periods[1].shifts[0].agencyWorkerName", equalTo("J. Smith"))
                // Tuesday: the only shift was cancelled, so the day is a gap of the full minimum.
                .body("days[1].periods[0].staffed", equalTo(0))
                .body("days[1].periods[0].belowMinimumBy", equalTo(2))
                .body("days[1].periods[0].shifts", hasSize(0))
                // Saturday's day period uses the weekend minimum.
                .body("days[5].weekend", equalTo(true))
                .body("days[5].periods[0].minimum", equalTo(2))
                .body("summary.periodsBelowMinimum", equalTo(12))
                .body("summary.periodsBelowIdeal", equalTo(2))
                .body("summary.openShifts", equalTo(1))
                .body("summary.gaps[0].date", equalTo("2026-03-03"))
                .body("summary.gaps[0].shortBy", equalTo(2));
    }

    @Test
    void anotherHomesUnitIs404AndBadParametersAre400() {
        UUID unit = Fixtures.unit(Fixtures.careHome());
        given().auth().oauth2(Tokens.of("manager", UUID.randomUUID())).get("/api/v1/rota?unitId=" + unit + "&weekStart=2026-03-02")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Fixtures.admin()).get("/api/v1/rota?weekStart=2026-03-02")
                .then().statusCode(400).body("errors.field", hasItem("unitId"));
        given().auth().oauth2(Fixtures.admin()).get("/api/v1/rota?unitId=" + unit + "&weekStart=2026-02-30")
                .then().statusCode(400).body("errors.field", hasItem("weekStart"));
    }
}
