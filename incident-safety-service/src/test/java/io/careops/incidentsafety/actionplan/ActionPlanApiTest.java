package io.careops.incidentsafety.actionplan;

import static io.careops.incidentsafety.Fixtures.as;
import static io.careops.incidentsafety.Fixtures.move;
import static io.careops.incidentsafety.Fixtures.review;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.careops.incidentsafety.Fixtures;
import io.careops.incidentsafety.actionplan.service.ActionPlanMetrics;
import io.careops.platform.test.ApiContractTest;
import io.careops.platform.test.EmbeddedPostgresResource;
import io.careops.platform.test.Tokens;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = io.careops.incidentsafety.UnitsStub.class, scope = TestResourceScope.GLOBAL)
class ActionPlanApiTest extends ApiContractTest {

    private static final UUID HOME = UUID.randomUUID();
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static String incident;

    @Inject
    EntityManager entityManager;
    @Inject
    ActionPlanMetrics metrics;
    @Inject
    MeterRegistry registry;

    private static String incident() {
        if (incident == null) {
            incident = Fixtures.incident(HOME, "2025-01-10", "FALL_UNWITNESSED", "LOW_HARM", null);
        }
        return incident;
    }

    private static int year() {
        return LocalDate.now(UK).getYear();
    }

    static String body(String incidentId, String priority) {
        return """
                {"incidentId": "%s", "actionType": "PREVENTIVE", "priority": "%s", "actionStrength": "INTERMEDIATE",
                 "owner": "test-staff@careops.invalid", "problemStatement": "Falls after room move",
                 "actionDescription": "Add a falls risk review to the room move checklist"}
                """.formatted(incidentId, priority);
    }

    @Override
    protected String collectionPath() {
        return "/api/v1/action-plans";
    }

    @Override
    protected String openApiTitle() {
        return "CareOps incident safety service";
    }

    @Override
    protected String creatorRole() {
        return "manager";
    }

    @Override
    protected Created create() {
        String id = authorized().contentType(ContentType.JSON).body(body(incident(), "HIGH")).post(collectionPath())
                .then().statusCode(201).extract().path("id");
        return new Created(id, HOME);
    }

    @Override
    protected BadBody invalidField() {
        return new BadBody(body(UUID.randomUUID().toString(), "HIGH").replace("Falls after room move", ""), "problemStatement");
    }

    @Override
    protected BadBody wrongType() {
        return new BadBody(body(UUID.randomUUID().toString(), "HIGH").replace("\"INTERMEDIATE\"", "[1]"), "actionStrength");
    }

    @Override
    protected BadBody unknownEnumValue() {
        return new BadBody(body(UUID.randomUUID().toString(), "URGENT"), "priority");
    }

    // --- references -------------------------------------------------------------------------

