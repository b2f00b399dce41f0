package io.careops.compliance.staffstatus;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.careops.compliance.support.Fixtures;
import io.careops.compliance.support.SchedulingStub;
import io.careops.platform.test.EmbeddedPostgresResource;
import io.careops.platform.test.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.StringJoiner;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SchedulingStub.class, scope = TestResourceScope.GLOBAL)
class StaffStatusApiTest {

    @jakarta.inject.Inject
    jakarta.validation.ValidatorFactory validators;

    @jakarta.inject.Inject
    com.fasterxml.jackson.databind.ObjectMapper mapper;

    private static final UUID HOME = UUID.randomUUID();
    private static final String SCW_MANDATORY_OTHER_THAN_PVG_AND_SSSC =
            "FIRE_SAFETY INFECTION_CONTROL MANUAL_HANDLING MEDICATION SAFEGUARDING";

    private static io.restassured.response.ValidatableResponse check(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/staff-status").then();
    }

    /** Renews certification {@code id} with one issued and expiring on the days given (ISO dates). */
    private static void renew(String id, String issueDate, String expiryDate) {
        given().auth().oauth2(Tokens.of("manager", HOME)).contentType(ContentType.JSON)
                .body("{\"issueDate\": \"%s\", \"expiryDate\": \"%s\"}".formatted(issueDate, expiryDate))
                .post("/api/v1/certifications/" + id + "/renewals").then().statusCode(201);
    }

    private static String fullyCertified(SchedulingStub.Staff staff) {
        for (String type : SCW_MANDATORY_OTHER_THAN_PVG_AND_SSSC.split(" ")) {
            Fixtures.certify(staff, type, LocalDate.of(2026, 1, 5), null, false);
        }
        return Fixtures.certify(staff, "SSSC", LocalDate.of(2025, 1, 5), null, false);
    }

    @Test
    void eachPersonInRequestOrderWithWhatIsNotValidOnTheDate() {
        SchedulingStub.Staff expired = Fixtures.staff(HOME, "SCW", "Expired");
        fullyCertified(expired);
        Fixtures.certify(expired, "PVG", LocalDate.of(2021, 6, 30), LocalDate.of(2026, 6, 30), false);
        SchedulingStub.Staff good = Fixtures.staff(HOME, "SCW", "Good");
        fullyCertified(good);
        Fixtures.certify(good, "PVG", LocalDate.of(2025, 1, 1), null, false);
        SchedulingStub.Staff pending = Fixtures.staff(HOME, "SCW", "Pending");
        fullyCertified(pending);
        Fixtures.certify(pending, "PVG", LocalDate.of(2026, 1, 1), null, true);
        // No role: only what they hold counts, and only critical types; a lapsed first aid (critical) shows.
        SchedulingStub.Staff noRole = Fixtures.staff(HOME, null, "NoRole");
        Fixtures.certify(noRole, "FIRST_AID", LocalDate.of(2022, 1, 1), LocalDate.of(2025, 1, 1), false);
        Fixtures.certify(noRole, "FIRE_SAFETY", LocalDate.of(2022, 1, 1), LocalDate.of(2025, 1, 1), false);
        UUID unknown = UUID.randomUUID();

        String body = """
                {"date": "2026-07-10", "staff": [
                  {"staffId": "%s", "roleCode": "SCW"}, {"staffId": "%s", "roleCode": "SCW"},
                  {"staffId": "%s", "roleCode": "SCW"}, {"staffId": "%s", "roleCode": null},
                  {"staffId": "%s", "roleCode": "SCA"}, {"staffId": "%s", "roleCode": "SCW"}]}
                """.formatted(expired.id(), good.id(), pending.id(), noRole.id(), unknown, expired.id());
        check(Tokens.of("manager", HOME), body).statusCode(200)
                .body("date", equalTo("2026-07-10"))
                .body("staff.staffId", contains(expired.id().toString(), good.id().toString(), pending.id().toString(),
                        noRole.id().toString(), unknown.toString(), expired.id().toString()))
                .body("staff[0].notValid", hasSize(1))
                .body("staff[0].notValid[0].typeCode", equalTo("PVG"))
                .body("staff[0].notValid[0].typeName", equalTo("PVG scheme membership"))
                .body("staff[0].notValid[0].critical", equalTo(true))
                .body("staff[0].notValid[0].mandatory", equalTo(true))
                .body("staff[0].notValid[0].status", equalTo("EXPIRED"))
                .body("staff[0].notValid[0].expiryDate", equalTo("2026-06-30"))
                .body("staff[1].notValid", hasSize(0))
                .body("staff[2].notValid[0].status", equalTo("PENDING"))
                .body("staff[3].notValid", hasSize(1))
                .body("staff[3].notValid[0].typeCode", equalTo("FIRST_AID"))
                .body("staff[3].notValid[0].mandatory", equalTo(false))
                // An SCA with nothing: every type mandatory for SCA is missing, critical ones first.
                .body("staff[4].notValid.typeCode", contains("PVG", "SAFEGUARDING", "SSSC", "FIRE_SAFETY",
                        "INFECTION_CONTROL", "MANUAL_HANDLING"))
                .body("staff[4].notValid.status", not(hasItem(not(equalTo("MISSING")))))
                .body("staff[4].notValid[0].expiryDate", nullValue())
                .body("staff[5].notValid[0].status", equalTo("EXPIRED"));
        // On the expiry day itself it is still valid.
        check(Tokens.of("manager", HOME), body.replace("2026-07-10", "2026-06-30")).statusCode(200)
                .body("staff[0].notValid", hasSize(0));
    }

