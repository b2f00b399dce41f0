package io.careops.scheduling.eligibility;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.careops.platform.test.Tokens;
import io.careops.scheduling.support.CertificationStub;
import io.careops.scheduling.support.Fixtures;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One eligibility policy (issue 15): whoever rota health suggests for an open shift can be
 * assigned it. Before, a night shift ending on the first morning of someone's leave was
 * suggested (its rota day is before the leave) and the assignment then answered 409.
 */
@QuarkusTest
@WithTestResource(CertificationStub.class)
class EligibilityPolicyApiTest {

    UUID home;
    UUID unit;
    LocalDate day;
    String manager;

    @BeforeEach
    void setUp() {
        CertificationStub.mode = CertificationStub.Mode.UP;
        home = Fixtures.careHome();
        unit = Fixtures.unit(home);
        day = LocalDate.now().plusDays(35).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        manager = Tokens.of("manager", home);
    }

    @Test
    void noOneWhoseLeaveStartsTheMorningAfterOrWhoseCertificationLapsedIsSuggestedAndEverySuggestionCanBeAssigned() {
        UUID onLeaveNextDay = Fixtures.staff(home, "SCA");
        UUID lapsed = Fixtures.staff(home, "SCA");
        UUID spare = Fixtures.staff(home, "SCA");
        approvedLeave(onLeaveNextDay, day.plusDays(1), day.plusDays(3));
        CertificationStub.lapsed(lapsed, "PVG", "PVG scheme membership", day.minusDays(5).toString());
        String night = given().auth().oauth2(manager).contentType(ContentType.JSON).body("""
                {"unitId": "%s", "date": "%s", "shiftTypeId": "%s"}
                """.formatted(unit, day, Fixtures.NIGHT_ASSISTANT)).post("/api/v1/shifts").then().statusCode(201)
                .extract().path("id");

        JsonPath health = given().auth().oauth2(manager).get("/api/v1/rota-health?careHomeId=" + home + "&from=" + day
                + "&to=" + day).then().statusCode(200).extract().jsonPath();
        List<String> suggested = health.getList("suggestions.find { it.shiftId == '" + night + "' }.candidates.staffId");
        assertThat(suggested).as("suggested for the night").containsExactly(spare.toString());

        // What the suggestions left out, assignment refuses for the same reasons.
        assign(night, onLeaveNextDay).then().statusCode(409).body("detail", containsString("ANNUAL_LEAVE"));
        assign(night, lapsed).then().statusCode(422).body("detail", containsString("PVG"));
        for (String candidate : suggested) {
            assign(night, UUID.fromString(candidate)).then().statusCode(200).body("staffId", equalTo(candidate));
        }
    }

    private void approvedLeave(UUID staffId, LocalDate first, LocalDate last) {
        String id = given().auth().oauth2(Fixtures.admin()).contentType(ContentType.JSON).body("""
                {"staffId": "%s", "type": "ANNUAL_LEAVE", "firstDay": "%s", "lastDay": "%s"}
                """.formatted(staffId, first, last)).post("/api/v1/absences").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Fixtures.admin()).contentType(ContentType.JSON).body("{\"state\": \"APPROVED\"}")
                .post("/api/v1/absences/" + id + "/decision").then().statusCode(200);
    }

    private io.restassured.response.Response assign(String shiftId, UUID staffId) {
        return given().auth().oauth2(manager).contentType(ContentType.JSON).body("{\"staffId\": \"" + staffId + "\"}")
                .post("/api/v1/shifts/" + shiftId + "/assignment");
    }
}
