package io.careops.scheduling.drill;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.careops.platform.test.Tokens;
import io.careops.scheduling.drill.ComplianceFaults.Fault;
import io.careops.scheduling.support.Fixtures;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Fault drill: the compliance service down or slow. Scheduling asks it for the certifications
 * component of rota health, guarded by a 3 s timeout, one retry and a circuit breaker of its own
 * (GuardedCompliance.statusOfHome, over a client with a 1 s connect and a 3.5 s read timeout), and
 * for the certification check at assignment,
 * guarded by a 1.5 s timeout, one retry and a circuit breaker (GuardedCompliance). Whatever compliance does, rota health and shift
 * assignment must answer within their time budgets (stated in the scheduling README):
 * <ul>
 * <li>rota health: {@link #ROTA_HEALTH_BUDGET}: compliance can hold it for at most 3 s (the guard's
 * timeout, not retried; a refused connection is retried once after 100 ms), and its own work takes well under a second on an idle
 * machine, so 8 s leaves room for a loaded CI machine while still failing a missing or longer
 * timeout; without compliance's answer it is partial, never an error;</li>
 * <li>shift assignment: {@link #ASSIGNMENT_BUDGET}; it waits at most 1.5 s for compliance, then
 * goes through with a certification warning.</li>
 * </ul>
 * The budgets are resilience bounds with margin, not performance targets: the benchmark script
 * measures speed. Each case prints its figures on a line starting {@code DRILL compliance-fault}.
 */
@QuarkusTest
@WithTestResource(ComplianceFaults.class)
class ComplianceFaultDrillTest {

    static final Duration ROTA_HEALTH_BUDGET = Duration.ofSeconds(8);
    static final Duration ASSIGNMENT_BUDGET = Duration.ofSeconds(3);

    @AfterEach
    void heal() {
        ComplianceFaults.set(Fault.NONE);
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void rotaHealthAndShiftAssignmentAnswerWithinTheirBudgets(Fault fault) {
        LocalDate day = LocalDate.now().plusDays(21).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        UUID home = Fixtures.careHome();
        UUID unit = Fixtures.unit(home);
        UUID senior = Fixtures.staff(home, "SSCW");
        UUID spare = Fixtures.staff(home, "SCA");
        plan(unit, day, Fixtures.DAY_SENIOR, senior);
        String open = plan(unit, day, Fixtures.NIGHT_ASSISTANT, null);
        // Warm: the first rota health of a run pays for class loading and JIT, which is no part of a fault.
        given().auth().oauth2(Tokens.of("manager", home)).get("/api/v1/rota-health?careHomeId=" + home + "&from=" + day
                + "&to=" + day).then().statusCode(200);
        ComplianceFaults.set(fault);
        int askedBefore = ComplianceFaults.ASKED.get();

        long started = System.nanoTime();
        Response health = given().auth().oauth2(Tokens.of("manager", home))
                .get("/api/v1/rota-health?careHomeId=" + home + "&from=" + day + "&to=" + day);
        long healthMillis = (System.nanoTime() - started) / 1_000_000;

        started = System.nanoTime();
        Response assignment = given().auth().oauth2(Tokens.of("manager", home)).contentType(ContentType.JSON)
                .body("{\"staffId\": \"" + spare + "\"}").post("/api/v1/shifts/" + open + "/assignment");
        long assignmentMillis = (System.nanoTime() - started) / 1_000_000;

        System.out.printf("DRILL compliance-fault %s: rota health %d %d ms (budget %d ms), partial %s; "
                + "shift assignment %d %d ms (budget %d ms)%n", fault, health.statusCode(), healthMillis,
                ROTA_HEALTH_BUDGET.toMillis(), health.statusCode() == 200 ? health.jsonPath().getBoolean("score.partial") : null,
                assignment.statusCode(), assignmentMillis, ASSIGNMENT_BUDGET.toMillis());

        assertThat(health.statusCode()).as("rota health answers").isEqualTo(200);
        JsonPath body = health.jsonPath();
        boolean answered = fault == Fault.NONE || fault == Fault.SLOW_BUT_IN_TIME;
        assertThat(body.getBoolean("score.partial")).as("partial exactly when compliance did not answer").isEqualTo(!answered);
        assertThat(body.getBoolean("components.find { it.name == 'certifications' }.available")).isEqualTo(answered);
        if (fault != Fault.DOWN && fault != Fault.UNREACHABLE) {
            assertThat(ComplianceFaults.ASKED.get()).as("compliance was asked").isGreaterThan(askedBefore);
        }
        assertThat(healthMillis).as("rota health within its budget").isLessThan(ROTA_HEALTH_BUDGET.toMillis());

        assertThat(assignment.statusCode()).as("assignment answers").isEqualTo(200);
        assertThat(assignment.jsonPath().getString("staffId")).isEqualTo(spare.toString());
        assertThat(assignmentMillis).as("assignment within its budget").isLessThan(ASSIGNMENT_BUDGET.toMillis());
    }

    private static String plan(UUID unit, LocalDate day, String shiftType, UUID staff) {
        return given().auth().oauth2(Fixtures.admin()).contentType(ContentType.JSON).body("""
                {"unitId": "%s", "date": "%s", "shiftTypeId": "%s", "unpaidBreakMinutes": 30, "staffId": %s}
                """.formatted(unit, day, shiftType, staff == null ? "null" : "\"" + staff + "\""))
                .post("/api/v1/shifts").then().statusCode(201).extract().path("id");
    }
}