    @Test
    void onlyCertificationsInTheCallersHomesCount() {
        SchedulingStub.Staff good = Fixtures.staff(HOME, "SCW", "Elsewhere");
        fullyCertified(good);
        Fixtures.certify(good, "PVG", LocalDate.of(2025, 1, 1), null, false);
        String body = "{\"date\": \"2026-07-10\", \"staff\": [{\"staffId\": \"" + good.id() + "\", \"roleCode\": \"SCW\"}]}";
        check(Tokens.of("inspector", HOME), body).statusCode(200).body("staff[0].notValid", hasSize(0));
        // A staff token naming no one may not ask about anybody (issue 15: it used to answer about colleagues).
        check(Tokens.of("staff", UUID.randomUUID()), body).statusCode(404);
    }

    @Test
    void aStaffTokenSeesOnlyItselfAndAnotherPersonIs404() {
        SchedulingStub.Staff me = Fixtures.staff(HOME, "SCW", "Myself");
        fullyCertified(me);
        Fixtures.certify(me, "PVG", LocalDate.of(2021, 6, 30), LocalDate.of(2026, 6, 30), false);
        SchedulingStub.Staff colleague = Fixtures.staff(HOME, "SCW", "Colleague");
        fullyCertified(colleague);
        // Someone compliance holds nothing for: only scheduling's directory knows their staff number.
        SchedulingStub.Staff newcomer = Fixtures.staff(HOME, "SCW", "Newcomer");
        String mine = "{\"date\": \"2026-07-10\", \"staff\": [{\"staffId\": \"" + me.id() + "\", \"roleCode\": \"SCW\"}]}";
        String both = "{\"date\": \"2026-07-10\", \"staff\": [{\"staffId\": \"" + me.id()
                + "\", \"roleCode\": \"SCW\"}, {\"staffId\": \"" + colleague.id() + "\", \"roleCode\": \"SCW\"}]}";
        String token = Tokens.person("staff", me.staffNumber(), HOME);

        check(token, mine).statusCode(200).body("staff[0].notValid", hasSize(1))
                .body("staff[0].notValid[0].typeCode", equalTo("PVG"))
                .body("staff[0].notValid[0].status", equalTo("EXPIRED"));
        check(token, both).statusCode(404).body("type", equalTo("https://careops.io/problems/not-found"))
                .body("detail", equalTo("Staff member " + colleague.id() + " was not found"));
        check(token, mine.replace(me.id().toString(), newcomer.id().toString())).statusCode(404);
        check(token, mine.replace(me.id().toString(), UUID.randomUUID().toString())).statusCode(404);
        // The newcomer asking about themselves: their staff number comes from the directory.
        check(Tokens.person("staff", newcomer.staffNumber(), HOME),
                mine.replace(me.id().toString(), newcomer.id().toString())).statusCode(200)
                .body("staff[0].notValid.status", not(hasItem(not(equalTo("MISSING")))))
                .body("staff[0].notValid", hasSize(7));
        // Managers still ask about anyone in their homes.
        check(Tokens.of("manager", HOME), both).statusCode(200).body("staff", hasSize(2));
    }

