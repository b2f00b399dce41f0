package io.careops.scheduling.rotahealth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.careops.platform.test.Tokens;
import io.careops.scheduling.support.Fixtures;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rota health on a hand-built day, every component worked out here. One unit (minimum 2 by day
 * and 1 by night, ideal 3 and 2) on a Wednesday three weeks ahead:
 * <ul>
 * <li>day: a senior (supervisory) and an assistant, both with 30-minute breaks; night: one open
 * assistant shift;</li>
 * <li>the assistant's PVG expired ten days before.</li>
 * </ul>
 * Components: coverage 2 slots, night below minimum, day below ideal only: 100 x (1 - 1.5 / 2)
 * = 25; skill mix 100 (the day has its senior); working time 100 (no shortfall); overtime,
 * agency and fairness 100 (none); certifications 1 of 2 staff shifts = 50; late changes 100
 * (planned three weeks ahead); leave spread 100 (no one away).
 * Score: (25 x 25 + 15 x 100 + 15 x 100 + 10 x 100 + 10 x 100 + 10 x 100 + 5 x 50 + 5 x 100
 * + 5 x 100) / 100 = 78.75, grade C. Without the compliance service: 7625 / 95 = 80.26, B.
 */
@QuarkusTest
@WithTestResource(ComplianceStub.class)
class RotaHealthApiTest {

    private final LocalDate day = LocalDate.now().plusDays(21).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
    private UUID home;
    private UUID unit;
    private UUID senior;
    private UUID assistant;
    private UUID spare;
    private String openNight;

    @BeforeEach
    void rota() {
        home = Fixtures.careHome();
        unit = Fixtures.unit(home);
        senior = Fixtures.staff(home, "SSCW");
        assistant = Fixtures.staff(home, "SCA");
        spare = Fixtures.staff(home, "SCA");
        plan(Fixtures.DAY_SENIOR, senior);
        plan(Fixtures.DAY_ASSISTANT, assistant);
        openNight = plan(Fixtures.NIGHT_ASSISTANT, null);
        ComplianceStub.lapsed(assistant, "PVG", "PVG scheme membership", day.minusDays(10).toString());
    }

    @AfterEach
    void reset() {
        ComplianceStub.down = false;
        ComplianceStub.LAPSED.clear();
    }

    private String plan(String shiftType, UUID staff) {
        return given().auth().oauth2(Fixtures.admin()).contentType(ContentType.JSON).body("""
                {"unitId": "%s", "date": "%s", "shiftTypeId": "%s", "unpaidBreakMinutes": 30, "staffId": %s}
                """.formatted(unit, day, shiftType, staff == null ? "null" : "\"" + staff + "\""))
                .post("/api/v1/shifts").then().statusCode(201).extract().path("id");
    }

    private JsonPath health(String query) {
        return given().auth().oauth2(Tokens.of("manager", home)).get("/api/v1/rota-health?careHomeId=" + home + query)
                .then().statusCode(200).extract().jsonPath();
    }

    private static float component(JsonPath health, String name) {
        return health.getFloat("components.find { it.name == '" + name + "' }.score");
    }

    @Test
    void everyComponentAndTheScoreMatchTheFiguresWorkedOutByHand() {
        JsonPath health = health("&from=" + day + "&to=" + day);

        assertThat(component(health, "coverage")).isEqualTo(25.0f);
        assertThat(component(health, "skillMix")).isEqualTo(100.0f);
        assertThat(component(health, "workingTime")).isEqualTo(100.0f);
        assertThat(component(health, "overtime")).isEqualTo(100.0f);
        assertThat(component(health, "agency")).isEqualTo(100.0f);
        assertThat(component(health, "fairness")).isEqualTo(100.0f);
        assertThat(component(health, "certifications")).isEqualTo(50.0f);
        assertThat(component(health, "lateChanges")).isEqualTo(100.0f);
        assertThat(component(health, "leaveSpread")).isEqualTo(100.0f);
        assertThat(health.getFloat("score.value")).isEqualTo(78.75f);
        assertThat(health.getString("score.grade")).isEqualTo("C");
        assertThat(health.getBoolean("score.partial")).isFalse();
        assertThat(health.getInt("components.find { it.name == 'coverage' }.metrics.belowMinimum")).isEqualTo(1);
        assertThat(health.getInt("components.find { it.name == 'coverage' }.weight")).isEqualTo(25);
        // the caller's token went to the compliance service
        assertThat(ComplianceStub.lastAuthorization).startsWith("Bearer ey");

        // Issues: most severe first, naming their shifts, staff, unit and day.
        assertThat(health.getString("issues[0].severity")).isEqualTo("HIGH");
        assertThat(health.getList("issues.findAll { it.severity == 'HIGH' }.component"))
                .containsExactlyInAnyOrder("coverage", "certifications");
        assertThat(health.getList("issues.find { it.component == 'coverage' && it.severity == 'HIGH' }.shiftIds"))
                .containsExactly(openNight);
        assertThat(health.getString("issues.find { it.component == 'certifications' }.message"))
                .contains("PVG scheme membership EXPIRED");
        assertThat(health.getList("issues.find { it.component == 'certifications' }.staffIds"))
                .containsExactly(assistant.toString());
        assertThat(health.getString("issues.find { it.component == 'coverage' && it.severity == 'LOW' }.unitId"))
                .isEqualTo(unit.toString());
        assertThat(health.getString("issues.find { it.component == 'coverage' && it.severity == 'LOW' }.unitName"))
                .startsWith("UNIT_");
        assertThat(health.getString("components.find { it.name == 'coverage' }.issues[0].unitName")).startsWith("UNIT_");
        assertThat(health.getInt("issuesTotal")).isEqualTo(3);

        // The open night can go to the spare assistant, owing nothing; the day assistant would owe
        // 11 h compensatory rest (no rest between her day and the night); the senior may not work it.
        assertThat(health.getString("suggestions[0].shiftId")).isEqualTo(openNight);
        assertThat(health.getString("suggestions[0].candidates[0].staffId")).isEqualTo(spare.toString());
        assertThat(health.getFloat("suggestions[0].candidates[0].compensatoryRestHours")).isEqualTo(0.0f);
        assertThat(health.getList("suggestions[0].candidates.staffId")).doesNotContain(senior.toString());
    }

