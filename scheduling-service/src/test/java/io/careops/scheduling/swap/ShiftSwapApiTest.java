package io.careops.scheduling.swap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.careops.platform.test.Tokens;
import io.careops.scheduling.support.CertificationStub;
import io.careops.scheduling.support.Fixtures;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Item 3: shift swaps, checked for both people as if done, approved by a manager or by the home's policy. */
@QuarkusTest
@WithTestResource(CertificationStub.class)
class ShiftSwapApiTest {

    UUID home;
    UUID unit;
    LocalDate day;
    String manager;
    UUID a;
    UUID b;
    String aToken;
    String bToken;

    @BeforeEach
    void setUp() {
        CertificationStub.mode = CertificationStub.Mode.UP;
        // Not a special case: the working-time rules apply without the care sector's exceptions.
        home = ordinaryHome();
        unit = Fixtures.unit(home);
        day = LocalDate.now().plusDays(56).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        manager = Tokens.of("manager", home);
        a = Fixtures.staff(home, "SCA");
        b = Fixtures.staff(home, "SCA");
        aToken = Fixtures.staffToken(a, home);
        bToken = Fixtures.staffToken(b, home);
    }

    /** Not a special case: the working-time rules apply without the care sector's exceptions. */
    private static UUID ordinaryHome() {
        long serial = Fixtures.serial();
        return UUID.fromString(given().auth().oauth2(Fixtures.admin()).contentType(ContentType.JSON).body("""
                {"name": "Swap %d", "code": "W%d", "serviceNumber": "CS%010d", "bedCapacity": 10, "occupancy": 5,
                 "address": "2 Test Street, Glasgow", "postcode": "G2 2BB", "workingTimeReferenceWeeks": 17,
                 "workingTimeSpecialCase": false}
                """.formatted(serial, serial, serial % 10_000_000_000L)).post("/api/v1/care-homes").then()
                .statusCode(201).extract().path("id"));
    }

    private String shift(LocalDate date, String start, String end, UUID staff) {
        return given().auth().oauth2(manager).contentType(ContentType.JSON).body("""
                {"unitId": "%s", "date": "%s", "startTime": "%s", "endTime": "%s", "unpaidBreakMinutes": 30, "staffId": "%s"}
                """.formatted(unit, date, start, end, staff)).post("/api/v1/shifts").then().statusCode(201)
                .extract().path("id");
    }