    @Test
    void fiveThousandIsTheLimitAndTheDateIsRequired() {
        StringJoiner many = new StringJoiner(",", "{\"date\": \"2026-07-10\", \"staff\": [", "]}");
        for (int i = 0; i < 5000; i++) {
            many.add("{\"staffId\": \"" + UUID.randomUUID() + "\", \"roleCode\": \"SCA\"}");
        }
        check(Tokens.allHomes("manager"), many.toString()).statusCode(200).body("staff", hasSize(5000))
                .body("staff[4999].notValid", hasSize(6));
        String tooMany = many.toString().replace("]}", ",{\"staffId\": \"" + UUID.randomUUID() + "\"}]}");
        check(Tokens.allHomes("manager"), tooMany).statusCode(400).body("errors[0].field", equalTo("staff"));
        check(Tokens.allHomes("manager"), "{\"staff\": []}").statusCode(400).body("errors[0].field", equalTo("date"));
        check(Tokens.allHomes("manager"), "{\"date\": \"2026-02-30\", \"staff\": []}").statusCode(400);
        check(Tokens.allHomes("manager"), "{\"date\": \"2026-07-10\", \"staff\": [{\"staffId\": \"nope\"}]}").statusCode(400);
        check(Tokens.allHomes("manager"), "{\"date\": \"2026-07-10\", \"staff\": []}").statusCode(200).body("staff", hasSize(0));
    }

    /**
     * A batch of at most a thousand people (a home's staff, as rota health asks) and a larger one are
     * read by different statements (ComplianceReadRepository: by id, or joined by position): the
     * same people answer the same, wherever they stand in the list and whoever else is asked, on the
     * request's date and on days of their own (a renewal, a lapse, a pending, a role's missing type).
     */
    @Test
    void aSmallBatchAndALargeOneAnswerTheSame() throws Exception {
        SchedulingStub.Staff expired = Fixtures.staff(HOME, "SCW", "BatchExpired");
        fullyCertified(expired);
        Fixtures.certify(expired, "PVG", LocalDate.of(2021, 6, 30), LocalDate.of(2026, 6, 30), false);
        SchedulingStub.Staff renewed = Fixtures.staff(HOME, "SCW", "BatchRenewed");
        fullyCertified(renewed);
        String old = Fixtures.certify(renewed, "PVG", LocalDate.of(2021, 3, 1), LocalDate.of(2026, 3, 1), false);
        renew(old, "2026-03-10", "2031-03-10");
        SchedulingStub.Staff pending = Fixtures.staff(HOME, "SCW", "BatchPending");
        fullyCertified(pending);
        Fixtures.certify(pending, "PVG", LocalDate.of(2026, 1, 1), null, true);
        SchedulingStub.Staff missing = Fixtures.staff(HOME, "SCW", "BatchMissing");
        List<String> people = List.of(
                "{\"staffId\": \"%s\", \"roleCode\": \"SCW\", \"dates\": [\"2026-03-05\", \"2026-03-12\"]}"
                        .formatted(renewed.id()),
                "{\"staffId\": \"%s\", \"roleCode\": \"SCW\"}".formatted(expired.id()),
                "{\"staffId\": \"%s\", \"roleCode\": \"SCW\"}".formatted(pending.id()),
                "{\"staffId\": \"%s\", \"roleCode\": \"SCW\"}".formatted(missing.id()));
        StringJoiner few = new StringJoiner(",", "{\"date\": \"2026-07-10\", \"staff\": [", "]}");
        people.forEach(few::add);
        StringJoiner many = new StringJoiner(",", "{\"date\": \"2026-07-10\", \"staff\": [", "]}");
        for (int i = 0; i < 1200; i++) {
            if (i % 300 == 7) {
                many.add(people.get(i / 300));
            }
            many.add("{\"staffId\": \"" + UUID.randomUUID() + "\", \"roleCode\": \"SCA\"}");
        }
        com.fasterxml.jackson.databind.JsonNode small = mapper.readTree(check(Tokens.of("manager", HOME), few.toString())
                .statusCode(200).extract().asString()).get("staff");
        com.fasterxml.jackson.databind.JsonNode large = mapper.readTree(check(Tokens.of("manager", HOME), many.toString())
                .statusCode(200).body("staff", hasSize(1204)).extract().asString()).get("staff");
        for (int i = 0; i < people.size(); i++) {
            org.junit.jupiter.api.Assertions.assertEquals(small.get(i), large.get(i * 301 + 7), "person " + i);
        }
        // What each is answered (the figures the judge works out, as the tests above state them).
        check(Tokens.of("manager", HOME), few.toString()).statusCode(200)
                .body("staff[0].days[0].notValid.typeCode", contains("PVG"))
                .body("staff[0].days[0].notValid[0].status", equalTo("EXPIRED"))
                .body("staff[0].days[1].notValid", hasSize(0))
                .body("staff[1].notValid.typeCode", contains("PVG"))
                .body("staff[2].notValid[0].status", equalTo("PENDING"))
                .body("staff[3].notValid", hasSize(7));
    }

