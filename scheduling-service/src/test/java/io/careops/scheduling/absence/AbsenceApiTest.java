package io.careops.scheduling.absence;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.careops.platform.test.Tokens;
import io.careops.scheduling.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AbsenceApiTest {

    private UUID home;
    private UUID unit;
    private UUID worker;

    @BeforeEach
    void aHomeWithAWorker() {
        home = Fixtures.careHome();
        unit = Fixtures.unit(home);
        worker = Fixtures.staff(home, "SCW");
    }

    private static Response post(String path, String json) {
        return given().auth().oauth2(Fixtures.admin()).contentType(ContentType.JSON).body(json).post(path);
    }

    private String absence(String type, String first, String last) {
        return post("/api/v1/absences", """
                {"staffId": "%s", "type": "%s", "firstDay": "%s", "lastDay": "%s"}
                """.formatted(worker, type, first, last)).then().statusCode(201)
                .body("state", equalTo("REQUESTED")).extract().path("id");
    }

    private Response decide(String id, String state) {
        return post("/api/v1/absences/" + id + "/decision", "{\"state\": \"" + state + "\"}");
    }

    private Response shift(String date, String start, String end) {
        return post("/api/v1/shifts", """
                {"unitId": "%s", "date": "%s", "startTime": "%s", "endTime": "%s", "staffId": "%s"}
                """.formatted(unit, date, start, end, worker));
    }

    @Test
    void anApprovedAbsenceBlocksShiftsOnItsDaysIncludingANightRunningIntoTheFirstDay() {
        String leave = absence("ANNUAL_LEAVE", "2026-07-06", "2026-07-10");
        decide(leave, "APPROVED").then().statusCode(200).body("state", equalTo("APPROVED")).body("days", equalTo(5))
                .body("decidedBy", equalTo("test-admin@careops.invalid"));
        shift("2026-07-08", "08:00", "20:00").then().statusCode(409)
                .body("detail", containsString("is on approved ANNUAL_LEAVE from 2026-07-06 to 2026-07-10"));
        shift("2026-07-05", "20:00", "08:00").then().statusCode(409);   // ends at 08:00 on the first day of leave
        shift("2026-07-05", "08:00", "20:00").then().statusCode(201);   // the day before
        shift("2026-07-11", "08:00", "20:00").then().statusCode(201);   // the day after the last
        shift("2026-07-10", "20:00", "23:59").then().statusCode(409);   // the evening of the last day
    }

    @Test
    void approvingOverAShiftThePersonStillHoldsIs409UntilItIsCancelled() {
        String held = shift("2026-08-04", "08:00", "20:00").then().statusCode(201).extract().path("id");
        String sick = absence("SICKNESS", "2026-08-03", "2026-08-05");
        decide(sick, "APPROVED").then().statusCode(409).body("detail", containsString("shift " + held));
        post("/api/v1/shifts/" + held + "/cancellation", "").then().statusCode(200);
        decide(sick, "APPROVED").then().statusCode(200);
    }

    @Test
    void theLifecycleRefusesIllegalMovesListingTheAllowedOnes() {
        String declined = absence("TRAINING", "2026-09-01", "2026-09-01");
        decide(declined, "DECLINED").then().statusCode(200);
        decide(declined, "APPROVED").then().statusCode(409)
                .body("detail", equalTo("An absence that is DECLINED cannot become APPROVED; allowed: none"));
        String approved = absence("TRAINING", "2026-09-02", "2026-09-02");
        decide(approved, "APPROVED").then().statusCode(200);
        decide(approved, "DECLINED").then().statusCode(409)
                .body("detail", equalTo("An absence that is APPROVED cannot become DECLINED; allowed: CANCELLED"));
        decide(approved, "CANCELLED").then().statusCode(200);
        decide(approved, "REQUESTED").then().statusCode(409);
    }

    @Test
    void twoApprovedAbsencesCannotOverlap() {
        decide(absence("ANNUAL_LEAVE", "2026-10-01", "2026-10-05"), "APPROVED").then().statusCode(200);
        String second = absence("SICKNESS", "2026-10-05", "2026-10-06");
        decide(second, "APPROVED").then().statusCode(409).body("detail", containsString("already on approved absence"));
    }

    @Test
    void badInputAndOtherHomes() {
        post("/api/v1/absences", """
                {"staffId": "%s", "type": "ANNUAL_LEAVE", "firstDay": "2026-10-05", "lastDay": "2026-10-04"}
                """.formatted(worker)).then().statusCode(422).body("errors.field", hasItem("lastDay"));
        post("/api/v1/absences", """
                {"staffId": "%s", "type": "SABBATICAL", "firstDay": "2026-10-05", "lastDay": "2026-10-06"}
                """.formatted(worker)).then().statusCode(400).body("errors.field", hasItem("type"));
        String id = absence("OTHER", "2026-11-02", "2026-11-02");
        given().auth().oauth2(Tokens.of("manager", UUID.randomUUID())).get("/api/v1/absences/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.of("manager", UUID.randomUUID())).contentType(ContentType.JSON)
                .body("{\"state\": \"APPROVED\"}").post("/api/v1/absences/" + id + "/decision").then().statusCode(404);
        given().auth().oauth2(Tokens.of("inspector", home)).get("/api/v1/absences?staffId=" + worker + "&from=2026-11-01&to=2026-11-30")
                .then().statusCode(200).body("totalItems", equalTo(1));
        given().auth().oauth2(Tokens.of("inspector", home)).get("/api/v1/absences?staffId=" + worker + "&from=2026-11-03")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }
}
