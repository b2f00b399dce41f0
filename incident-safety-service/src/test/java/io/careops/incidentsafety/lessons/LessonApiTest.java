package io.careops.incidentsafety.lessons;

import static io.careops.incidentsafety.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.careops.incidentsafety.Fixtures;
import io.careops.platform.test.EmbeddedPostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = io.careops.incidentsafety.UnitsStub.class, scope = TestResourceScope.GLOBAL)
class LessonApiTest {

    private static final UUID HOME = UUID.randomUUID();
    private static final UUID OTHER_HOME = UUID.randomUUID();
    private static String strong;
    private static String weak;
    private static String drugs;

    /** Once for the class, after RestAssured knows the test port. */
    @BeforeEach
    void lessons() {
        if (strong != null) {
            return;
        }
        // Matches in the lessons (weight A) and the root cause (B): the best match.
        strong = Fixtures.approvedAnalysis(HOME, Fixtures.incident(HOME, "2025-02-01", "FALL_BED", "MAJOR_HARM", null),
                "Sensor mat unplugged after cleaning.",
                "Bedroom falls drop when sensor mats are checked at every night round.",
                "Add sensor mat checks to the night round.");
        // Matches only in the recommendations (C): found, ranked lower.
        weak = Fixtures.approvedAnalysis(HOME, Fixtures.incident(HOME, "2025-02-03", "FALL_CHAIR", "MAJOR_HARM", null),
                "Chair alarm battery flat.", "Chair alarms need a battery log.", "Consider sensor mats for chairs.");
        drugs = Fixtures.approvedAnalysis(HOME, Fixtures.incident(HOME, "2025-02-05", "MED_ERROR_OMISSION", "MAJOR_HARM", null),
                "Handover skipped the drug round.", "Controlled drugs are counted at every handover.", "Two signatures.");
        // Not approved: never in the repository, however well it matches.
        Fixtures.analysis(HOME, Fixtures.incident(HOME, "2025-02-07", "FALL_WITNESSED", "MAJOR_HARM", null),
                "Sensor mats sensor mats.", "Sensor mats sensor mats sensor mats.", "Sensor mats.");
        // Another home's lesson is not the caller's to read.
        Fixtures.approvedAnalysis(OTHER_HOME, Fixtures.incident(OTHER_HOME, "2025-02-01", "FALL_BED", "MAJOR_HARM", null),
                "Sensor mats.", "Sensor mats sensor mats.", "Sensor mats.");
    }

    @Test
    void fullTextSearchRanksLessonsAboveRecommendationsAndHighlightsTheMatch() {
        var response = as("inspector", HOME).get("/api/v1/lessons?q=sensor mats").then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.analysisId", equalTo(List.of(strong, weak)))
                .body("items[0].incidentType", equalTo("FALL_BED"))
                .body("items[0].highlights.lessonsLearned", containsString("<mark>sensor</mark> <mark>mats</mark>"))
                .body("items[0].highlights.rootCauseSummary", containsString("<mark>Sensor</mark> <mark>mat</mark>"))
                .body("items[1].highlights.recommendations", containsString("<mark>sensor</mark> <mark>mats</mark>"));
        float first = response.extract().path("items[0].rank");
        float second = response.extract().path("items[1].rank");
        assertTrue(first > second, first + " should rank above " + second);
    }

    @Test
    void wordsAreStemmedAndTheWebSearchSyntaxWorks() {
        as("inspector", HOME).get("/api/v1/lessons?q=counting handovers").then().statusCode(200)
                .body("items.analysisId", equalTo(List.of(drugs)));
        as("inspector", HOME).get("/api/v1/lessons?q=sensor -chair").then().statusCode(200)
                .body("items.analysisId", equalTo(List.of(strong)));
        as("inspector", HOME).get("/api/v1/lessons?q=\"night round\"").then().statusCode(200)
                .body("items.analysisId", equalTo(List.of(strong)));
        as("inspector", HOME).get("/api/v1/lessons?q=pressure ulcer").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void filtersByTypeOrTypeGroupAndListsWithoutAQuery() {
        as("staff", HOME).get("/api/v1/lessons?q=sensor&type=FALL_CHAIR").then().statusCode(200)
                .body("items.analysisId", equalTo(List.of(weak)));
        as("staff", HOME).get("/api/v1/lessons?type=FALLS_AND_INJURIES").then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items.analysisId", equalTo(List.of(weak, strong)));
        as("staff", HOME).get("/api/v1/lessons").then().statusCode(200).body("totalItems", equalTo(3));
        as("staff", HOME).get("/api/v1/lessons?size=1&page=1").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("totalPages", equalTo(3));
        Fixtures.expectStatus(as("staff", HOME).get("/api/v1/lessons?type=SLIPPED"), 400).body("errors.field", hasItem("type"));
    }
}
