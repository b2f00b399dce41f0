package io.careops.incidentsafety.trends;

import static io.careops.incidentsafety.Fixtures.move;
import static io.careops.incidentsafety.Fixtures.review;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.careops.incidentsafety.Fixtures;
import io.careops.platform.test.EmbeddedPostgresResource;
import io.careops.platform.test.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Trends on hand-built data: every expected figure below is worked out from the records made in
 * {@link #data()}, so a figure that is not computed from data cannot pass.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = io.careops.incidentsafety.UnitsStub.class, scope = TestResourceScope.GLOBAL)
class TrendApiTest {

    private static final UUID HOME = UUID.randomUUID();
    private static final UUID U1 = io.careops.incidentsafety.UnitsStub.unitOf(HOME);
    private static final UUID U2 = io.careops.incidentsafety.UnitsStub.unitOf(HOME);
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static boolean built;

    private static RequestSpecification inspector() {
        return given().config(RestAssuredConfig.config().jsonConfig(
                        JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE)))
                .auth().oauth2(Tokens.of("inspector", HOME));
    }

    private static void manage(String plan, String... steps) {
        for (String step : steps) {
            if (step.equals("CLOSED")) {
                review(HOME, plan, true);
            }
            move("manager", HOME, plan, step, "trend data").then().statusCode(200);
        }
    }

    @BeforeEach
    void data() {
        if (built) {
            return;
        }
        built = true;
        // January 2025: the period before the range, for February's change.
        Fixtures.incident(HOME, "2025-01-10", "FALL_BED", "LOW_HARM", U1);
        Fixtures.incident(HOME, "2025-01-20", "FALL_CHAIR", "NO_HARM", U2);
        // February 2025
        String majorFall = Fixtures.incident(HOME, "2025-02-03", "FALL_BED", "MAJOR_HARM", U1);
        Fixtures.incident(HOME, "2025-02-14", "MED_ERROR_OMISSION", "LOW_HARM", U1);
        String neglect = Fixtures.incident(HOME, "2025-02-28", "SUSPECTED_NEGLECT", "NO_HARM", U2);
        String minorFall = Fixtures.incident(HOME, "2025-02-20", "FALL_BED", "NO_HARM", null);
        // March 2025
        Fixtures.incident(HOME, "2025-03-01", "FALL_CHAIR", "MODERATE_HARM", U2);
        Fixtures.incident(HOME, "2025-03-31", "NEAR_MISS", "NO_HARM", U1);
        // Outside the range, and another home: never counted.
        Fixtures.incident(HOME, "2025-04-01", "FALL_BED", "LOW_HARM", U1);
        UUID elsewhere = UUID.randomUUID();
        Fixtures.incident(elsewhere, "2025-02-10", "FALL_BED", "DEATH", io.careops.incidentsafety.UnitsStub.unitOf(elsewhere));

        // Investigations: the major fall approved (then closed), the neglect allegation still in progress.
        Fixtures.approvedAnalysis(HOME, majorFall, "Bed rails down.", "Check bed rails at each round.", "Rail audit.");
        Fixtures.analysis(HOME, neglect, "Pending.", "Pending.", null);
        closeIncident(majorFall);
        closeIncident(minorFall);

        // Plans identified in the range: P1 overdue (identified), P2 overdue (in progress), P3 closed effective,
        // P4 verified effective, P6 completed; P5 identified before the range.
        Fixtures.plan(HOME, majorFall, "HIGH", "2025-02-05");
        manage(Fixtures.plan(HOME, majorFall, "LOW", "2025-02-10"), "ASSIGNED", "IN_PROGRESS");
        manage(Fixtures.plan(HOME, majorFall, "MEDIUM", "2025-03-01"), "ASSIGNED", "IN_PROGRESS", "COMPLETED", "VERIFIED", "CLOSED");
        String p4 = Fixtures.plan(HOME, majorFall, "MEDIUM", "2025-03-15");
        manage(p4, "ASSIGNED", "IN_PROGRESS", "COMPLETED", "VERIFIED");
        review(HOME, p4, true);
        Fixtures.plan(HOME, majorFall, "HIGH", "2025-01-15");
        manage(Fixtures.plan(HOME, majorFall, "LOW", "2025-03-20"), "ASSIGNED", "IN_PROGRESS", "COMPLETED");
    }

    private static void closeIncident(String id) {
        Fixtures.as("manager", HOME).body("{\"to\": \"CLOSED\"}").post("/api/v1/incidents/" + id + "/transitions")
                .then().statusCode(200);
    }

    private static Map<String, Integer> counts(Object... keysAndCounts) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndCounts.length; i += 2) {
            map.put(String.valueOf(keysAndCounts[i]), (Integer) keysAndCounts[i + 1]);
        }
        return map;
    }

    @Test
    void monthlyTrendsAreCountedFromTheRecords() {
        long majorFallDays = ChronoUnit.DAYS.between(LocalDate.parse("2025-02-03"), TODAY);
        long minorFallDays = ChronoUnit.DAYS.between(LocalDate.parse("2025-02-20"), TODAY);
        long planDays = ChronoUnit.DAYS.between(LocalDate.parse("2025-03-01"), TODAY);
        inspector().get("/api/v1/trends?careHomeId=" + HOME + "&from=2025-02-01&to=2025-03-31&interval=month")
                .then().statusCode(200)
                .body("from", equalTo("2025-02-01")).body("to", equalTo("2025-03-31")).body("interval", equalTo("MONTH"))
                .body("periods.start", equalTo(List.of("2025-02-01", "2025-03-01")))
                .body("periods.end", equalTo(List.of("2025-02-28", "2025-03-31")))
                // February: 4 incidents (2 falls in bed, an omission, a neglect allegation)
                .body("periods[0].incidents", equalTo(4))
                .body("periods[0].byType", equalTo(counts("FALL_BED", 2, "MED_ERROR_OMISSION", 1, "SUSPECTED_NEGLECT", 1)))
                .body("periods[0].byTypeGroup", equalTo(counts("CLINICAL", 1, "FALLS_AND_INJURIES", 2, "SAFEGUARDING", 1)))
                .body("periods[0].bySeverity", equalTo(counts("NO_HARM", 2, "LOW_HARM", 1, "MODERATE_HARM", 0, "MAJOR_HARM", 1, "DEATH", 0)))
                .body("periods[0].byUnit", equalTo(counts(U1, 2, U2, 1, "unassigned", 1)))
                // against January's 2: +2, +100 %
                .body("periods[0].change.previous", equalTo(2)).body("periods[0].change.difference", equalTo(2))
                .body("periods[0].change.percent", equalTo(100.0))
                // investigations needed: the major fall (approved) and the allegation (in progress): 1 of 2
                .body("periods[0].analysis.required", equalTo(2)).body("periods[0].analysis.approved", equalTo(1))
                .body("periods[0].analysis.completionRate", equalTo(50.0))
                // March: 2 incidents, down 2 on February's 4 (-50 %); the moderate fall needs an analysis it lacks
                .body("periods[1].incidents", equalTo(2))
                .body("periods[1].byType", equalTo(counts("FALL_CHAIR", 1, "NEAR_MISS", 1)))
                .body("periods[1].bySeverity", equalTo(counts("NO_HARM", 1, "LOW_HARM", 0, "MODERATE_HARM", 1, "MAJOR_HARM", 0, "DEATH", 0)))
                .body("periods[1].byUnit", equalTo(counts(U1, 1, U2, 1)))
                .body("periods[1].change.previous", equalTo(4)).body("periods[1].change.difference", equalTo(-2))
                .body("periods[1].change.percent", equalTo(-50.0))
                .body("periods[1].analysis.required", equalTo(1)).body("periods[1].analysis.approved", equalTo(0))
                .body("periods[1].analysis.completionRate", equalTo(0.0))
                // the range: 6 incidents, 1 of 3 investigations approved (33.3 %), two closed
                .body("totals.incidents", equalTo(6))
                .body("totals.analysis.required", equalTo(3)).body("totals.analysis.approved", equalTo(1))
                .body("totals.analysis.completionRate", equalTo(33.3))
                .body("totals.closed", equalTo(2))
                .body("totals.medianDaysToClose", equalTo((majorFallDays + minorFallDays) / 2.0))
                // plans identified 1 Feb - 31 Mar: P1, P2, P3, P4, P6
                .body("actionPlans.identified", equalTo(5))
                .body("actionPlans.open", equalTo(4))
                .body("actionPlans.overdue", equalTo(2))
                .body("actionPlans.verifiedEffective", equalTo(2))
                .body("actionPlans.closed", equalTo(1))
                .body("actionPlans.medianDaysToClose", equalTo((double) planDays));
    }

    @Test
    void quartersCompareWithTheQuarterBefore() {
        inspector().get("/api/v1/trends?careHomeId=" + HOME + "&from=2025-01-01&to=2025-03-31&interval=quarter")
                .then().statusCode(200)
                .body("periods.size()", equalTo(1))
                .body("periods[0].incidents", equalTo(8))
                .body("periods[0].change.previous", equalTo(0)).body("periods[0].change.difference", equalTo(8))
                .body("periods[0].change.percent", nullValue());
        inspector().get("/api/v1/trends?careHomeId=" + HOME + "&from=2025-04-01&to=2025-04-06&interval=week")
                .then().statusCode(200).body("periods.start", equalTo(List.of("2025-03-31")))
                .body("periods[0].incidents", equalTo(2)).body("periods[0].byType", equalTo(counts("FALL_BED", 1, "NEAR_MISS", 1)));
    }

    @Test
    void badParametersAre400AndAnotherHomeIs404() {
        Fixtures.expectStatus(inspector().get("/api/v1/trends?interval=fortnight"), 400).body("errors.field", hasItem("interval"));
        Fixtures.expectStatus(inspector().get("/api/v1/trends?from=2025-03-01&to=2025-02-01"), 400).body("errors.field", hasItem("from"));
        Fixtures.expectStatus(inspector().get("/api/v1/trends?from=2000-01-01&to=2025-02-01&interval=week"), 400);
        Fixtures.expectStatus(inspector().get("/api/v1/trends?from=2025-02-30"), 400);
        Fixtures.expectStatus(inspector().get("/api/v1/trends?careHomeId=" + UUID.randomUUID()), 404);
    }
}
