package io.careops.scheduling.rotahealth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.careops.platform.test.Tokens;
import io.careops.scheduling.support.CountingStatements;
import io.careops.scheduling.support.Fixtures;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rota health reads one snapshot: the same number of queries for one week as for eight, and a
 * history scores each week exactly as rota health of that week alone does. The rota: four weeks
 * up to this one, each with a senior and an assistant by day on Monday to Wednesday, an open
 * night on Tuesday and an overtime night on Thursday; the assistant's PVG expired three weeks ago.
 */
@QuarkusTest
@WithTestResource(ComplianceStub.class)
class RotaHealthSnapshotApiTest {

    private final LocalDate thisMonday = LocalDate.now(ZoneId.of("Europe/London"))
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    private UUID home;
    private UUID unit;

    @BeforeEach
    void rota() {
        home = Fixtures.careHome();
        unit = Fixtures.unit(home);
        UUID senior = Fixtures.staff(home, "SSCW");
        UUID assistant = Fixtures.staffWithRate(home, "SCA", "12.50");
        UUID extra = Fixtures.staffWithRate(home, "SCA", "11.00");
        for (int back = 3; back >= 0; back--) {
            LocalDate monday = thisMonday.minusWeeks(back);
            for (int day = 0; day < 3; day++) {
                plan(monday.plusDays(day), Fixtures.DAY_SENIOR, senior, false);
                plan(monday.plusDays(day), Fixtures.DAY_ASSISTANT, assistant, false);
            }
            plan(monday.plusDays(1), Fixtures.NIGHT_ASSISTANT, null, false);
            plan(monday.plusDays(3), Fixtures.NIGHT_ASSISTANT, extra, true);
        }
        ComplianceStub.lapsed(assistant, "PVG", "PVG scheme membership", thisMonday.minusWeeks(3).toString());
    }

    @AfterEach
    void reset() {
        ComplianceStub.LAPSED.clear();
    }

    private void plan(LocalDate day, String shiftType, UUID staff, boolean overtime) {
        given().auth().oauth2(Fixtures.admin()).contentType(ContentType.JSON).body("""
                {"unitId": "%s", "date": "%s", "shiftTypeId": "%s", "unpaidBreakMinutes": 30, "staffId": %s,
                 "overtime": %s}
                """.formatted(unit, day, shiftType, staff == null ? "null" : "\"" + staff + "\"", overtime))
                .post("/api/v1/shifts").then().statusCode(201);
    }

    private JsonPath get(String path) {
        return given().auth().oauth2(Tokens.of("manager", home)).get(path).then().statusCode(200).extract().jsonPath();
    }

    private int statements(String path) {
        CountingStatements.start();
        get(path);
        List<String> sent = CountingStatements.stop();
        System.out.printf("STATEMENTS %s: %d%n", path.replace(home.toString(), "<home>"), sent.size());
        return sent.size();
    }

    @Test
    void theSameNumberOfQueriesForOneWeekAsForEight() {
        String health = "/api/v1/rota-health?careHomeId=" + home + "&from=" + thisMonday.minusWeeks(3);
        get(health + "&to=" + thisMonday.plusDays(6)); // warm

        int oneWeek = statements(health + "&to=" + thisMonday.minusWeeks(3).plusDays(6));
        int fourWeeks = statements(health + "&to=" + thisMonday.plusDays(6));
        int historyOfOne = statements("/api/v1/rota-health/history?careHomeId=" + home + "&weeks=1");
        int historyOfEight = statements("/api/v1/rota-health/history?careHomeId=" + home + "&weeks=8");

        assertThat(fourWeeks).isEqualTo(oneWeek);
        assertThat(historyOfEight).isEqualTo(historyOfOne);
        // home, units, shifts, staff, their shifts and leave around the period, rest given, roles, shift types
        assertThat(oneWeek).isLessThanOrEqualTo(10);
        assertThat(historyOfOne).isLessThanOrEqualTo(10);
    }

    @Test
    void historyScoresEachWeekAsRotaHealthOfThatWeekAlone() throws InterruptedException {
        // Another test class may have left the compliance circuit breaker open (it closes 5 s later).
        List<Map<String, Object>> history = get("/api/v1/rota-health/history?careHomeId=" + home + "&weeks=4")
                .getList("");
        for (int wait = 0; wait < 30 && history.stream().anyMatch(week -> Boolean.TRUE.equals(week.get("partial")));
                wait++) {
            Thread.sleep(500);
            history = get("/api/v1/rota-health/history?careHomeId=" + home + "&weeks=4").getList("");
        }

        assertThat(history).hasSize(4);
        for (int week = 0; week < 4; week++) {
            LocalDate monday = thisMonday.minusWeeks(3 - week);
            assertThat(history.get(week)).containsEntry("from", monday.toString())
                    .containsEntry("to", monday.plusDays(6).toString());
            JsonPath alone = get("/api/v1/rota-health?careHomeId=" + home + "&from=" + monday + "&to=" + monday.plusDays(6));
            assertThat(history.get(week).get("score")).as("week of %s", monday).isEqualTo(alone.get("score.value"));
            assertThat(history.get(week).get("grade")).isEqualTo(alone.get("score.grade"));
            assertThat(history.get(week).get("partial")).isEqualTo(false);
            assertThat(alone.getFloat("components.find { it.name == 'certifications' }.score")).isLessThan(100f);
        }
    }
}
