package io.careops.scheduling.absence;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.careops.platform.test.Tokens;
import io.careops.scheduling.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** POST /absences/bulk: many absence requests under the one-at-a-time rules, all or nothing; then decided in bulk. */
@QuarkusTest
class BulkAbsenceApiTest {

    private static String absence(UUID staffId, String type, String first, String last, String extra) {
        return """
                {"staffId": "%s", "type": "%s", "firstDay": "%s", "lastDay": "%s"%s}"""
                .formatted(staffId, type, first, last, extra);
    }

    private static Response post(String token, String path, String json) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(json).post(path);
    }

    private static Response bulk(String token, List<String> entries) {
        return post(token, "/api/v1/absences/bulk", "{\"absences\": [" + String.join(",", entries) + "]}");
    }

    @Test
    void aHomesLeaveIsRecordedInOrderAsRequestedThenApprovedInOneDecision() {
        UUID home = Fixtures.careHome();
        Fixtures.unit(home);
        List<UUID> people = IntStream.range(0, 12).mapToObj(i -> Fixtures.staff(home, "SCW")).toList();
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            entries.add(i % 3 == 2
                    ? absence(people.get(i), "SICKNESS", "2026-03-02", "2026-03-04", ", \"notes\": \"Sickness absence\"")
                    : absence(people.get(i), "ANNUAL_LEAVE", "2026-03-02", "2026-03-08", ""));
        }
        String manager = Tokens.of("manager", home);
        List<String> ids = bulk(manager, entries).then().statusCode(201)
                .body("", hasSize(12))
                .body("state", everyItem(equalTo("REQUESTED")))
                .body("[0].staffId", equalTo(people.get(0).toString()))
                .body("[0].type", equalTo("ANNUAL_LEAVE"))
                .body("[0].days", equalTo(7))
                .body("[2].type", equalTo("SICKNESS"))
                .body("[2].days", equalTo(3))
                .body("[2].notes", equalTo("Sickness absence"))
                .body("[11].staffId", equalTo(people.get(11).toString()))
                .extract().path("id");
        given().auth().oauth2(manager).get("/api/v1/absences?careHomeId=" + home + "&state=REQUESTED&size=100")
                .then().statusCode(200).body("totalItems", equalTo(12));
        post(manager, "/api/v1/absences/decisions", "{\"absenceIds\": [\"" + String.join("\", \"", ids)
                + "\"], \"state\": \"APPROVED\"}").then().statusCode(200).body("state", everyItem(equalTo("APPROVED")));
        given().auth().oauth2(manager).get("/api/v1/absences?careHomeId=" + home + "&state=APPROVED&size=100")
                .then().statusCode(200).body("totalItems", equalTo(12));
        // Approved leave blocks the rota as one recorded alone does.
        post(manager, "/api/v1/shifts", """
                {"unitId": "%s", "date": "2026-03-03", "startTime": "08:00", "endTime": "20:00", "staffId": "%s"}
                """.formatted(Fixtures.unit(home), people.get(0))).then().statusCode(409)
                .body("detail", containsString("is on approved ANNUAL_LEAVE from 2026-03-02 to 2026-03-08"));
    }

    @Test
    void twoOverlappingAbsencesOfOnePersonCannotBothBeApprovedInOneDecision() {
        UUID home = Fixtures.careHome();
        UUID worker = Fixtures.staff(home, "SCW");
        UUID colleague = Fixtures.staff(home, "SCW");
        String manager = Tokens.of("manager", home);
        List<String> ids = bulk(manager, List.of(
                absence(worker, "ANNUAL_LEAVE", "2026-04-06", "2026-04-10", ""),
                absence(colleague, "ANNUAL_LEAVE", "2026-04-06", "2026-04-10", ""),
                absence(worker, "SICKNESS", "2026-04-10", "2026-04-11", ""))).then().statusCode(201).extract().path("id");
        // The first approval of the request is not yet written when the third is checked: still refused.
        post(manager, "/api/v1/absences/decisions", "{\"absenceIds\": [\"" + String.join("\", \"", ids)
                + "\"], \"state\": \"APPROVED\"}").then().statusCode(422)
                .body("errors.field", containsInAnyOrder("absenceIds[2]"))
                .body("errors[0].message", containsString("already on approved absence from 2026-04-06 to 2026-04-10"));
        given().auth().oauth2(manager).get("/api/v1/absences?careHomeId=" + home + "&state=APPROVED")
                .then().body("totalItems", equalTo(0));
        post(manager, "/api/v1/absences/decisions", "{\"absenceIds\": [\"" + ids.get(0) + "\", \"" + ids.get(1)
                + "\"], \"state\": \"APPROVED\"}").then().statusCode(200).body("state", everyItem(equalTo("APPROVED")));
    }

    @Test
    void aBulkApprovalIsRefusedPerItemForAHeldShiftAnApprovedAbsenceAndAnUnknownId() {
        // The decision reads everyone's approved absences and shifts ahead of its items: each item
        // is still judged as one decision alone would be.
        UUID home = Fixtures.careHome();
        UUID unit = Fixtures.unit(home);
        UUID worker = Fixtures.staff(home, "SCW");
        UUID colleague = Fixtures.staff(home, "SCW");
        UUID onLeave = Fixtures.staff(home, "SCW");
        String manager = Tokens.of("manager", home);
        post(manager, "/api/v1/shifts", """
                {"unitId": "%s", "date": "2026-05-06", "startTime": "08:00", "endTime": "20:00", "staffId": "%s"}
                """.formatted(unit, worker)).then().statusCode(201);
        List<String> earlier = bulk(manager, List.of(absence(onLeave, "SICKNESS", "2026-05-01", "2026-05-05", "")))
                .then().statusCode(201).extract().path("id");
        post(manager, "/api/v1/absences/decisions", "{\"absenceIds\": [\"" + earlier.get(0)
                + "\"], \"state\": \"APPROVED\"}").then().statusCode(200);
        List<String> ids = new ArrayList<>(bulk(manager, List.of(
                absence(worker, "ANNUAL_LEAVE", "2026-05-04", "2026-05-08", ""),
                absence(colleague, "ANNUAL_LEAVE", "2026-05-04", "2026-05-08", ""),
                absence(onLeave, "ANNUAL_LEAVE", "2026-05-05", "2026-05-07", ""))).then().statusCode(201)
                .extract().<List<String>>path("id"));
        ids.add(UUID.randomUUID().toString());
        post(manager, "/api/v1/absences/decisions", "{\"absenceIds\": [\"" + String.join("\", \"", ids)
                + "\"], \"state\": \"APPROVED\"}").then().statusCode(422)
                .body("errors.field", containsInAnyOrder("absenceIds[0]", "absenceIds[2]", "absenceIds[3]"))
                .body("errors.message", hasItem(containsString("still holds 1 shift(s) in those days (2026-05-06 08:00")))
                .body("errors.message", hasItem(containsString("already on approved absence from 2026-05-01 to 2026-05-05")));
        given().auth().oauth2(manager).get("/api/v1/absences?careHomeId=" + home + "&state=APPROVED")
                .then().body("totalItems", equalTo(1));
        // Without them, the colleague's leave is approved.
        post(manager, "/api/v1/absences/decisions", "{\"absenceIds\": [\"" + ids.get(1)
                + "\"], \"state\": \"APPROVED\"}").then().statusCode(200).body("[0].state", equalTo("APPROVED"));
    }

    @Test
    void everyFailingEntryIsNamedAndNothingIsRecorded() {
        UUID home = Fixtures.careHome();
        UUID unit = Fixtures.unit(home);
        UUID worker = Fixtures.staff(home, "SCW");
        UUID elsewhere = Fixtures.staff(Fixtures.careHome(), "SCW");
        String manager = Tokens.of("manager", home);
        post(manager, "/api/v1/leave-blackouts", """
                {"unitId": "%s", "firstDay": "2026-12-20", "lastDay": "2027-01-03", "reason": "Christmas cover"}
                """.formatted(unit)).then().statusCode(201);
        given().auth().oauth2(Fixtures.admin()).contentType(ContentType.JSON).body("{\"homeUnitId\": \"" + unit + "\"}")
                .patch("/api/v1/staff/" + worker).then().statusCode(200);
        bulk(manager, List.of(
                absence(worker, "TRAINING", "2026-11-02", "2026-11-02", ""),                        // 0 fine
                absence(worker, "ANNUAL_LEAVE", "2026-11-10", "2026-11-09", ""),                    // 1 ends before it starts
                absence(worker, "ANNUAL_LEAVE", "2026-12-24", "2026-12-26", ""),                    // 2 in the blackout
                absence(elsewhere, "SICKNESS", "2026-11-03", "2026-11-04", ""),                     // 3 another home's person
                absence(worker, "SICKNESS", "2026-11-05", "2026-11-06", ", \"leaveHours\": 7.5")))  // 4 hours on sickness
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", equalTo("4 of 5 absences cannot be recorded; none was"))
                .body("errors.field", containsInAnyOrder("absences[1].lastDay", "absences[2].firstDay", "absences[3]",
                        "absences[4].leaveHours"))
                .body("errors.find { it.field == 'absences[2].firstDay' }.message", containsString("Christmas cover"));
        given().auth().oauth2(manager).get("/api/v1/absences?careHomeId=" + home).then().body("totalItems", equalTo(0));
        // With the override, the same leave goes in and the reason is kept.
        bulk(manager, List.of(absence(worker, "ANNUAL_LEAVE", "2026-12-24", "2026-12-26",
                ", \"blackoutOverrideReason\": \"Agreed at interview in May\""))).then().statusCode(201)
                .body("[0].blackoutOverrideReason", equalTo("Agreed at interview in May"));
    }

    @Test
    void staffCallersEmptyAndOversizedRequestsAreRefused() {
        UUID home = Fixtures.careHome();
        UUID worker = Fixtures.staff(home, "SCW");
        String one = absence(worker, "TRAINING", "2026-11-02", "2026-11-02", "");
        bulk(Fixtures.staffToken(worker, home), List.of(one)).then().statusCode(403);
        bulk(Tokens.of("manager", home), List.of()).then().statusCode(400).body("errors.field", containsInAnyOrder("absences"));
        bulk(Tokens.of("manager", home), IntStream.range(0, 501).mapToObj(i -> one).toList()).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("absences"));
        bulk(Tokens.of("manager", home), List.of(one, one.replace("\"TRAINING\"", "\"HOLIDAY\""))).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("absences[1].type"));
        given().auth().oauth2(Tokens.of("manager", home)).get("/api/v1/absences?careHomeId=" + home)
                .then().body("totalItems", equalTo(0));
    }
}
