package io.careops.scheduling.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.careops.platform.test.Tokens;
import io.careops.scheduling.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Payroll, overtime and agency exports against hand-worked figures. March 2026 in one home:
 * <ul>
 * <li>Ailsa (rate 12.00): 2 Mar 07:00-19:00, 1 h unpaid break, regular: 660 paid minutes; 4 Mar
 * the same shift flagged overtime, actually worked 07:00-20:00: 13 h less the break, 720 minutes.
 * Paid 1,380, overtime 720, regular 660. Overtime cost 12.00 x 1.5 x 12.00 h = 216.00.</li>
 * <li>Bruce: night 3 Mar 20:00-08:00, 30 min break: 690 minutes, all regular.</li>
 * <li>Agency worker A. Nowak: 5 Mar 07:00-19:00, 1 h break, 30.00 an hour: 660 minutes, 330.00.</li>
 * <li>Left out: Ailsa's shift on 6 Mar (cancelled) and an open shift on 7 Mar (no one to pay).</li>
 * </ul>
 * Totals: paid 2,730 minutes, regular 1,350, overtime 720, agency 660.
 */
@QuarkusTest
class PayrollExportApiTest {

    UUID home;
    UUID unit;
    UUID ailsa;
    UUID bruce;
    UUID agency;

    private String shift(String date, String start, String end, int breakMinutes, String cover) {
        String body = """
                {"unitId": "%s", "date": "%s", "startTime": "%s", "endTime": "%s", "unpaidBreakMinutes": %d%s}
                """.formatted(unit, date, start, end, breakMinutes, cover);
        return given().auth().oauth2(Fixtures.admin()).contentType(ContentType.JSON).body(body).post("/api/v1/shifts")
                .then().statusCode(201).extract().path("id");
    }

    @BeforeEach
    void march() {
        home = Fixtures.careHome();
        unit = Fixtures.unit(home);
        ailsa = Fixtures.staffWithRate(home, "SCW", "12.00");
        bruce = Fixtures.staff(home, "SCW");
        agency = Fixtures.agency("24.50", "27.00");
        shift("2026-03-02", "07:00", "19:00", 60, ", \"staffId\": \"" + ailsa + "\"");
        String kept = shift("2026-03-04", "07:00", "19:00", 60, ", \"staffId\": \"" + ailsa + "\", \"overtime\": true");
        given().auth().oauth2(Fixtures.admin()).contentType(ContentType.JSON).body("""
                {"actualStart": "2026-03-04T07:00:00Z", "actualEnd": "2026-03-04T20:00:00Z", "reason": "Kept on for cover"}
                """).put("/api/v1/shifts/" + kept + "/actual-hours").then().statusCode(200);
        shift("2026-03-03", "20:00", "08:00", 30, ", \"staffId\": \"" + bruce + "\"");
        shift("2026-03-05", "07:00", "19:00", 60, ", \"classification\": \"AGENCY\", \"agencyCompanyId\": \"" + agency
                + "\", \"agencyWorkerName\": \"A. Nowak\", \"agencyHourlyRate\": 30.00");
        String cancelled = shift("2026-03-06", "07:00", "19:00", 60, ", \"staffId\": \"" + ailsa + "\"");
        given().auth().oauth2(Fixtures.admin()).post("/api/v1/shifts/" + cancelled + "/cancellation").then().statusCode(200);
        shift("2026-03-07", "07:00", "19:00", 60, "");
    }

