package io.careops.incidentsafety.actionplan;

import static io.careops.incidentsafety.Fixtures.as;
import static io.careops.incidentsafety.Fixtures.move;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.containsString;

import io.careops.incidentsafety.Fixtures;
import io.careops.platform.test.EmbeddedPostgresResource;
import io.careops.platform.test.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Action plans as CSV, against plans made for it: in a fresh home, a HIGH plan identified
 * 2025-01-01 (target 2025-01-08: overdue by the days since), the same taken to COMPLETED (not
 * overdue), and a LOW plan identified today (target in 3 months). Newest first.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = io.careops.incidentsafety.UnitsStub.class, scope = TestResourceScope.GLOBAL)
class ActionPlanExportApiTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private static List<String> csv(String role, UUID home, String query) {
        return given().auth().oauth2(Tokens.of(role, home)).get("/api/v1/exports/action-plans/csv" + query).then()
                .statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("attachment; filename=\"action-plans-")).extract()
                .asString().lines().toList();
    }

    @Test
    void plansAsCsvWithTheListsFilters() {
        UUID home = UUID.randomUUID();
        String incident = Fixtures.incident(home, "2025-01-10", "FALL_BED", "NO_HARM", null);
        String late = Fixtures.plan(home, incident, "HIGH", "2025-01-01");
        String done = Fixtures.plan(home, incident, "HIGH", "2025-01-01");
        for (String step : List.of("ASSIGNED", "IN_PROGRESS", "COMPLETED")) {
            move("manager", home, done, step, null).then().statusCode(200);
        }
        String onTime = Fixtures.plan(home, incident, "LOW", null);
        LocalDate today = LocalDate.now(UK);
        long daysLate = ChronoUnit.DAYS.between(LocalDate.parse("2025-01-08"), today);

        List<String> all = csv("inspector", home, "");
        assertThat(all, hasSize(4));
        assertEquals("reference,legacyReference,careHomeId,incidentId,actionType,priority,actionStrength,"
                + "status,owner,problemStatement,actionDescription,identifiedOn,targetDate,overdue,daysOverdue,"
                + "percentComplete,completedOn,verifiedOn,effective,closedAt", all.get(0));
        assertThat(all.get(1), allOf(startsWith(onTime + ",," + home + "," + incident + ",PREVENTIVE,LOW,,IDENTIFIED,"),
                containsString("," + today + "," + today.plusMonths(3) + ",false,0,0,")));
        assertThat(all.get(2), allOf(startsWith(done + ","), containsString(",HIGH,,COMPLETED,"),
                containsString(",2025-01-01,2025-01-08,false,0,100," + today + ",")));
        assertEquals(late + ",," + home + "," + incident + ",PREVENTIVE,HIGH,,IDENTIFIED,"
                + "test-staff@careops.invalid,Falls after room move,Update the move checklist,2025-01-01,2025-01-08,true,"
                + daysLate + ",0,,,,", all.get(3));

        List<String> overdue = csv("manager", home, "?overdue=true");
        assertThat(overdue, hasSize(2));
        assertThat(overdue.get(1), startsWith(late + ","));
        List<String> completed = csv("admin", home, "?careHomeId=" + home + "&status=COMPLETED");
        assertThat(completed, hasSize(2));
        assertThat(completed.get(1), startsWith(done + ","));
        assertThat(csv("manager", home, "?priority=IMMEDIATE"), hasSize(1));
        // Another home's plans are not there, and naming a home the caller cannot see answers 404.
        assertThat(csv("manager", UUID.randomUUID(), ""), hasSize(1));
        given().auth().oauth2(Tokens.of("manager", UUID.randomUUID())).get("/api/v1/exports/action-plans/csv?careHomeId=" + home)
                .then().statusCode(404);
        given().auth().oauth2(Tokens.of("staff", home)).get("/api/v1/exports/action-plans/csv").then().statusCode(403);
        given().get("/api/v1/exports/action-plans/csv").then().statusCode(401);
        as("manager", home).get("/api/v1/exports/action-plans/csv?status=FINISHED").then().statusCode(400);
    }
}