    @Test
    void twentyConcurrentCreatesGetTwentyConsecutiveReferences() {
        String incidentId = incident();
        int creates = 20;
        ExecutorService pool = Executors.newFixedThreadPool(creates);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<String>> futures = new ArrayList<>();
        for (int i = 0; i < creates; i++) {
            futures.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
                return as("manager", HOME).body(body(incidentId, "MEDIUM")).post(collectionPath())
                        .then().statusCode(201).extract().<String>path("reference");
            }, pool));
        }
        start.countDown();
        List<String> references = futures.stream().map(CompletableFuture::join).toList();
        pool.shutdown();
        assertEquals(creates, new HashSet<>(references).size(), "no duplicates: " + references);
        List<Integer> numbers = references.stream()
                .peek(reference -> assertTrue(reference.matches("SAP-" + year() + "-\\d{3,}"), reference))
                .map(reference -> Integer.parseInt(reference.substring(reference.lastIndexOf('-') + 1))).sorted().toList();
        for (int i = 1; i < numbers.size(); i++) {
            assertEquals(numbers.get(i - 1) + 1, numbers.get(i), "no gaps: " + numbers);
        }
    }

    @Test
    void referencesGrowPast999() {
        int year = year();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                INSERT INTO reference_counter (series, year, last_value) VALUES ('SAP', :year, 998)
                ON CONFLICT (series, year) DO UPDATE SET last_value = GREATEST(reference_counter.last_value, 998)
                """).setParameter("year", year).executeUpdate());
        int last = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT last_value FROM reference_counter WHERE series = 'SAP' AND year = :year")
                .setParameter("year", year).getSingleResult()).intValue());
        String first = Fixtures.plan(HOME, incident(), "LOW", null);
        String second = Fixtures.plan(HOME, incident(), "LOW", null);
        assertEquals("SAP-%d-%03d".formatted(year, last + 1), first);
        assertEquals("SAP-%d-%d".formatted(year, last + 2), second);
        if (last == 998) {
            assertEquals("SAP-" + year + "-999", first);
            assertEquals("SAP-" + year + "-1000", second);
        }
        as("inspector", HOME).get(collectionPath() + "/" + second).then().statusCode(200).body("reference", equalTo(second));
    }

    // --- legacy CAPA numbers ----------------------------------------------------------------

    static String legacy(String legacyReference, String incidentId, String status) {
        return """
                {"legacyReference": "%s", "status": "%s", "incidentId": "%s", "actionType": "CORRECTIVE", "priority": "LOW",
                 "owner": "legacy.owner@careops.invalid", "problemStatement": "Falls after room move",
                 "actionDescription": "Update move checklist", "identifiedOn": "2025-01-23", "percentComplete": 40}
                """.formatted(legacyReference, status, incidentId);
    }

    @Test
    void aLegacyCapaNumberIsAnAliasThatNeverCollidesWithTheSameSapNumber() {
        String sap = Fixtures.plan(HOME, incident(), "HIGH", null);
        String sapId = as("manager", HOME).get(collectionPath() + "/" + sap).then().extract().path("id");
        String number = sap.substring(sap.lastIndexOf('-') + 1);
        String capa = "CAPA-" + year() + "-" + number;

        Response imported = as("admin", HOME).body(legacy(capa, incident(), "IN_PROGRESS")).post(collectionPath() + "/legacy-imports");
        imported.then().statusCode(201).body("legacyReference", equalTo(capa)).body("status", equalTo("IN_PROGRESS"))
                .body("percentComplete", equalTo(40)).body("reference", not(equalTo(sap)));
        String importedId = imported.path("id");
        assertNotEquals(sapId, importedId);

        // The same digits under the two schemes name two different plans, everywhere a reference goes.
        as("inspector", HOME).get(collectionPath() + "/" + capa).then().statusCode(200).body("id", equalTo(importedId));
        as("inspector", HOME).get(collectionPath() + "/" + sap).then().statusCode(200).body("id", equalTo(sapId));
        move("manager", HOME, capa, "COMPLETED", null).then().statusCode(200).body("id", equalTo(importedId))
                .body("status", equalTo("COMPLETED"));
        as("inspector", HOME).get(collectionPath() + "/" + capa + "/transitions").then().statusCode(200)
                .body("to", equalTo(List.of("IN_PROGRESS", "COMPLETED")))
                .body("[0].note", equalTo("carried over from the legacy system as " + capa + " in status IN_PROGRESS"));
        as("manager", HOME).get(collectionPath() + "/" + sap).then().body("status", equalTo("IDENTIFIED"));

        expectProblem(as("admin", HOME).body(legacy(capa, incident(), "CLOSED")).post(collectionPath() + "/legacy-imports"), 409);
        expectProblem(as("manager", HOME).body(legacy("CAPA-2026-777", incident(), "CLOSED")).post(collectionPath() + "/legacy-imports"), 403);
    }

    @Test
    void aLegacySapNumberIsKeptAndNeverIssuedAgain() {
        as("admin", HOME).body(legacy("SAP-2019-050", incident(), "CLOSED")).post(collectionPath() + "/legacy-imports")
                .then().statusCode(201).body("reference", equalTo("SAP-2019-050")).body("legacyReference", nullValue())
                .body("status", equalTo("CLOSED"));
        // A CAPA plan of the same year is renumbered after the kept number, not onto it.
        as("admin", HOME).body(legacy("CAPA-2019-050", incident(), "ASSIGNED")).post(collectionPath() + "/legacy-imports")
                .then().statusCode(201).body("reference", equalTo("SAP-2019-051")).body("legacyReference", equalTo("CAPA-2019-050"));
        as("inspector", HOME).get(collectionPath() + "/SAP-2019-050").then().body("status", equalTo("CLOSED"));
        as("inspector", HOME).get(collectionPath() + "/CAPA-2019-050").then().body("reference", equalTo("SAP-2019-051"));
        expectProblem(as("admin", HOME).body(legacy("SAP-2019-050", incident(), "CLOSED")).post(collectionPath() + "/legacy-imports"), 409);
    }

    @Test
    void legacyCapaPathsRedirectPermanentlyToActionPlanPaths() {
        String sap = Fixtures.plan(HOME, incident(), "HIGH", null);
        RestAssuredConfig noFollow = RestAssuredConfig.config().redirect(RedirectConfig.redirectConfig().followRedirects(false));
        String location = given().config(noFollow).auth().oauth2(Tokens.of("inspector", HOME))
                .get("/api/v1/capa/" + sap).then().statusCode(308)
                .header("Location", endsWith("/api/v1/action-plans/" + sap)).extract().header("Location");
        given().auth().oauth2(Tokens.of("inspector", HOME)).get(location).then().statusCode(200).body("reference", equalTo(sap));

        given().config(noFollow).auth().oauth2(Tokens.of("inspector", HOME)).get("/api/v1/capa?status=CLOSED&page=0")
                .then().statusCode(308).header("Location", endsWith("/api/v1/action-plans?status=CLOSED&page=0"));
        given().config(noFollow).auth().oauth2(Tokens.of("manager", HOME)).contentType(ContentType.JSON)
                .body("{\"to\": \"ASSIGNED\"}").post("/api/v1/capa/" + sap + "/transitions")
                .then().statusCode(308).header("Location", endsWith("/api/v1/action-plans/" + sap + "/transitions"));
        // Nothing moved: a redirect does not act.
        as("manager", HOME).get(collectionPath() + "/" + sap).then().body("status", equalTo("IDENTIFIED"));
        expectProblem(given().config(noFollow).get("/api/v1/capa/" + sap), 401);
    }

    // --- lifecycle --------------------------------------------------------------------------

    static final List<String> STATUSES = List.of("IDENTIFIED", "ASSIGNED", "IN_PROGRESS", "COMPLETED", "VERIFIED",
            "NOT_EFFECTIVE", "CLOSED");

    /** The lifecycle as docs/domain.md section 5 and the issue state it, written out by hand. */
    static final Map<String, List<String>> ALLOWED = Map.of(
            "IDENTIFIED", List.of("ASSIGNED"),
            "ASSIGNED", List.of("IN_PROGRESS"),
            "IN_PROGRESS", List.of("COMPLETED"),
            "COMPLETED", List.of("VERIFIED", "NOT_EFFECTIVE"),
            "VERIFIED", List.of("NOT_EFFECTIVE", "CLOSED"),
            "NOT_EFFECTIVE", List.of("IN_PROGRESS"),
            "CLOSED", List.of());

    /** How to reach each status with legal moves. */
    static final Map<String, List<String>> PATH = Map.of(
            "IDENTIFIED", List.of(),
            "ASSIGNED", List.of("ASSIGNED"),
            "IN_PROGRESS", List.of("ASSIGNED", "IN_PROGRESS"),
            "COMPLETED", List.of("ASSIGNED", "IN_PROGRESS", "COMPLETED"),
            "VERIFIED", List.of("ASSIGNED", "IN_PROGRESS", "COMPLETED", "VERIFIED"),
            "NOT_EFFECTIVE", List.of("ASSIGNED", "IN_PROGRESS", "COMPLETED", "NOT_EFFECTIVE"),
            "CLOSED", List.of("ASSIGNED", "IN_PROGRESS", "COMPLETED", "VERIFIED", "CLOSED"));

    static Stream<Arguments> everyPair() {
        return STATUSES.stream().flatMap(from -> STATUSES.stream().map(to -> Arguments.of(from, to)));
    }

    private String planIn(String status) {
        String plan = Fixtures.plan(HOME, incident(), "MEDIUM", null);
        for (String step : PATH.get(status)) {
            if (step.equals("CLOSED")) {
                review(HOME, plan, true);
            }
            move("manager", HOME, plan, step, "step").then().statusCode(200).body("status", equalTo(step));
        }
        if (status.equals("VERIFIED")) {
            // so that closing is legal: the only rule left is the table
            review(HOME, plan, true);
        }
        return plan;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPair")
    void theFullTransitionTable(String from, String to) {
        String plan = planIn(from);
        Response response = move("manager", HOME, plan, to, "table test");
        if (ALLOWED.get(from).contains(to)) {
            response.then().statusCode(200).body("status", equalTo(to)).body("allowedTransitions", equalTo(ALLOWED.get(to)));
            List<Map<String, Object>> history = as("inspector", HOME).get(collectionPath() + "/" + plan + "/transitions")
                    .then().statusCode(200).extract().path("");
            Map<String, Object> last = history.get(history.size() - 1);
            assertEquals(from, last.get("from"));
            assertEquals(to, last.get("to"));
            assertEquals("test-manager@careops.invalid", last.get("movedBy"));
            assertEquals("table test", last.get("note"));
            assertEquals(PATH.get(from).size() + 2, history.size(), "identified + path + this move");
        } else {
            expectProblem(response, 409).body("currentStatus", equalTo(from)).body("requested", equalTo(to))
                    .body("allowed", equalTo(ALLOWED.get(from)));
            as("inspector", HOME).get(collectionPath() + "/" + plan).then().body("status", equalTo(from));
        }
    }

    @Test
    void verificationIsBySomeoneOtherThanTheOwner() {
        String plan = as("manager", HOME).body(body(incident(), "HIGH").replace("test-staff@careops.invalid", "test-manager@careops.invalid"))
                .post(collectionPath()).then().statusCode(201).extract().path("reference");
        for (String step : List.of("ASSIGNED", "IN_PROGRESS", "COMPLETED")) {
            move("manager", HOME, plan, step, null).then().statusCode(200);
        }
        expectProblem(move("manager", HOME, plan, "VERIFIED", "checked"), 422).body("errors.field", hasItem("to"));
        expectProblem(move("staff", HOME, plan, "VERIFIED", "checked"), 403);
        move("admin", HOME, plan, "VERIFIED", "audit of 10 moves").then().statusCode(200)
                .body("verification.verifiedBy", equalTo("test-admin@careops.invalid"))
                .body("verification.outcome", equalTo("audit of 10 moves"))
                .body("effectivenessReview.due", equalTo(LocalDate.now(UK).plusMonths(3).toString()));
    }

    @Test
    void noClosingWithoutAnEffectiveReviewAndNotEffectiveGoesBackToWork() {
        String plan = planIn("COMPLETED");
        move("manager", HOME, plan, "VERIFIED", "checked").then().statusCode(200);
        expectProblem(move("manager", HOME, plan, "CLOSED", null), 422).body("errors.field", hasItem("effectivenessReview"));
        review(HOME, plan, false);
        expectProblem(move("manager", HOME, plan, "CLOSED", null), 422).body("errors.field", hasItem("effectivenessReview"));
        expectProblem(move("manager", HOME, plan, "NOT_EFFECTIVE", null), 422).body("errors.field", hasItem("note"));
        move("manager", HOME, plan, "NOT_EFFECTIVE", "falls continued").then().statusCode(200);
        move("staff", HOME, plan, "IN_PROGRESS", "second attempt").then().statusCode(200)
                .body("verification.verifiedBy", nullValue()).body("effectivenessReview.effective", nullValue())
                .body("completedOn", nullValue());
        as("staff", HOME).body("{\"percentComplete\": 60, \"note\": \"checklist redrafted\"}")
                .post(collectionPath() + "/" + plan + "/progress").then().statusCode(200).body("percentComplete", equalTo(60));
        as("inspector", HOME).get(collectionPath() + "/" + plan + "/progress").then().statusCode(200)
                .body("note", equalTo(List.of("checklist redrafted"))).body("recordedBy", equalTo(List.of("test-staff@careops.invalid")));
    }

    @Test
    void theStatusCannotBeSetByHand() {
        String plan = Fixtures.plan(HOME, incident(), "HIGH", null);
        expectProblem(as("manager", HOME).body("{\"status\": \"CLOSED\"}").patch(collectionPath() + "/" + plan), 400);
        as("manager", HOME).body("{\"barriers\": \"agency cover\"}").patch(collectionPath() + "/" + plan)
                .then().statusCode(200).body("barriers", equalTo("agency cover")).body("status", equalTo("IDENTIFIED"));
        expectProblem(as("manager", HOME).body("{\"to\": \"FINISHED\"}").post(collectionPath() + "/" + plan + "/transitions"), 400);
    }

    // --- priority, overdue, metric ------------------------------------------------------------

    @ParameterizedTest(name = "{0} identified {1} is due {2}")
    @CsvSource({
            "IMMEDIATE, 2025-01-31, 2025-02-01",
            "HIGH,      2025-01-31, 2025-02-07",
            "MEDIUM,    2025-01-31, 2025-02-28",
            "LOW,       2025-01-31, 2025-04-30",
            "MEDIUM,    2024-12-15, 2025-01-15"})
    void priorityGivesTheDefaultTargetDate(String priority, String identifiedOn, String due) {
        String plan = Fixtures.plan(HOME, incident(), priority, identifiedOn);
        long late = ChronoUnit.DAYS.between(LocalDate.parse(due), LocalDate.now(UK));
        as("inspector", HOME).get(collectionPath() + "/" + plan).then().body("targetDate", equalTo(due))
                .body("overdue", equalTo(true)).body("daysOverdue", equalTo((int) late));
    }

    @Test
    void overdueIsDerivedFromTheTargetDateAndCounted() {
        UUID home = UUID.randomUUID();
        String incidentId = Fixtures.incident(home, "2025-01-10", "FALL_BED", "NO_HARM", null);
        String late = Fixtures.plan(home, incidentId, "HIGH", "2025-01-01");
        String lateButDone = Fixtures.plan(home, incidentId, "HIGH", "2025-01-01");
        for (String step : List.of("ASSIGNED", "IN_PROGRESS", "COMPLETED")) {
            move("manager", home, lateButDone, step, null).then().statusCode(200);
        }
        String onTime = Fixtures.plan(home, incidentId, "LOW", null);
        as("inspector", home).get(collectionPath() + "?overdue=true").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].reference", equalTo(late));
        as("inspector", home).get(collectionPath() + "?overdue=false").then()
                .body("items.reference", equalTo(List.of(onTime, lateButDone)));

        metrics.refresh();
        long expected = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery("""
                SELECT count(*) FROM safety_action_plan
                WHERE status IN ('IDENTIFIED', 'ASSIGNED', 'IN_PROGRESS', 'NOT_EFFECTIVE') AND target_date < :today
                """).setParameter("today", LocalDate.now(UK)).getSingleResult()).longValue());
        assertTrue(expected >= 1);
        assertEquals(expected, metrics.overdue());
        assertEquals(expected, registry.get(ActionPlanMetrics.OVERDUE).gauge().value(), 0.0);
        assertTrue(registry.get(ActionPlanMetrics.CREATED).tag("priority", "HIGH").counter().count() >= 2);
    }

    @Override
    protected Probe textProbe() {
        return new Probe("/api/v1/incidents", "{\"description\": %s}", "description");
    }

    @Override
    protected Probe dateProbe() {
        return new Probe("/api/v1/incidents", "{\"occurredOn\": %s}", "occurredOn");
    }

    @Override
    protected String dateQueryPath() {
        return "/api/v1/trends?from=%s&to=2026-01-31";
    }

    @Override
    protected java.util.List<String> listPaths() {
        return java.util.List.of("/api/v1/incidents", "/api/v1/action-plans", "/api/v1/lessons");
    }

    @Override
    protected java.util.List<String> redirectingPaths() {
        return java.util.List.of("/api/v1/capa", "/api/v1/capa/SAP-2026-001");
    }

    @Test
    void referencesAreFoundWhateverTheirCase() {
        String sap = Fixtures.plan(HOME, incident(), "LOW", null);
        String id = as("inspector", HOME).get(collectionPath() + "/" + sap).then().statusCode(200).extract().path("id");
        as("inspector", HOME).get(collectionPath() + "/" + sap.toLowerCase()).then().statusCode(200)
                .body("id", equalTo(id)).body("reference", equalTo(sap));
        as("inspector", HOME).get(collectionPath() + "/" + sap.toLowerCase() + "/transitions").then().statusCode(200);
    }
}
