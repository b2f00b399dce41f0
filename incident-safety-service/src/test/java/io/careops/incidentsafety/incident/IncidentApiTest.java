package io.careops.incidentsafety.incident;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import io.careops.platform.test.ApiContractTest;
import io.careops.platform.test.EmbeddedPostgresResource;
import io.careops.platform.test.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class IncidentApiTest extends ApiContractTest {

    private static final UUID HOME = UUID.randomUUID();

    static String body(UUID home, String date, String severity) {
        return """
                {"careHomeId": "%s", "occurredOn": "%s", "occurredAt": "10:45", "incidentType": "MED_ERROR_WRONG_DOSE",
                 "severity": "%s", "riskRating": "HIGH", "location": "Unit VG_LILY, bedroom 29",
                 "description": "Resident given 10 mg instead of 5 mg."}
                """.formatted(home, date, severity);
    }

    @Override
    protected String collectionPath() {
        return "/api/v1/incidents";
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
        String id = authorized().contentType(ContentType.JSON).body(body(HOME, "2026-01-16", "LOW_HARM"))
                .post(collectionPath()).then().statusCode(201).extract().path("id");
        return new Created(id, HOME);
    }

    @Override
    protected BadBody invalidField() {
        return new BadBody(body(HOME, "2026-01-16", "LOW_HARM").replace("Resident given 10 mg instead of 5 mg.", " "),
                "description");
    }

    @Override
    protected BadBody wrongType() {
        return new BadBody(body(HOME, "2026-01-16", "LOW_HARM").replace("\"" + HOME + "\"", "12345"), "careHomeId");
    }

    @Override
    protected BadBody unknownEnumValue() {
        return new BadBody(body(HOME, "2026-01-16", "CATASTROPHIC"), "severity");
    }

    @Test
    void reportingIssuesAReferenceAndKeepsTheLocalTime() {
        authorized().contentType(ContentType.JSON).body(body(HOME, "2026-07-01", "MODERATE_HARM")).post(collectionPath())
                .then().statusCode(201)
                .body("reference", matchesPattern("INC-" + Year.now().getValue() + "-\\d{4,}"))
                .body("occurredAt", equalTo("2026-07-01T10:45:00+01:00"))
                .body("timeZone", equalTo("Europe/London"))
                .body("status", equalTo("OPEN"))
                .body("reportedBy", equalTo("test-manager@careops.invalid"));
    }

    @Test
    void concurrentReportsGetDistinctConsecutiveReferences() throws Exception {
        int reports = 12;
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<CompletableFuture<String>> futures = new ArrayList<>();
        for (int i = 0; i < reports; i++) {
            futures.add(CompletableFuture.supplyAsync(() -> authorized().contentType(ContentType.JSON)
                    .body(body(HOME, "2026-02-01", "NO_HARM")).post(collectionPath())
                    .then().statusCode(201).extract().<String>path("reference"), pool));
        }
        List<Integer> numbers = futures.stream().map(CompletableFuture::join)
                .map(reference -> Integer.parseInt(reference.substring(reference.lastIndexOf('-') + 1)))
                .sorted().toList();
        pool.shutdown();
        for (int i = 1; i < numbers.size(); i++) {
            org.junit.jupiter.api.Assertions.assertEquals(numbers.get(i - 1) + 1, numbers.get(i),
                    "references must be consecutive: " + numbers);
        }
    }

    @Test
    void anIncidentInTheFutureIsARuleViolation() {
        expectProblem(authorized().contentType(ContentType.JSON).body(body(HOME, "2999-01-01", "NO_HARM"))
                .post(collectionPath()), 422).body("errors.field", hasItem("occurredOn"));
    }

    @Test
    void anImpossibleDateIs400() {
        expectProblem(authorized().contentType(ContentType.JSON).body(body(HOME, "2026-02-30", "NO_HARM"))
                .post(collectionPath()), 400).body("errors.field", hasItem("occurredOn"));
    }

    @Test
    void reportingForAnotherHomeIs404() {
        UUID mine = UUID.randomUUID();
        expectProblem(withToken(Tokens.of("staff", mine)).contentType(ContentType.JSON)
                .body(body(UUID.randomUUID(), "2026-01-16", "NO_HARM")).post(collectionPath()), 404);
    }

    @Test
    void listFiltersBySeverityAndRejectsUnknownSeverity() {
        UUID home = UUID.randomUUID();
        withToken(Tokens.of("staff", home)).contentType(ContentType.JSON).body(body(home, "2026-03-01", "MAJOR_HARM"))
                .post(collectionPath()).then().statusCode(201);
        withToken(Tokens.of("staff", home)).contentType(ContentType.JSON).body(body(home, "2026-03-02", "NO_HARM"))
                .post(collectionPath()).then().statusCode(201);
        withToken(Tokens.of("inspector", home)).get(collectionPath() + "?severity=MAJOR_HARM")
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].severity", equalTo("MAJOR_HARM"));
        expectProblem(withToken(Tokens.of("inspector", home)).get(collectionPath() + "?severity=BAD"), 400)
                .body("errors[0].field", equalTo("severity"));
    }
}