    private String csv(String path, String token, String to) {
        return given().auth().oauth2(token).queryParam("careHomeId", home).queryParam("from", "2026-03-01")
                .queryParam("to", to).get("/api/v1/exports/" + path + "/csv").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("attachment; filename=\"" + path + "-")).extract().asString();
    }

    @Test
    void payrollCsvHasPaidMinutesPerPersonWithTheOvertimeAndAgencySplit() {
        List<String> lines = csv("payroll", Tokens.of("manager", home), "2026-03-31").lines().toList();
        String a = Fixtures.staffNumber(ailsa);
        String b = Fixtures.staffNumber(bruce);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("kind,staffNumber,name,role,agency,shifts,shiftsWithActualHours,paidMinutes,"
                + "regularMinutes,overtimeMinutes,agencyMinutes,paidHours,hourlyRate,agencyCost");
        List<String> staff = lines.subList(1, 3);
        assertThat(staff).anySatisfy(line -> assertThat(line).startsWith("STAFF," + a + ",Grace MacDonald")
                .endsWith(",SCW,,2,1,1380,660,720,0,23.00,12.00,"));
        assertThat(staff).anySatisfy(line -> assertThat(line).startsWith("STAFF," + b + ",")
                .endsWith(",SCW,,1,0,690,690,0,0,11.50,,"));
        assertThat(lines.get(3)).matches("AGENCY,,A\\. Nowak,,Agency \\d+,1,0,660,0,0,660,11\\.00,,330\\.00");
    }

    @Test
    void payrollJsonCarriesTheSameLinesAndTheTotals() {
        given().auth().oauth2(Fixtures.admin()).queryParam("careHomeId", home).queryParam("from", "2026-03-01")
                .queryParam("to", "2026-03-31").get("/api/v1/exports/payroll/json").then().statusCode(200)
                .contentType(ContentType.JSON).header("Content-Disposition", containsString("payroll-"))
                .body("lines.size()", equalTo(3))
                .body("lines.find { it.staffId == '" + ailsa + "' }.overtimeMinutes", equalTo(720))
                .body("lines.find { it.staffId == '" + ailsa + "' }.paidMinutes", equalTo(1380))
                .body("lines.find { it.kind == 'AGENCY' }.agencyCost", equalTo(330.0f))
                .body("totals.people", equalTo(3)).body("totals.paidMinutes", equalTo(2730))
                .body("totals.regularMinutes", equalTo(1350)).body("totals.overtimeMinutes", equalTo(720))
                .body("totals.agencyMinutes", equalTo(660));
    }

    @Test
    void overtimeAndAgencyCsvAreTheReportsFigures() {
        List<String> overtime = csv("overtime", Fixtures.admin(), "2026-03-31").lines().toList();
        assertThat(overtime).containsExactly("staffNumber,name,overtimeHours,overtimeShifts,totalHours,shareOfOvertime,"
                + "overtimeCost", Fixtures.staffNumber(ailsa) + "," + name(ailsa) + ",12.00,1,23.00,1.000,216.00");
        List<String> agencyLines = csv("agency", Tokens.of("inspector", home), "2026-03-31").lines().toList();
        assertThat(agencyLines).hasSize(3);
        assertThat(agencyLines.get(0)).isEqualTo("by,id,name,shifts,hours,spend");
        assertThat(agencyLines.get(1)).startsWith("company," + agency + ",Agency ").endsWith(",1,11.00,330.00");
        assertThat(agencyLines.get(2)).startsWith("unit," + unit + ",UNIT_").endsWith(",1,11.00,330.00");
        // The JSON report says the same.
        given().auth().oauth2(Fixtures.admin()).queryParam("careHomeId", home).queryParam("from", "2026-03-01")
                .queryParam("to", "2026-03-31").get("/api/v1/reports/overtime").then().statusCode(200)
                .body("people[0].overtimeCost", equalTo(216.0f)).body("totals.overtimeHours", equalTo(12.0f));
    }

    private static String name(UUID staffId) {
        return given().auth().oauth2(Fixtures.admin()).get("/api/v1/staff/" + staffId).then().extract().path("firstName")
                + " " + given().auth().oauth2(Fixtures.admin()).get("/api/v1/staff/" + staffId).then().extract().path("lastName");
    }

    @Test
    void rolesAndPeriodBounds() {
        given().auth().oauth2(Tokens.of("inspector", home)).queryParam("careHomeId", home).queryParam("from", "2026-03-01")
                .queryParam("to", "2026-03-31").get("/api/v1/exports/payroll/csv").then().statusCode(403);
        given().auth().oauth2(Tokens.of("staff", home)).queryParam("careHomeId", home).queryParam("from", "2026-03-01")
                .queryParam("to", "2026-03-31").get("/api/v1/exports/overtime/csv").then().statusCode(403);
        given().auth().oauth2(Tokens.of("manager", UUID.randomUUID())).queryParam("careHomeId", home)
                .queryParam("from", "2026-03-01").queryParam("to", "2026-03-31").get("/api/v1/exports/payroll/json")
                .then().statusCode(404);
        given().auth().oauth2(Fixtures.admin()).queryParam("careHomeId", home).queryParam("from", "2026-03-01")
                .queryParam("to", "2026-04-01").get("/api/v1/exports/payroll/csv").then().statusCode(422)
                .body("errors.field", hasItem("to"));
        given().auth().oauth2(Fixtures.admin()).queryParam("careHomeId", home).queryParam("from", "2026-03-31")
                .queryParam("to", "2026-03-01").get("/api/v1/exports/payroll/json").then().statusCode(422);
        given().auth().oauth2(Fixtures.admin()).queryParam("careHomeId", home).queryParam("from", "2026-01-01")
                .queryParam("to", "2027-01-02").get("/api/v1/exports/agency/csv").then().statusCode(422)
                .body("errors.field", hasItem("to"));
        given().auth().oauth2(Fixtures.admin()).queryParam("careHomeId", home).queryParam("to", "2026-03-31")
                .get("/api/v1/exports/overtime/csv").then().statusCode(400).body("errors.field", hasItem("from"));
    }
}
