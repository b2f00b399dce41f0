package io.careops.incidentsafety.analysis;

import static io.careops.incidentsafety.Fixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.careops.incidentsafety.Fixtures;
import io.careops.platform.test.EmbeddedPostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = io.careops.incidentsafety.UnitsStub.class, scope = TestResourceScope.GLOBAL)
class AnalysisApiTest {

    private static final UUID HOME = UUID.randomUUID();

    private static String incident() {
        return Fixtures.incident(HOME, "2025-03-01", "FALL_UNWITNESSED", "MAJOR_HARM", null);
    }

    private static final String TREE = """
            [{"answer": "Resident stood unaided",
              "causes": [{"answer": "Call bell out of reach",
                          "causes": [{"answer": "Room layout changed"}, {"answer": "Bell cable too short"}]},
                         {"answer": "Sensor mat switched off", "causes": []}]},
             {"answer": "Night cover thin"}]
            """;

    @Test
    void fiveWhysIsATreeAndTheFishboneDefaultsToTheLegacyFiveCategories() {
        String incidentId = incident();
        String body = """
                {"method": "FIVE_WHYS", "leadInvestigator": "%s", "team": ["A. Nurse", "B. Carer"], "startedOn": "2025-03-02",
                 "reviewDueOn": "2025-03-30", "fiveWhys": %s,
                 "fishbone": [{"category": "PEOPLE", "causes": ["Agency staff unfamiliar", "Night cover thin"]},
                              {"category": "ENVIRONMENT", "causes": ["Poor lighting"]}]}
                """.formatted(Fixtures.LEAD, TREE);
        Response created = as("manager", HOME).body(body).post("/api/v1/incidents/" + incidentId + "/analysis");
        created.then().statusCode(201)
                .body("status", equalTo("IN_PROGRESS"))
                .body("fiveWhys.answer", equalTo(List.of("Resident stood unaided", "Night cover thin")))
                .body("fiveWhys[0].causes.answer", equalTo(List.of("Call bell out of reach", "Sensor mat switched off")))
                .body("fiveWhys[0].causes[0].causes.answer", equalTo(List.of("Room layout changed", "Bell cable too short")))
                .body("fiveWhys[1].causes", equalTo(List.of()))
                .body("fishbone.framework", equalTo("LEGACY"))
                .body("fishbone.categories.category", equalTo(List.of("PEOPLE", "ENVIRONMENT", "PROCESSES", "ORGANISATION", "EXTERNAL")))
                .body("fishbone.categories[0].causes", equalTo(List.of("Agency staff unfamiliar", "Night cover thin")))
                .body("fishbone.categories[2].causes", equalTo(List.of()))
                .body("team", equalTo(List.of("A. Nurse", "B. Carer")));
        String id = created.path("id");
        as("inspector", HOME).get("/api/v1/incidents/" + incidentId + "/analysis").then().statusCode(200)
                .body("id", equalTo(id)).body("fiveWhys[0].causes[0].causes[1].answer", equalTo("Bell cable too short"));
        Fixtures.expectStatus(as("manager", HOME).body(body).post("/api/v1/incidents/" + incidentId + "/analysis"), 409);
        Fixtures.expectStatus(as("manager", UUID.randomUUID()).get("/api/v1/analyses/" + id), 404);
    }

    @Test
    void theNpsaFrameworkHasNineCategoriesAndRefusesLegacyOnes() {
        String incidentId = incident();
        String npsa = """
                {"method": "FISHBONE", "leadInvestigator": "%s", "startedOn": "2025-03-02", "fishboneFramework": "NPSA",
                 "fishbone": [{"category": "%s", "causes": ["Handover missed the room move"]}]}
                """;
        Fixtures.expectStatus(as("manager", HOME).body(npsa.formatted(Fixtures.LEAD, "PEOPLE"))
                .post("/api/v1/incidents/" + incidentId + "/analysis"), 422).body("errors.field", hasItem("fishbone.PEOPLE"));
        as("manager", HOME).body(npsa.formatted(Fixtures.LEAD, "COMMUNICATION")).post("/api/v1/incidents/" + incidentId + "/analysis")
                .then().statusCode(201).body("fishbone.categories.size()", equalTo(9))
                .body("fishbone.categories.find { it.category == 'COMMUNICATION' }.causes", equalTo(List.of("Handover missed the room move")));
    }

