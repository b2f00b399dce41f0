package io.careops.scheduling.eligibility;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.careops.platform.test.Tokens;
import io.careops.scheduling.support.CertificationStub;
import io.careops.scheduling.support.CertificationStub.Mode;
import io.careops.scheduling.support.Fixtures;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Item 7: assigning a shift asks compliance, in one call, whether the person's mandatory
 * certification for their role has lapsed on the shift's day; compliance up (refusal naming the
 * certification, override with a reason), down and slow (the assignment goes through with a
 * warning), and the circuit breaker.
 */
@QuarkusTest
@WithTestResource(CertificationStub.class)
class CertificationAtAssignmentApiTest {

    @Inject
    CircuitBreakerMaintenance breakers;

    UUID home;
    UUID unit;
    UUID person;
    LocalDate day;
    String manager;

    @BeforeEach
    void setUp() {
        CertificationStub.mode = Mode.UP;
        breakers.resetAll();
        home = Fixtures.careHome();
        unit = Fixtures.unit(home);
        person = Fixtures.staff(home, "SCA");
        day = LocalDate.now().plusDays(28).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        manager = Tokens.of("manager", home);
    }

    @AfterEach
    void heal() {
        CertificationStub.mode = Mode.UP;
        breakers.resetAll();
    }

    @Test
    void aLapsedMandatoryCertificationRefusesCreateAndAssignNamingIt() {
        CertificationStub.lapsed(person, "PVG", "PVG scheme membership", day.minusDays(10).toString());
        int asked = CertificationStub.askedAbout(person).size();

        Response create = create(person, null);
        create.then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://careops.io/problems/rule-violation"))
                .body("detail", containsString("PVG (PVG scheme membership) EXPIRED since " + day.minusDays(9)))
                .body("errors[0].field", equalTo("staffId"))
                .body("errors[0].message", containsString("PVG"));
        // One call for the assignment, asked for that day.
        assertThat(CertificationStub.askedAbout(person)).hasSize(asked + 1);
        assertThat(CertificationStub.askedAbout(person).get(asked).get("date").asText()).isEqualTo(day.toString());
        given().auth().oauth2(manager).get("/api/v1/shifts?careHomeId=" + home).then().statusCode(200)
                .body("totalItems", equalTo(0));

        String open = create(null, null).then().statusCode(201).extract().path("id");
        assign(open, person, null).then().statusCode(422).body("detail", containsString("PVG"))
                .body("detail", containsString("certificationOverrideReason"));
        given().auth().oauth2(manager).get("/api/v1/shifts/" + open).then().statusCode(200).body("staffId", nullValue());
    }

    @Test
    void aManagerOverridesWithAReasonThatIsKeptOnTheShift() {
        CertificationStub.lapsed(person, "SSSC", "SSSC registration", day.minusDays(1).toString());
        String open = create(null, null).then().statusCode(201).extract().path("id");
        assign(open, person, "short").then().statusCode(422).body("errors[0].field", equalTo("certificationOverrideReason"));
        assign(open, person, "Renewal submitted; SSSC confirmed by phone on Monday").then().statusCode(200)
                .body("staffId", equalTo(person.toString()))
                .body("certificationOverrideReason", equalTo("Renewal submitted; SSSC confirmed by phone on Monday"))
                .body("certificationWarning", containsString("SSSC (SSSC registration) EXPIRED since " + day));
        given().auth().oauth2(manager).get("/api/v1/shifts/" + open).then().statusCode(200)
                .body("certificationOverrideReason", containsString("Renewal submitted"));
    }

    @Test
    void aCertificationExpiringAfterTheShiftDoesNotRefuse() {
        // Expires the day of the shift: still valid that day.
        CertificationStub.lapsed(person, "PVG", "PVG scheme membership", day.toString());
        create(person, null).then().statusCode(201).body("certificationWarning", nullValue())
                .body("certificationOverrideReason", nullValue());
    }

    @Test
    void complianceDownTheAssignmentGoesThroughWithAWarning() {
        CertificationStub.lapsed(person, "PVG", "PVG scheme membership", day.minusDays(10).toString());
        CertificationStub.mode = Mode.DOWN;
        String open = create(null, null).then().statusCode(201).extract().path("id");
        assign(open, person, null).then().statusCode(200).body("staffId", equalTo(person.toString()))
                .body("certificationWarning", containsString("Certifications not checked"));
        given().auth().oauth2(manager).get("/api/v1/shifts/" + open).then().statusCode(200)
                .body("certificationWarning", containsString("could not be reached or answered with an error"));
    }

