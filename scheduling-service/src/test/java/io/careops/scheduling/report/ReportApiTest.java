package io.careops.scheduling.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.careops.platform.test.Tokens;
import io.careops.scheduling.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReportApiTest {

    private UUID home;
    private UUID unit;
    private UUID a;
    private UUID b;
    private UUID agency;

    private String plan(String date, String start, String end, UUID staff, String extra) {
        return given().auth().oauth2(Fixtures.admin()).contentType(ContentType.JSON).body("""
                {"unitId": "%s", "date": "%s", "startTime": "%s", "endTime": "%s"%s%s}
                """.formatted(unit, date, start, end, staff == null ? "" : ", \"staffId\": \"" + staff + "\"", extra))
                .post("/api/v1/shifts").then().statusCode(201).extract().path("id");
    }

    @BeforeEach
    void aprilInAHome() {
        home = Fixtures.careHome(); // budgets: overtime 5000.00, agency 9000.00 a month
        unit = Fixtures.unit(home);
        a = Fixtures.staffWithRate(home, "SCW", "14.00");
        b = Fixtures.staff(home, "SCW");
        UUID c = Fixtures.staffWithRate(home, "SSCW", "16.00");
        agency = Fixtures.agency("24.50", "27.00");
        String overtime = ", \"classification\": \"OVERTIME\"";
        plan("2026-04-01", "08:00", "20:00", a, "");
        plan("2026-04-02", "08:00", "20:00", a, overtime);
        plan("2026-04-03", "08:00", "14:00", a, overtime);
        plan("2026-04-02", "08:00", "20:00", b, overtime);
        plan("2026-04-04", "08:00", "20:00", c, "");
        String cancelled = plan("2026-04-05", "08:00", "20:00", c, overtime);
        given().auth().oauth2(Fixtures.admin()).post("/api/v1/shifts/" + cancelled + "/cancellation").then().statusCode(200);
        String byAgency = ", \"classification\": \"AGENCY\", \"agencyCompanyId\": \"" + agency + "\"";
        plan("2026-04-06", "08:00", "20:00", null, byAgency);
        plan("2026-04-06", "20:00", "08:00", null, byAgency);
        plan("2026-05-01", "08:00", "20:00", a, overtime); // outside the period
    }

    @Test
    void overtimePerPersonWithCostSpreadAndBudget() {
        given().auth().oauth2(Tokens.of("manager", home))
                .get("/api/v1/reports/overtime?careHomeId=" + home + "&from=2026-04-01&to=2026-04-30")
                .then().statusCode(200)
                .body("overtimeMultiplier", equalTo(1.5f))
                .body("people", hasSize(2))
                .body("people[0].staffId", equalTo(a.toString()))
                .body("people[0].overtimeHours", equalTo(18.00f))
                .body("people[0].overtimeShifts", equalTo(2))
                .body("people[0].totalHours", equalTo(30.00f))
                .body("people[0].shareOfOvertime", equalTo(0.600f))
                .body("people[0].overtimeCost", equalTo(378.00f))
                .body("people[1].staffId", equalTo(b.toString()))
                .body("people[1].overtimeCost", nullValue())
                .body("totals.overtimeHours", equalTo(30.00f))
                .body("totals.overtimeShifts", equalTo(3))
                .body("totals.allHours", equalTo(54.00f))
                .body("totals.overtimeShareOfHours", equalTo(0.556f))
                .body("totals.knownCost", equalTo(378.00f))
                .body("totals.peopleWithoutRate", equalTo(1))
                .body("totals.budget", equalTo(5000.00f))
                .body("totals.budgetUsed", equalTo(0.076f))
                .body("spread.gini", equalTo(0.400f))
                .body("spread.topFiveShare", equalTo(1.000f))
                .body("spread.peopleCounted", equalTo(3));
    }

    @Test
    void agencyHoursAndSpendPerCompanyAndUnitAgainstTheBudget() {
        given().auth().oauth2(Tokens.of("inspector", home))
                .get("/api/v1/reports/agency?careHomeId=" + home + "&from=2026-04-01&to=2026-04-30")
                .then().statusCode(200)
                .body("companies", hasSize(1))
                .body("companies[0].id", equalTo(agency.toString()))
                .body("companies[0].shifts", equalTo(2))
                .body("companies[0].hours", equalTo(24.00f))
                .body("companies[0].spend", equalTo(618.00f))
                .body("units[0].id", equalTo(unit.toString()))
                .body("units[0].spend", equalTo(618.00f))
                .body("totals.agencyHours", equalTo(24.00f))
                .body("totals.allHours", equalTo(78.00f))
                .body("totals.agencyShareOfHours", equalTo(0.308f))
                .body("totals.spend", equalTo(618.00f))
                .body("totals.budget", equalTo(9000.00f))
                .body("totals.budgetUsed", equalTo(0.069f));
    }

    @Test
    void periodsAreCheckedAndOtherHomesAre404() {
        given().auth().oauth2(Fixtures.admin()).get("/api/v1/reports/overtime?careHomeId=" + home + "&from=2026-04-30&to=2026-04-01")
                .then().statusCode(422).body("errors.field", hasItem("to"));
        given().auth().oauth2(Fixtures.admin()).get("/api/v1/reports/agency?careHomeId=" + home + "&from=2026-01-01&to=2027-01-02")
                .then().statusCode(422).body("errors.field", hasItem("to"));
        given().auth().oauth2(Fixtures.admin()).get("/api/v1/reports/agency?careHomeId=" + home + "&from=2026-04-01")
                .then().statusCode(400).body("errors.field", hasItem("to"));
        given().auth().oauth2(Tokens.of("manager", UUID.randomUUID()))
                .get("/api/v1/reports/overtime?careHomeId=" + home + "&from=2026-04-01&to=2026-04-30").then().statusCode(404);
        given().auth().oauth2(Tokens.of("staff", home))
                .get("/api/v1/reports/overtime?careHomeId=" + home + "&from=2026-04-01&to=2026-04-30").then().statusCode(403);
    }
}