    /**
     * The constraints of each person in the list are still checked, every one reported in one answer
     * with its path, now that validation treats every property as reachable without asking Hibernate
     * ORM ({@code platform/validation/TraverseEverything}).
     */
    @Test
    void everyPersonsConstraintsAreCheckedAndAllReportedAtOnce() {
        org.junit.jupiter.api.Assertions.assertEquals(
                io.careops.platform.validation.TraverseEverything.Everything.class,
                validators.getTraversableResolver().getClass());
        check(Tokens.allHomes("manager"), """
                {"date": "2026-07-10", "staff": [
                  {"staffId": "%s", "roleCode": "SCW"},
                  {"staffId": "%s", "roleCode": "not a role"},
                  {"staffId": null, "roleCode": "SCA"}]}
                """.formatted(UUID.randomUUID(), UUID.randomUUID())).statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("staff[1].roleCode", "staff[2].staffId"));
    }

    /**
     * Issue 14, certification as of the day: a PVG that expired on 1 March 2026, renewed with a
     * certificate issued on 10 March. The renewal does not cover the days before its issue date:
     * on 5 March the old certificate decides (EXPIRED since 2 March); on 12 March the renewal does.
     */
    @Test
    void aRenewalDoesNotCoverTheDaysBeforeItsIssueDate() {
        SchedulingStub.Staff renewed = Fixtures.staff(HOME, "SCW", "Renewed");
        fullyCertified(renewed);
        String old = Fixtures.certify(renewed, "PVG", LocalDate.of(2021, 3, 2), LocalDate.of(2026, 3, 1), false);
        renew(old, "2026-03-10", "2031-03-09");
        String person = "{\"staffId\": \"" + renewed.id() + "\", \"roleCode\": \"SCW\"}";

        check(Tokens.of("manager", HOME), "{\"date\": \"2026-03-05\", \"staff\": [" + person + "]}").statusCode(200)
                .body("staff[0].notValid", hasSize(1))
                .body("staff[0].notValid[0].typeCode", equalTo("PVG"))
                .body("staff[0].notValid[0].status", equalTo("EXPIRED"))
                .body("staff[0].notValid[0].expiryDate", equalTo("2026-03-01"))
                .body("staff[0].days", nullValue());
        check(Tokens.of("manager", HOME), "{\"date\": \"2026-03-12\", \"staff\": [" + person + "]}").statusCode(200)
                .body("staff[0].notValid", hasSize(0));
        // The issue day itself is covered by the renewal; the expiry day by the old certificate.
        check(Tokens.of("manager", HOME), "{\"date\": \"2026-03-10\", \"staff\": [" + person + "]}").statusCode(200)
                .body("staff[0].notValid", hasSize(0));
        check(Tokens.of("manager", HOME), "{\"date\": \"2026-03-01\", \"staff\": [" + person + "]}").statusCode(200)
                .body("staff[0].notValid", hasSize(0));
        // The dashboard's matrix says the same on each day.
        given().auth().oauth2(Tokens.of("manager", HOME)).get("/api/v1/dashboard/training-matrix?careHomeId=" + HOME
                + "&asOf=2026-03-05&size=100").then().statusCode(200)
                .body("items.find { it.staffId == '" + renewed.id() + "' }.cells.find { it.typeCode == 'PVG' }.status",
                        equalTo("EXPIRED"));
    }

    /**
     * Item 2: one call asks about each person on days of their own (a bulk plan over 1-14 March);
     * each day is judged on the certificate in force on it, so only the gap (2-9 March) is EXPIRED.
     */
    @Test
    void eachPersonOnDaysOfTheirOwnInOneCall() {
        SchedulingStub.Staff renewed = Fixtures.staff(HOME, "SCW", "Ranged");
        fullyCertified(renewed);
        String old = Fixtures.certify(renewed, "PVG", LocalDate.of(2021, 3, 2), LocalDate.of(2026, 3, 1), false);
        renew(old, "2026-03-10", "2031-03-09");
        SchedulingStub.Staff good = Fixtures.staff(HOME, "SCW", "AlwaysGood");
        fullyCertified(good);
        Fixtures.certify(good, "PVG", LocalDate.of(2025, 1, 1), null, false);
        StringJoiner days = new StringJoiner("\", \"", "[\"", "\"]");
        for (int d = 14; d >= 1; d--) {
            days.add(LocalDate.of(2026, 3, d).toString()); // out of order, answered in date order
        }
        String body = """
                {"date": "2026-03-14", "staff": [
                  {"staffId": "%s", "roleCode": "SCW", "dates": %s},
                  {"staffId": "%s", "roleCode": "SCW", "dates": ["2026-03-05"]},
                  {"staffId": "%s", "roleCode": "SCW"}]}
                """.formatted(renewed.id(), days, good.id(), renewed.id());
        var answer = check(Tokens.of("manager", HOME), body).statusCode(200)
                .body("staff[0].notValid", hasSize(0))
                .body("staff[0].days", hasSize(14))
                .body("staff[0].days[0].date", equalTo("2026-03-01"))
                .body("staff[0].days[0].notValid", hasSize(0))
                .body("staff[1].days[0].notValid", hasSize(0))
                .body("staff[2].days", nullValue())
                .extract().jsonPath();
        for (int d = 1; d <= 14; d++) {
            boolean gap = d >= 2 && d <= 9;
            List<String> types = answer.getList("staff[0].days[" + (d - 1) + "].notValid.typeCode");
            org.junit.jupiter.api.Assertions.assertEquals(gap ? List.of("PVG") : List.of(), types, "2026-03-" + d);
            if (gap) {
                org.junit.jupiter.api.Assertions.assertEquals("2026-03-01",
                        answer.getString("staff[0].days[" + (d - 1) + "].notValid[0].expiryDate"));
            }
        }
        // Too many dates for one person: 400 naming the field, nothing else answered.
        StringJoiner tooMany = new StringJoiner("\", \"", "[\"", "\"]");
        LocalDate from = LocalDate.of(2025, 1, 1);
        for (int d = 0; d < 367; d++) {
            tooMany.add(from.plusDays(d).toString());
        }
        check(Tokens.of("manager", HOME), """
                {"date": "2026-03-14", "staff": [{"staffId": "%s", "roleCode": "SCW", "dates": %s}]}
                """.formatted(good.id(), tooMany)).statusCode(400)
                .body("errors[0].field", equalTo("staff[0].dates"));
    }

    /**
     * Issue 15: the answer is written by {@link StaffStatusResponseWriter}, not by databind over the
     * records; it must be the very bytes databind writes (property order, nulls, dates, escaping),
     * for every shape an answer takes: days or none, verdicts shared or not, empty lists, text to escape.
     */
    @Test
    void theAnswerIsWrittenByteForByteAsDatabindWritesIt() throws Exception {
        StaffStatusResponse.NotValid missing = new StaffStatusResponse.NotValid("FIRE_SAFETY", "Fire safety", false, true,
                "MISSING", null);
        StaffStatusResponse.NotValid expired = new StaffStatusResponse.NotValid("PVG", "PVG scheme membership", true, true,
                "EXPIRED", LocalDate.of(2026, 6, 30));
        StaffStatusResponse.NotValid escaped = new StaffStatusResponse.NotValid("Q_1", "Quotes \"q\", back\\slash, tab\t,"
                + " line\n, U+0001 \u0001, caf\u00e9, \u20ac and \ud83d\ude00", false, false, "PENDING", LocalDate.of(1, 1, 1));
        StaffStatusResponse answer = new StaffStatusResponse(LocalDate.of(2026, 7, 10), List.of(
                new StaffStatusResponse.Person(UUID.randomUUID(), List.of(expired, missing), null),
                new StaffStatusResponse.Person(UUID.randomUUID(), List.of(), List.of()),
                new StaffStatusResponse.Person(UUID.randomUUID(), List.of(missing, escaped), List.of(
                        new StaffStatusResponse.Day(LocalDate.of(2026, 3, 1), List.of()),
                        new StaffStatusResponse.Day(LocalDate.of(2026, 3, 2), List.of(missing, expired)),
                        new StaffStatusResponse.Day(LocalDate.of(9999, 12, 31), List.of(new StaffStatusResponse.NotValid(
                                "PVG", "PVG scheme membership", true, true, "EXPIRED", LocalDate.of(2026, 6, 30))))))));
        StaffStatusResponseWriter writer = new StaffStatusResponseWriter(mapper);
        // Bytes, as the answer goes out: UTF-8 (databind's UTF-8 generator escapes a surrogate pair, its String one does not).
        byte[] databind = mapper.writeValueAsBytes(answer);
        org.junit.jupiter.api.Assertions.assertEquals(new String(databind, java.nio.charset.StandardCharsets.UTF_8),
                new String(writer.json(answer), java.nio.charset.StandardCharsets.UTF_8));
        org.junit.jupiter.api.Assertions.assertArrayEquals(databind, writer.json(answer));
        org.junit.jupiter.api.Assertions.assertArrayEquals(mapper.writeValueAsBytes(new StaffStatusResponse(null, List.of())),
                writer.json(new StaffStatusResponse(null, List.of())));
    }
}