    @Test
    void complianceSlowTheAssignmentAnswersAfterTheTimeoutWithAWarning() {
        CertificationStub.lapsed(person, "PVG", "PVG scheme membership", day.minusDays(10).toString());
        CertificationStub.mode = Mode.SLOW;
        String open = create(null, null).then().statusCode(201).extract().path("id");
        long started = System.nanoTime();
        Response answer = assign(open, person, null);
        long millis = (System.nanoTime() - started) / 1_000_000;
        answer.then().statusCode(200).body("certificationWarning", containsString("did not answer in time"));
        System.out.printf("certification check, compliance slow (3 s): assignment answered in %d ms%n", millis);
        // 1.5 s timeout, no retry after a timeout; the stub would take 3 s.
        assertThat(millis).isLessThan(3000);
    }

    @Test
    void theCircuitOpensAfterFailuresAndCompliancIsNotAskedWhileOpen() {
        CertificationStub.mode = Mode.DOWN;
        for (int i = 0; i < 3; i++) {
            UUID someone = Fixtures.staff(home, "SCA");
            create(someone, null).then().statusCode(201);
        }
        int before = CertificationStub.REQUESTS.size();
        UUID last = Fixtures.staff(home, "SCA");
        create(last, null).then().statusCode(201).body("certificationWarning", containsString("circuit open"));
        assertThat(CertificationStub.REQUESTS.size()).as("not asked while the circuit is open").isEqualTo(before);
    }

    @Test
    void aBulkPlanAsksOnceAndNamesTheItemWithTheLapsedCertification() {
        UUID other = Fixtures.staff(home, "SCA");
        CertificationStub.lapsed(other, "PVG", "PVG scheme membership", day.toString());
        int requests = CertificationStub.REQUESTS.size();
        given().auth().oauth2(manager).contentType(ContentType.JSON).body("""
                {"shifts": [
                  {"unitId": "%s", "date": "%s", "shiftTypeId": "%s", "staffId": "%s"},
                  {"unitId": "%s", "date": "%s", "shiftTypeId": "%s", "staffId": "%s"}]}
                """.formatted(unit, day, Fixtures.DAY_ASSISTANT, person, unit, day.plusDays(1), Fixtures.DAY_ASSISTANT,
                other)).post("/api/v1/shifts/bulk").then().statusCode(422)
                .body("errors[0].field", equalTo("shifts[1].staffId"))
                .body("errors[0].message", containsString("PVG"));
        assertThat(CertificationStub.REQUESTS.size()).as("one call for the whole request").isEqualTo(requests + 1);
        given().auth().oauth2(manager).get("/api/v1/shifts?careHomeId=" + home).then().statusCode(200)
                .body("totalItems", equalTo(0));
    }

    private static LocalDate[] span(String first, String last) {
        return new LocalDate[] {LocalDate.parse(first), LocalDate.parse(last)};
    }

    /** PVG expired on 1 March 2026, renewed with a certificate issued on 10 March (compliance's in-force rule). */
    private void pvgLapsedFromTheSecondToTheNinthOfMarch(UUID who) {
        CertificationStub.held(who, "PVG", "PVG scheme membership", span("2021-03-02", "2026-03-01"),
                span("2026-03-10", "2031-03-09"));
    }

    private Response createOn(UUID staffId, String date) {
        return given().auth().oauth2(manager).contentType(ContentType.JSON).body("""
                {"unitId": "%s", "date": "%s", "shiftTypeId": "%s", "staffId": "%s"}
                """.formatted(unit, date, Fixtures.DAY_ASSISTANT, staffId)).post("/api/v1/shifts");
    }

    @Test
    void aShiftBeforeTheRenewalsIssueDateIsRefusedAndOneAfterItAccepted() {
        pvgLapsedFromTheSecondToTheNinthOfMarch(person);

        createOn(person, "2026-03-05").then().statusCode(422)
                .body("detail", containsString("PVG (PVG scheme membership) EXPIRED since 2026-03-02"))
                .body("errors[0].field", equalTo("staffId"));
        assertThat(CertificationStub.askedAbout(person).get(CertificationStub.askedAbout(person).size() - 1)
                .get("date").asText()).isEqualTo("2026-03-05");
        createOn(person, "2026-03-12").then().statusCode(201).body("certificationWarning", nullValue());
        // The expiry day and the renewal's issue day are both covered.
        createOn(person, "2026-03-01").then().statusCode(201);
        createOn(person, "2026-03-10").then().statusCode(201);
    }

