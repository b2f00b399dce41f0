package io.careops.scheduling.eligibility;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 7, the paths where the caller's own token cannot see the person's certificates in
 * compliance, so that before the service grant a lapsed PVG did not stop the assignment:
 * <ul>
 * <li>a swap with a shift in return, accepted by a staff member: compliance refused the whole
 * question (the offerer is not the caller: 404), so both people went UNCHECKED and through;</li>
 * <li>a swap across homes approved by a manager of the shift's home: the other home's person's
 * certificates were out of the manager's homes, so MISSING, which refuses nothing;</li>
 * <li>a claim or a manager's assignment of a person whose certificates are recorded under a home the
 * token does not name (their previous home in the group): MISSING, through.</li>
 * </ul>
 * With the grant each is refused with 422 naming the certification; a manager's override with a
 * reason still goes through; a compliance that refuses the grant or is down lets it through with the
 * recorded warning. {@link CertificationStub} answers as compliance does for people
 * {@link CertificationStub#recordedIn recorded} in a home (scoping, self-service, grant check).
 */
@QuarkusTest
@WithTestResource(CertificationStub.class)
class CertificationGrantApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    CircuitBreakerMaintenance breakers;

    UUID home;
    UUID unit;
    LocalDate day;
    String manager;

    @BeforeEach
    void setUp() {
        CertificationStub.mode = Mode.UP;
        breakers.resetAll();
        home = Fixtures.careHome();
        unit = Fixtures.unit(home);
        day = LocalDate.now().plusDays(70).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        manager = Tokens.of("manager", home);
    }

    @AfterEach
    void heal() {
        CertificationStub.mode = Mode.UP;
        breakers.resetAll();
    }

    /** A person whose certificates compliance records in {@code recordedIn}. */
    private static UUID person(UUID home, UUID recordedIn) {
        UUID id = Fixtures.staff(home, "SCA");
        CertificationStub.recordedIn(id, recordedIn, Fixtures.staffNumber(id));
        return id;
    }

    private String pvgExpiredSince() {
        return "PVG (PVG scheme membership) EXPIRED since " + day.minusDays(9);
    }

    private void lapsedPvg(UUID who) {
        CertificationStub.lapsed(who, "PVG", "PVG scheme membership", day.minusDays(10).toString());
    }

    private static String shift(String token, UUID unit, LocalDate date, UUID staff) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("""
                {"unitId": "%s", "date": "%s", "shiftTypeId": "%s", "staffId": %s}
                """.formatted(unit, date, Fixtures.DAY_ASSISTANT, staff == null ? "null" : "\"" + staff + "\""))
                .post("/api/v1/shifts").then().statusCode(201).extract().path("id");
    }

    private static Response offer(String token, String shiftId, UUID to, String returnShiftId) {
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
        return given().auth().oauth2(Tokens.allHomes("admin")).get("/api/v1/shifts/" + shiftId).then().statusCode(200)
                .extract().path("staffId");
    }

    /** The staff ids of the last grant sent, and that it was made for {@code subject}. */
    private static List<String> lastGrant(String subject) {
        assertThat(CertificationStub.GRANTS).isNotEmpty();
        String grant = CertificationStub.GRANTS.get(CertificationStub.GRANTS.size() - 1);
        try {
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(grant.split("\\.")[1]));
            assertThat(claims.get("iss").asText()).isEqualTo("careops-scheduling");
            assertThat(claims.get("aud").isArray() ? claims.get("aud").get(0).asText() : claims.get("aud").asText())
                    .isEqualTo("careops-compliance");
            assertThat(claims.get("sub").asText()).isEqualTo(subject);
            assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isBetween(59L, 61L);
            List<String> ids = new ArrayList<>();
            claims.get("staff_ids").forEach(id -> ids.add(id.asText()));
            return ids;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aSwapAcceptedByAStaffMemberIsRefusedOnTheOfferersLapsedPvgOnTheShiftInReturn() {
        UUID a = person(home, home);
        UUID b = person(home, home);
        String mine = shift(manager, unit, day, a);
        String theirs = shift(manager, unit, day.plusDays(2), b);
        lapsedPvg(a);
        String swap = offer(Fixtures.staffToken(a, home), mine, b, theirs).then().statusCode(201).extract().path("id");

        String bToken = Fixtures.staffToken(b, home);
        act(bToken, swap, "acceptance").then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://careops.io/problems/rule-violation"))
                .body("errors[0].field", equalTo("fromStaffId"))
                .body("errors[0].message", containsString(pvgExpiredSince()));
        // One grant, for B (the caller), naming both people asked about.
        assertThat(lastGrant("test-staff-" + Fixtures.staffNumber(b))).containsExactlyInAnyOrder(b.toString(), a.toString());
        given().auth().oauth2(manager).get("/api/v1/shift-swaps/" + swap).then().statusCode(200)
                .body("state", equalTo("OFFERED"));
        assertThat(staffOf(mine)).isEqualTo(a.toString());
        assertThat(staffOf(theirs)).isEqualTo(b.toString());
    }

    @Test
    void aSwapWithAShiftInReturnIsRefusedOnTheAcceptingPersonsOwnLapsedPvgToo() {
        UUID a = person(home, home);
        UUID b = person(home, home);
        String mine = shift(manager, unit, day, a);
        String theirs = shift(manager, unit, day.plusDays(2), b);
        lapsedPvg(b);
        String swap = offer(Fixtures.staffToken(a, home), mine, b, theirs).then().statusCode(201).extract().path("id");
        act(Fixtures.staffToken(b, home), swap, "acceptance").then().statusCode(422)
                .body("errors[0].field", equalTo("toStaffId"))
                .body("errors[0].message", containsString(pvgExpiredSince()));
    }

    @Test
    void aSwapAcrossHomesApprovedByTheShiftHomesManagerIsRefusedOnTheOtherHomesPersonsLapsedPvg() {
        UUID otherHome = Fixtures.careHome();
        UUID a = person(home, home);
        UUID y = person(otherHome, otherHome);
        String mine = shift(manager, unit, day, a);
        String aInTheGroup = Tokens.person("staff", Fixtures.staffNumber(a), home, otherHome);
        String swap = offer(aInTheGroup, mine, y, null).then().statusCode(201).extract().path("id");
        act(Fixtures.staffToken(y, otherHome), swap, "acceptance").then().statusCode(200).body("state", equalTo("ACCEPTED"));
        // Found lapsed after Y accepted (recorded late); approval judges again.
        lapsedPvg(y);

        act(manager, swap, "approval").then().statusCode(422)
                .body("errors[0].field", equalTo("toStaffId"))
                .body("errors[0].message", containsString(pvgExpiredSince()));
        assertThat(lastGrant("test-manager")).containsExactly(y.toString());
        assertThat(staffOf(mine)).isEqualTo(a.toString());
    }

    @Test
    void aSwapAcrossHomesWithAShiftInReturnAcceptedByTheOtherHomesPersonIsRefusedOnTheOfferersLapsedPvg() {
        UUID otherHome = Fixtures.careHome();
        UUID otherUnit = Fixtures.unit(otherHome);
        UUID a = person(home, home);
        UUID y = person(otherHome, otherHome);
        String mine = shift(manager, unit, day, a);
        String theirs = shift(Tokens.of("manager", otherHome), otherUnit, day.plusDays(2), y);
        lapsedPvg(a);
        String aInTheGroup = Tokens.person("staff", Fixtures.staffNumber(a), home, otherHome);
        String swap = offer(aInTheGroup, mine, y, theirs).then().statusCode(201).extract().path("id");

        act(Fixtures.staffToken(y, otherHome), swap, "acceptance").then().statusCode(422)
                .body("errors[0].field", equalTo("fromStaffId"))
                .body("errors[0].message", containsString(pvgExpiredSince()));
    }

    @Test
    void aClaimIsRefusedWhenThePersonsCertificatesAreRecordedUnderTheirPreviousHome() {
        UUID previousHome = Fixtures.careHome();
        UUID moved = person(home, previousHome);
        lapsedPvg(moved);
        String open = shift(manager, unit, day, null);
        String offerId = given().auth().oauth2(manager).contentType(ContentType.JSON)
                .body("{\"shiftId\": \"" + open + "\", \"limit\": 5}").post("/api/v1/open-shift-offers").then()
                .statusCode(201).extract().path("offers.find { it.staffId == '" + moved + "' }.id");
        assertThat(offerId).as("offered: the manager's rota health cannot see the lapse either").isNotNull();

        given().auth().oauth2(Fixtures.staffToken(moved, home)).post("/api/v1/open-shift-offers/" + offerId + "/claim")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("staffId"))
                .body("errors[0].message", containsString(pvgExpiredSince()));
        assertThat(lastGrant("test-staff-" + Fixtures.staffNumber(moved))).containsExactly(moved.toString());
        assertThat(staffOf(open)).isNull();
    }

    @Test
    void aManagersAssignmentIsRefusedOnCertificatesRecordedUnderAnotherHomeAndAnOverrideWithAReasonGoesThrough() {
        UUID previousHome = Fixtures.careHome();
        UUID moved = person(home, previousHome);
        lapsedPvg(moved);
        String open = shift(manager, unit, day, null);

        assign(open, moved, null).then().statusCode(422)
                .body("detail", containsString(pvgExpiredSince()))
                .body("detail", containsString("certificationOverrideReason"));
        given().auth().oauth2(manager).contentType(ContentType.JSON).body("""
                {"shifts": [{"unitId": "%s", "date": "%s", "shiftTypeId": "%s", "staffId": "%s"}]}
                """.formatted(unit, day.plusDays(1), Fixtures.DAY_ASSISTANT, moved)).post("/api/v1/shifts/bulk").then()
                .statusCode(422).body("errors[0].field", equalTo("shifts[0].staffId"))
                .body("errors[0].message", containsString("PVG"));

        assign(open, moved, "PVG renewal confirmed by Disclosure Scotland by phone").then().statusCode(200)
                .body("staffId", equalTo(moved.toString()))
                .body("certificationOverrideReason", equalTo("PVG renewal confirmed by Disclosure Scotland by phone"))
                .body("certificationWarning", containsString(pvgExpiredSince()));
    }

    @Test
    void aWeekCopyWithAPersonWhoseCertificatesAreRecordedElsewhereIsRefusedOnTheLapse() {
        UUID previousHome = Fixtures.careHome();
        UUID moved = person(home, previousHome);
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        shift(manager, unit, monday, moved);
        // Lapsed after the source week, before the copy's.
        CertificationStub.lapsed(moved, "PVG", "PVG scheme membership", monday.plusDays(3).toString());
        given().auth().oauth2(manager).contentType(ContentType.JSON).body("""
                {"unitId": "%s", "fromWeekStart": "%s", "toWeekStart": "%s"}
                """.formatted(unit, monday, monday.plusWeeks(1))).post("/api/v1/shifts/week-copies").then()
                .statusCode(422).body("errors[0].field", equalTo("shifts[0].staffId"))
                .body("errors[0].message", containsString("PVG (PVG scheme membership) EXPIRED since " + monday.plusDays(4)));
    }

    @Test
    void aManagerOfBothHomesAssigningSomeoneOfTheOtherHomeWasAlreadyRefusedAndStillIs() {
        UUID otherHome = Fixtures.careHome();
        UUID y = person(otherHome, otherHome);
        lapsedPvg(y);
        String open = shift(manager, unit, day, null);
        given().auth().oauth2(Tokens.of("manager", home, otherHome)).contentType(ContentType.JSON)
                .body("{\"staffId\": \"" + y + "\"}").post("/api/v1/shifts/" + open + "/assignment").then()
                .statusCode(422).body("detail", containsString(pvgExpiredSince()));
        // A manager of this home alone does not see Y at all.
        assign(open, y, null).then().statusCode(404);
    }

    @Test
    void whenComplianceRefusesTheGrantOrIsDownTheAssignmentGoesThroughWithTheWarning() {
        UUID previousHome = Fixtures.careHome();
        UUID moved = person(home, previousHome);
        lapsedPvg(moved);
        CertificationStub.mode = Mode.REFUSE_GRANTS;
        String open = shift(manager, unit, day, null);
        assign(open, moved, null).then().statusCode(200).body("staffId", equalTo(moved.toString()))
                .body("certificationWarning", containsString("Certifications not checked"))
                .body("certificationOverrideReason", nullValue());

        breakers.resetAll();
        CertificationStub.mode = Mode.DOWN;
        String another = shift(manager, unit, day.plusDays(1), null);
        assign(another, moved, null).then().statusCode(200)
                .body("certificationWarning", containsString("could not be reached or answered with an error"));
    }

    @Test
    void aStaffMembersOwnClaimInTheirOwnHomeWasAlreadyJudgedAndStillIs() {
        UUID person = person(home, home);
        String open = shift(manager, unit, day, null);
        String offerId = given().auth().oauth2(manager).contentType(ContentType.JSON)
                .body("{\"shiftId\": \"" + open + "\", \"limit\": 5}").post("/api/v1/open-shift-offers").then()
                .statusCode(201).extract().path("offers.find { it.staffId == '" + person + "' }.id");
        lapsedPvg(person);
        given().auth().oauth2(Fixtures.staffToken(person, home)).post("/api/v1/open-shift-offers/" + offerId + "/claim")
                .then().statusCode(422).body("errors.message", hasItem(containsString(pvgExpiredSince())));
    }

    private Response assign(String shiftId, UUID staffId, String overrideReason) {
        return given().auth().oauth2(manager).contentType(ContentType.JSON).body("""
                {"staffId": "%s", "certificationOverrideReason": %s}
                """.formatted(staffId, overrideReason == null ? "null" : "\"" + overrideReason + "\""))
                .post("/api/v1/shifts/" + shiftId + "/assignment");
    }
}