    @Test
    void withoutTheComplianceServiceTheScoreIsPartialAndStillAnswers() {
        ComplianceStub.down = true;

        JsonPath health = health("&from=" + day + "&to=" + day);

        assertThat(health.getBoolean("components.find { it.name == 'certifications' }.available")).isFalse();
        assertThat(health.getString("components.find { it.name == 'certifications' }.note"))
                .contains("did not answer");
        assertThat(health.getFloat("score.value")).isEqualTo(80.26f);
        assertThat(health.getString("score.grade")).isEqualTo("B");
        assertThat(health.getBoolean("score.partial")).isTrue();
    }

    @Test
    void aFullyCoveredUnitWithItsSeniorScoresA() {
        String night = given().auth().oauth2(Fixtures.admin()).contentType(ContentType.JSON)
                .body("{\"staffId\": \"%s\"}".formatted(spare)).post("/api/v1/shifts/" + openNight + "/assignment")
                .then().statusCode(200).extract().path("id");
        assertThat(night).isEqualTo(openNight);
        ComplianceStub.LAPSED.clear();

        // Night at minimum (1 of ideal 2) and day below ideal: 100 x (1 - 1 / 2) = 50 coverage;
        // the night has no senior: skill mix 1 of 2 periods = 50. Everything else 100.
        // (25 x 50 + 15 x 50 + 60 x 100) / 100 = 80.00, B.
        JsonPath health = health("&from=" + day + "&to=" + day);

        assertThat(component(health, "coverage")).isEqualTo(50.0f);
        assertThat(component(health, "skillMix")).isEqualTo(50.0f);
        assertThat(health.getFloat("score.value")).isEqualTo(80.0f);
        assertThat(health.getString("score.grade")).isEqualTo("B");
        assertThat(health.getString("issues.find { it.component == 'skillMix' }.message")).contains("NIGHT");
    }

    @Test
    void scopedToTheCallersHomesAndWeeklyHistory() {
        given().auth().oauth2(Tokens.of("manager", UUID.randomUUID()))
                .get("/api/v1/rota-health?careHomeId=" + home + "&from=" + day + "&to=" + day).then().statusCode(404);
        given().auth().oauth2(Tokens.of("staff", home))
                .get("/api/v1/rota-health?careHomeId=" + home + "&from=" + day + "&to=" + day).then().statusCode(403);
        given().auth().oauth2(Tokens.of("manager", home))
                .get("/api/v1/rota-health?careHomeId=" + home + "&unitId=" + UUID.randomUUID() + "&from=" + day
                        + "&to=" + day).then().statusCode(404);
        given().auth().oauth2(Tokens.of("manager", home))
                .get("/api/v1/rota-health/history?careHomeId=" + home + "&weeks=4").then().statusCode(200)
                .body("", hasSize(4)).body("[3].from", equalTo(LocalDate.now()
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString()))
                // an empty week: all 14 unit periods below minimum, coverage 0, the rest 100: 75.00, C
                .body("[0].score", equalTo(75.0f)).body("[0].grade", equalTo("C"));
        given().auth().oauth2(Tokens.of("manager", home))
                .get("/api/v1/rota-health/history?careHomeId=" + home + "&weeks=53").then().statusCode(400)
                .body("errors.field", hasItem("weeks"));
    }
}