    @Test
    void approvalIsByAManagerWhoIsNotTheLead() {
        String incidentId = incident();
        String id = as("manager", HOME).body("""
                {"method": "FIVE_WHYS", "leadInvestigator": "test-manager@careops.invalid", "startedOn": "2025-03-02"}
                """).post("/api/v1/incidents/" + incidentId + "/analysis").then().statusCode(201).extract().path("id");
        Fixtures.expectStatus(Fixtures.moveAnalysis(HOME, id, "UNDER_REVIEW"), 422).body("errors.field", hasItem("rootCauseSummary"));
        as("staff", HOME).body("""
                {"method": "FIVE_WHYS", "leadInvestigator": "test-manager@careops.invalid", "startedOn": "2025-03-02",
                 "rootCauseSummary": "Review missed after room move.", "lessonsLearned": "Review falls risk after any move."}
                """).put("/api/v1/analyses/" + id).then().statusCode(200);
        Fixtures.moveAnalysis(HOME, id, "UNDER_REVIEW").then().statusCode(200).body("status", equalTo("UNDER_REVIEW"));
        Fixtures.expectStatus(as("manager", HOME).body("{\"method\": \"BARRIER\", \"leadInvestigator\": \"x\", \"startedOn\": \"2025-03-02\"}")
                .put("/api/v1/analyses/" + id), 409);
        Fixtures.expectStatus(Fixtures.moveAnalysis(HOME, id, "APPROVED"), 422).body("errors.field", hasItem("to"));
        Fixtures.expectStatus(as("staff", HOME).body("{\"to\": \"APPROVED\"}").post("/api/v1/analyses/" + id + "/transitions"), 403);
        Fixtures.expectStatus(as("admin", HOME).body("{\"to\": \"REJECTED\"}").post("/api/v1/analyses/" + id + "/transitions"), 422)
                .body("errors.field", hasItem("note"));
        as("admin", HOME).body("{\"to\": \"REJECTED\", \"note\": \"add the night staffing\"}").post("/api/v1/analyses/" + id + "/transitions")
                .then().statusCode(200).body("status", equalTo("REJECTED")).body("reviewComments", equalTo("add the night staffing"));
        Fixtures.moveAnalysis(HOME, id, "IN_PROGRESS").then().statusCode(200);
        Fixtures.moveAnalysis(HOME, id, "UNDER_REVIEW").then().statusCode(200);
        as("admin", HOME).body("{\"to\": \"APPROVED\"}").post("/api/v1/analyses/" + id + "/transitions").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("reviewedBy", equalTo("test-admin@careops.invalid"))
                .body("completedOn", notNullValue()).body("allowedTransitions", equalTo(List.of()));
    }

    static final Map<String, List<String>> ALLOWED = Map.of(
            "IN_PROGRESS", List.of("UNDER_REVIEW"),
            "UNDER_REVIEW", List.of("APPROVED", "REJECTED"),
            "APPROVED", List.of(),
            "REJECTED", List.of("IN_PROGRESS"));
    static final Map<String, List<String>> PATH = Map.of(
            "IN_PROGRESS", List.of(),
            "UNDER_REVIEW", List.of("UNDER_REVIEW"),
            "APPROVED", List.of("UNDER_REVIEW", "APPROVED"),
            "REJECTED", List.of("UNDER_REVIEW", "REJECTED"));

    static Stream<Arguments> everyPair() {
        return ALLOWED.keySet().stream().sorted().flatMap(from -> ALLOWED.keySet().stream().sorted().map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPair")
    void theFullAnalysisTransitionTable(String from, String to) {
        String id = Fixtures.analysis(HOME, incident(), "Root cause.", "Lesson.", "Recommendation.");
        PATH.get(from).forEach(step -> Fixtures.moveAnalysis(HOME, id, step).then().statusCode(200));
        Response response = Fixtures.moveAnalysis(HOME, id, to);
        if (ALLOWED.get(from).contains(to)) {
            response.then().statusCode(200).body("status", equalTo(to));
        } else {
            Fixtures.expectStatus(response, 409).body("currentStatus", equalTo(from)).body("allowed", equalTo(ALLOWED.get(from)));
        }
    }
}