    @Test
    void aBulkPlanOverARangeWithAGapRefusesOnlyTheGapsShiftsInOneCall() {
        pvgLapsedFromTheSecondToTheNinthOfMarch(person);
        StringBuilder items = new StringBuilder();
        for (int d = 1; d <= 14; d++) {
            items.append(d == 1 ? "" : ",").append("""
                    {"unitId": "%s", "date": "2026-03-%02d", "shiftTypeId": "%s", "staffId": "%s"}""".formatted(unit, d,
                    Fixtures.DAY_ASSISTANT, person));
        }
        int requests = CertificationStub.REQUESTS.size();
        var refused = given().auth().oauth2(manager).contentType(ContentType.JSON)
                .body("{\"shifts\": [" + items + "]}").post("/api/v1/shifts/bulk").then().statusCode(422)
                .body("detail", containsString("8 of 14 shifts cannot be planned"))
                .extract().jsonPath();
        // 2 to 9 March: items 1 to 8, each naming the PVG; 1 March and 10-14 March pass.
        assertThat(refused.getList("errors.field")).containsExactly("shifts[1].staffId", "shifts[2].staffId",
                "shifts[3].staffId", "shifts[4].staffId", "shifts[5].staffId", "shifts[6].staffId", "shifts[7].staffId",
                "shifts[8].staffId");
        assertThat(refused.getList("errors.message", String.class)).allMatch(message -> message.contains("PVG"));
        // One call, asking about the person on each of their 14 days.
        assertThat(CertificationStub.REQUESTS.size()).isEqualTo(requests + 1);
        var asked = CertificationStub.REQUESTS.get(requests);
        assertThat(asked.get("date").asText()).isEqualTo("2026-03-14");
        assertThat(asked.get("staff").get(0).get("dates")).hasSize(14);
        given().auth().oauth2(manager).get("/api/v1/shifts?careHomeId=" + home).then().statusCode(200)
                .body("totalItems", equalTo(0));

        // Without the gap's days the same plan goes through: 1 March and 10-14 March.
        StringBuilder outside = new StringBuilder();
        for (int d : new int[] {1, 10, 11, 12, 13, 14}) {
            outside.append(outside.isEmpty() ? "" : ",").append("""
                    {"unitId": "%s", "date": "2026-03-%02d", "shiftTypeId": "%s", "staffId": "%s"}""".formatted(unit, d,
                    Fixtures.DAY_ASSISTANT, person));
        }
        given().auth().oauth2(manager).contentType(ContentType.JSON).body("{\"shifts\": [" + outside + "]}")
                .post("/api/v1/shifts/bulk").then().statusCode(201).body("size()", equalTo(6));
    }

    @Test
    void aWeekCopyIntoTheGapRefusesOnlyTheCopiesInIt() {
        pvgLapsedFromTheSecondToTheNinthOfMarch(person);
        // Monday 16 to Friday 20 February 2026, all covered by the old certificate.
        for (int d = 16; d <= 20; d++) {
            createOn(person, "2026-02-" + d).then().statusCode(201);
        }
        // Copied three weeks on: Monday 9 March (in the gap) to Friday 13 March (renewed from the 10th).
        var refused = given().auth().oauth2(manager).contentType(ContentType.JSON).body("""
                {"unitId": "%s", "fromWeekStart": "2026-02-16", "toWeekStart": "2026-03-09"}
                """.formatted(unit)).post("/api/v1/shifts/week-copies").then().statusCode(422)
                .body("detail", containsString("1 of 5 shifts cannot be planned")).extract().jsonPath();
        assertThat(refused.getList("errors.field")).containsExactly("shifts[0].staffId");
        assertThat(refused.getString("errors[0].message")).contains("PVG");
    }

    private Response create(UUID staffId, String overrideReason) {
        return given().auth().oauth2(manager).contentType(ContentType.JSON).body("""
                {"unitId": "%s", "date": "%s", "shiftTypeId": "%s", "staffId": %s, "certificationOverrideReason": %s}
                """.formatted(unit, day, Fixtures.DAY_ASSISTANT, staffId == null ? "null" : "\"" + staffId + "\"",
                overrideReason == null ? "null" : "\"" + overrideReason + "\"")).post("/api/v1/shifts");
    }

    private Response assign(String shiftId, UUID staffId, String overrideReason) {
        return given().auth().oauth2(manager).contentType(ContentType.JSON).body("""
                {"staffId": "%s", "certificationOverrideReason": %s}
                """.formatted(staffId, overrideReason == null ? "null" : "\"" + overrideReason + "\""))
                .post("/api/v1/shifts/" + shiftId + "/assignment");
    }
}