    private Response offer(String token, String shiftId, UUID to, String returnShiftId) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("""
                {"shiftId": "%s", "toStaffId": "%s", "returnShiftId": %s}
                """.formatted(shiftId, to, returnShiftId == null ? "null" : "\"" + returnShiftId + "\""))
                .post("/api/v1/shift-swaps");
    }

    private static Response act(String token, String swapId, String action) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/shift-swaps/" + swapId + "/" + action);
    }

    private String staffOf(String shiftId) {
        return given().auth().oauth2(manager).get("/api/v1/shifts/" + shiftId).then().statusCode(200).extract()
                .path("staffId");
    }

    @Test
    void aSwapAcceptedAndApprovedChangesHandsWithItsHistoryAndEachRoleDoesOnlyItsPart() {
        String mine = shift(day, "08:00", "16:00", a);
        String theirs = shift(day.plusDays(2), "08:00", "16:00", b);
        UUID c = Fixtures.staff(home, "SCA");
        String cToken = Fixtures.staffToken(c, home);

        offer(bToken, mine, c, null).then().statusCode(404); // not B's shift
        offer(Tokens.of("inspector", home), mine, b, null).then().statusCode(403);
        offer(aToken, mine, b, mine).then().statusCode(422).body("errors[0].field", equalTo("returnShiftId"));
        given().auth().oauth2(aToken).contentType(ContentType.JSON).body("{\"toStaffId\": \"" + b + "\"}")
                .post("/api/v1/shift-swaps").then().statusCode(400).body("errors[0].field", equalTo("shiftId"));

        String swap = offer(aToken, mine, b, theirs).then().statusCode(201)
                .header("Location", containsString("/api/v1/shift-swaps/")).extract().path("id");
        given().auth().oauth2(bToken).get("/api/v1/shift-swaps/" + swap).then().statusCode(200)
                .body("state", equalTo("OFFERED"));
        given().auth().oauth2(cToken).get("/api/v1/shift-swaps/" + swap).then().statusCode(404);
        given().auth().oauth2(cToken).get("/api/v1/shift-swaps").then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(aToken).get("/api/v1/shift-swaps").then().statusCode(200).body("totalItems", equalTo(1));
        given().auth().oauth2(Tokens.of("inspector", home)).get("/api/v1/shift-swaps/" + swap).then().statusCode(200);
        given().auth().oauth2(Tokens.of("manager", Fixtures.careHome())).get("/api/v1/shift-swaps/" + swap).then()
                .statusCode(404);

        act(cToken, swap, "acceptance").then().statusCode(404);
        act(aToken, swap, "acceptance").then().statusCode(403);
        act(manager, swap, "acceptance").then().statusCode(403);
        act(manager, swap, "approval").then().statusCode(409); // not accepted yet
        act(bToken, swap, "acceptance").then().statusCode(200).body("state", equalTo("ACCEPTED"));
        assertThat(staffOf(mine)).as("nothing moves before approval").isEqualTo(a.toString());
        act(bToken, swap, "approval").then().statusCode(403);
        act(Tokens.of("inspector", home), swap, "approval").then().statusCode(403);

        given().auth().oauth2(manager).contentType(ContentType.JSON).body("{\"note\": \"Both agreed\"}")
                .post("/api/v1/shift-swaps/" + swap + "/approval").then().statusCode(200)
                .body("state", equalTo("APPROVED"))
                .body("history.state", org.hamcrest.Matchers.contains("OFFERED", "ACCEPTED", "APPROVED"))
                .body("history[2].note", equalTo("Both agreed"));
        assertThat(staffOf(mine)).isEqualTo(b.toString());
        assertThat(staffOf(theirs)).isEqualTo(a.toString());
        act(manager, swap, "rejection").then().statusCode(409);
    }

    @Test
    void theHomesPolicyApprovesASwapAutomaticallyWhenEveryCheckPasses() {
        given().auth().oauth2(aToken).contentType(ContentType.JSON).body("{\"autoApprove\": true}")
                .put("/api/v1/shift-swaps/policies/" + home).then().statusCode(403);
        given().auth().oauth2(manager).contentType(ContentType.JSON).body("{\"autoApprove\": true}")
                .put("/api/v1/shift-swaps/policies/" + home).then().statusCode(200).body("autoApprove", equalTo(true));
        given().auth().oauth2(aToken).get("/api/v1/shift-swaps/policies/" + home).then().statusCode(200)
                .body("autoApprove", equalTo(true));
        String mine = shift(day, "08:00", "16:00", a);
        String swap = offer(aToken, mine, b, null).then().statusCode(201).extract().path("id");
        act(bToken, swap, "acceptance").then().statusCode(200).body("state", equalTo("APPROVED"))
                .body("history.actor", hasItem("policy:auto-approve"));
        assertThat(staffOf(mine)).isEqualTo(b.toString());
    }

    @Test
    void aSwapIsRefusedOnEachRuleForBothPeopleAndNothingChanges() {
        // Working time: B works the evening before until 20:00; A's 06:00 start leaves B 10 h of rest.
        shift(day.minusDays(1), "08:00", "20:00", b);
        String early = shift(day, "06:00", "14:00", a);
        String wt = offer(aToken, early, b, null).then().statusCode(201).extract().path("id");
        act(bToken, wt, "acceptance").then().statusCode(422)
                .body("errors.field", hasItem("toStaffId"))
                .body("errors[0].message", containsString("DAILY_REST"));
        assertThat(staffOf(early)).isEqualTo(a.toString());
        given().auth().oauth2(bToken).get("/api/v1/shift-swaps/" + wt).then().body("state", equalTo("OFFERED"));

        // Overlap: B already works at that time.
        String late = shift(day.plusDays(3), "14:00", "22:00", a);
        shift(day.plusDays(3), "12:00", "18:00", b);
        String overlap = offer(aToken, late, b, null).then().statusCode(201).extract().path("id");
        act(bToken, overlap, "acceptance").then().statusCode(422).body("errors[0].message", containsString("overlaps"));

        // Role and shift type: a senior may not work the assistants' day shift.
        UUID senior = Fixtures.staff(home, "SSCW");
        String typed = given().auth().oauth2(manager).contentType(ContentType.JSON).body("""
                {"unitId": "%s", "date": "%s", "shiftTypeId": "%s", "unpaidBreakMinutes": 60, "staffId": "%s"}
                """.formatted(unit, day.plusDays(5), Fixtures.DAY_ASSISTANT, a)).post("/api/v1/shifts").then()
                .statusCode(201).extract().path("id");
        String role = offer(aToken, typed, senior, null).then().statusCode(201).extract().path("id");
        act(Fixtures.staffToken(senior, home), role, "acceptance").then().statusCode(422)
                .body("errors[0].message", containsString("may not work"));

        // Certifications: B's PVG lapsed before the day; and, in return, A is on leave on B's day.
        String other = shift(day.plusDays(7), "08:00", "16:00", a);
        String back = shift(day.plusDays(8), "08:00", "16:00", b);
        CertificationStub.lapsed(b, "PVG", "PVG scheme membership", day.toString());
        String leave = given().auth().oauth2(Fixtures.admin()).contentType(ContentType.JSON).body("""
                {"staffId": "%s", "type": "ANNUAL_LEAVE", "firstDay": "%s", "lastDay": "%s"}
                """.formatted(a, day.plusDays(8), day.plusDays(8))).post("/api/v1/absences").then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(Fixtures.admin()).contentType(ContentType.JSON).body("{\"state\": \"APPROVED\"}")
                .post("/api/v1/absences/" + leave + "/decision").then().statusCode(200);
        String both = offer(aToken, other, b, back).then().statusCode(201).extract().path("id");
        act(bToken, both, "acceptance").then().statusCode(422)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("fromStaffId"))
                .body("errors[0].message", containsString("ANNUAL_LEAVE"));
        String certOnly = offer(aToken, other, b, null).then().statusCode(201).extract().path("id");
        act(bToken, certOnly, "acceptance").then().statusCode(422)
                .body("errors[0].field", equalTo("toStaffId"))
                .body("errors[0].message", containsString("PVG"));
        assertThat(staffOf(other)).isEqualTo(a.toString());
        assertThat(staffOf(back)).isEqualTo(b.toString());

        // Employment: C starts after the day.
        UUID starter = Fixtures.staff(home, "SCA", day.plusDays(30).toString());
        String future = offer(aToken, other, starter, null).then().statusCode(201).extract().path("id");
        act(Fixtures.staffToken(starter, home), future, "acceptance").then().statusCode(422)
                .body("errors[0].message", containsString("not employed"));

        // Declined and cancelled swaps end there.
        act(bToken, wt, "decline").then().statusCode(200).body("state", equalTo("DECLINED"));
        act(aToken, overlap, "cancellation").then().statusCode(200).body("state", equalTo("CANCELLED"));
        act(bToken, overlap, "acceptance").then().statusCode(409);
    }

    /**
     * Across homes of the group: A (of this home) offers a shift to Y of another home. The caller
     * must see both homes; managers of either home see the swap; Y accepts; a manager of the shift's
     * home approves (the other home's may not).
     */
    @Test
    void aSwapAcrossTwoHomesIsAcceptedAndApprovedAndBothHomesSeeIt() {
        UUID otherHome = ordinaryHome();
        UUID y = Fixtures.staff(otherHome, "SCA");
        String yToken = Fixtures.staffToken(y, otherHome);
        String aInTheGroup = Tokens.person("staff", Fixtures.staffNumber(a), home, otherHome);
        String otherManager = Tokens.of("manager", otherHome);
        String mine = shift(day, "08:00", "16:00", a);

        // A's token of one home does not see Y: 404, as for anyone unknown.
        offer(aToken, mine, y, null).then().statusCode(404);
        String swap = offer(aInTheGroup, mine, y, null).then().statusCode(201)
                .body("careHomeId", equalTo(home.toString()))
                .body("otherCareHomeId", equalTo(otherHome.toString())).extract().path("id");

        given().auth().oauth2(manager).get("/api/v1/shift-swaps/" + swap).then().statusCode(200);
        given().auth().oauth2(otherManager).get("/api/v1/shift-swaps/" + swap).then().statusCode(200);
        given().auth().oauth2(Tokens.of("inspector", otherHome)).get("/api/v1/shift-swaps/" + swap).then().statusCode(200);
        given().auth().oauth2(Tokens.of("manager", Fixtures.careHome())).get("/api/v1/shift-swaps/" + swap).then()
                .statusCode(404);
        given().auth().oauth2(otherManager).get("/api/v1/shift-swaps?careHomeId=" + otherHome).then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(swap));
        given().auth().oauth2(yToken).get("/api/v1/shift-swaps").then().statusCode(200).body("totalItems", equalTo(1));

        act(yToken, swap, "acceptance").then().statusCode(200).body("state", equalTo("ACCEPTED"));
        act(otherManager, swap, "approval").then().statusCode(403);
        act(otherManager, swap, "rejection").then().statusCode(403);
        act(yToken, swap, "approval").then().statusCode(403);
        act(manager, swap, "approval").then().statusCode(200).body("state", equalTo("APPROVED"));
        assertThat(staffOf(mine)).isEqualTo(y.toString());
        // Y sees the shift in the other home as theirs.
        given().auth().oauth2(yToken).get("/api/v1/shifts/" + mine).then().statusCode(200)
                .body("staffId", equalTo(y.toString()));
    }

    /**
     * The same checks for both people across homes: Y works until 20:00 the evening before in their
     * own home; A's 06:00 shift in this home would leave Y 10 hours of rest (DAILY_REST). Only the
     * other home's shift makes it a breach: with it cancelled, the same swap is accepted.
     */
    @Test
    void aSwapAcrossHomesIsRefusedOnWorkingTimeOnlyBecauseTheOtherHomesShiftsCount() {
        UUID otherHome = ordinaryHome();
        UUID otherUnit = Fixtures.unit(otherHome);
        UUID y = Fixtures.staff(otherHome, "SCA");
        String yToken = Fixtures.staffToken(y, otherHome);
        String aInTheGroup = Tokens.person("staff", Fixtures.staffNumber(a), home, otherHome);
        String evening = given().auth().oauth2(Tokens.of("manager", otherHome)).contentType(ContentType.JSON).body("""
                {"unitId": "%s", "date": "%s", "startTime": "08:00", "endTime": "20:00", "unpaidBreakMinutes": 30,
                 "staffId": "%s"}
                """.formatted(otherUnit, day.minusDays(1), y)).post("/api/v1/shifts").then().statusCode(201)
                .extract().path("id");
        String early = shift(day, "06:00", "14:00", a);

        String swap = offer(aInTheGroup, early, y, null).then().statusCode(201).extract().path("id");
        act(yToken, swap, "acceptance").then().statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.everyItem(equalTo("toStaffId")))
                .body("errors[0].message", containsString("DAILY_REST"));
        assertThat(staffOf(early)).isEqualTo(a.toString());

        given().auth().oauth2(Tokens.of("manager", otherHome)).post("/api/v1/shifts/" + evening + "/cancellation").then()
                .statusCode(200);
        act(yToken, swap, "acceptance").then().statusCode(200).body("state", equalTo("ACCEPTED"));
    }
}
