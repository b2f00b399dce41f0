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
@WithTestResource(value = io.careops.incidentsafety.UnitsStub.class, scope = TestResourceScope.GLOBAL)
public class IncidentApiTest extends ApiContractTest {

    private static final UUID HOME = UUID.randomUUID();

    public static String body(UUID home, String date, String severity) {
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

    private static String withUnit(UUID home, UUID unit) {
        return body(home, "2026-01-16", "LOW_HARM").replaceFirst("\\{", "{\"unitId\": \"" + unit + "\", ");
    }

    @Override
    protected List<BadBody> referencesOutsideTheHome() {
        UUID otherHome = UUID.randomUUID();
        return List.of(new BadBody(withUnit(HOME, io.careops.incidentsafety.UnitsStub.unitOf(otherHome)), "unitId"),
                new BadBody(withUnit(HOME, UUID.randomUUID()), "unitId"));
    }

    @Test
    void anIncidentMayNameAUnitOfItsOwnHome() {
        UUID unit = io.careops.incidentsafety.UnitsStub.unitOf(HOME);
        authorized().contentType(ContentType.JSON).body(withUnit(HOME, unit)).post(collectionPath())
                .then().statusCode(201).body("unitId", equalTo(unit.toString()));
    }

    @Test
    void whenSchedulingCannotCheckTheUnitTheReportIs503AndNothingIsStored() {
        UUID unit = io.careops.incidentsafety.UnitsStub.unitOf(HOME);
        io.careops.incidentsafety.UnitsStub.down(true);
        try {
            expectProblem(authorized().contentType(ContentType.JSON).body(withUnit(HOME, unit)).post(collectionPath()), 503)
                    .header("Retry-After", "5")
                    .body("detail", org.hamcrest.Matchers.containsString("without unitId"));
            // Without a unit the report does not need scheduling.
            authorized().contentType(ContentType.JSON).body(body(HOME, "2026-01-16", "LOW_HARM")).post(collectionPath())
                    .then().statusCode(201);
        } finally {
            io.careops.incidentsafety.UnitsStub.down(false);
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

    // --- restricted data, notifications, Duty of Candour, closure ------------------------------

    private static String detailed(UUID home, String type, String severity, boolean harmExpected) {
        return """
                {"careHomeId": "%s", "occurredOn": "2026-01-16", "occurredAt": "10:45", "incidentType": "%s",
                 "severity": "%s", "riskRating": "HIGH", "description": "Resident found on the floor.",
                 "harmExpected": %s, "witnesses": "None",
                 "medical": {"injuries": "Bruised hip", "bodyMapCompleted": true, "gpContacted": true,
                             "ambulanceCalled": false, "hospitalAttendance": false, "hospitalAdmission": false,
                             "notes": "GP review next day"},
                 "resident": {"name": "Resident 365", "dateOfBirth": "1936-04-02"}}
                """.formatted(home, type, severity, harmExpected);
    }

    private static String report(UUID home, String type, String severity, boolean harmExpected) {
        return withToken(Tokens.of("staff", home)).contentType(ContentType.JSON).body(detailed(home, type, severity, harmExpected))
                .post("/api/v1/incidents").then().statusCode(201).extract().path("id");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} sees the resident: {1}")
    @org.junit.jupiter.params.provider.CsvSource({"admin, true", "manager, true", "staff, false", "inspector, false"})
    void theResidentIsRedactedForStaffAndInspectors(String role, boolean sees) {
        UUID home = UUID.randomUUID();
        String id = report(home, "FALL_UNWITNESSED", "LOW_HARM", false);
        var one = withToken(Tokens.of(role, home)).get(collectionPath() + "/" + id).then().statusCode(200)
                .body("residentRedacted", equalTo(!sees))
                .body("medical.injuries", equalTo("Bruised hip")).body("incidentTypeGroup", equalTo("FALLS_AND_INJURIES"));
        var listed = withToken(Tokens.of(role, home)).get(collectionPath()).then().statusCode(200)
                .body("items[0].residentRedacted", equalTo(!sees));
        if (sees) {
            one.body("resident.name", equalTo("Resident 365")).body("resident.dateOfBirth", equalTo("1936-04-02"));
            listed.body("items[0].resident.name", equalTo("Resident 365"));
        } else {
            one.body("resident", org.hamcrest.Matchers.nullValue()).body(org.hamcrest.Matchers.not(
                    org.hamcrest.Matchers.containsString("Resident 365")));
            listed.body("items[0].resident", org.hamcrest.Matchers.nullValue());
        }
    }

    @Test
    void theCareInspectorateNotificationIsDerivedAndItsRecordKept() {
        UUID home = UUID.randomUUID();
        String minor = report(home, "FALL_WITNESSED", "LOW_HARM", false);
        String serious = report(home, "FALL_WITNESSED", "MAJOR_HARM", false);
        String allegation = report(home, "ALLEGATION_AGAINST_STAFF", "NO_HARM", false);
        var manager = Tokens.of("manager", home);
        withToken(manager).get(collectionPath() + "/" + minor).then()
                .body("notifications.careInspectorate.required", equalTo(false))
                .body("notifications.careInspectorate.outstanding", equalTo(false))
                .body("investigationRequired", equalTo(false));
        withToken(manager).get(collectionPath() + "/" + allegation).then()
                .body("notifications.careInspectorate.required", equalTo(true))
                .body("investigationRequired", equalTo(true));
        withToken(manager).get(collectionPath() + "/" + serious).then()
                .body("notifications.careInspectorate.required", equalTo(true))
                .body("notifications.careInspectorate.outstanding", equalTo(true));
        withToken(manager).contentType(ContentType.JSON)
                .body("{\"authority\": \"CARE_INSPECTORATE\", \"notifiedAt\": \"2026-01-16T12:10:00Z\", \"reference\": \"CI-ENF-0042\"}")
                .post(collectionPath() + "/" + serious + "/notifications").then().statusCode(200)
                .body("notifications.careInspectorate.notifiedAt", equalTo("2026-01-16T12:10:00Z"))
                .body("notifications.careInspectorate.reference", equalTo("CI-ENF-0042"))
                .body("notifications.careInspectorate.outstanding", equalTo(false));
        withToken(manager).contentType(ContentType.JSON)
                .body("{\"authority\": \"POLICE\", \"notifiedAt\": \"2026-01-16T13:00:00Z\", \"reference\": \"PS-123\"}")
                .post(collectionPath() + "/" + serious + "/notifications").then().statusCode(200)
                .body("notifications.police.reference", equalTo("PS-123"));
        expectProblem(withToken(manager).contentType(ContentType.JSON)
                .body("{\"authority\": \"LOCAL_AUTHORITY\", \"notifiedAt\": \"2026-01-15T09:00:00Z\", \"reference\": \"LA-1\"}")
                .post(collectionPath() + "/" + serious + "/notifications"), 422).body("errors.field", hasItem("notifiedAt"));
        expectProblem(withToken(Tokens.of("staff", home)).contentType(ContentType.JSON)
                .body("{\"authority\": \"POLICE\", \"notifiedAt\": \"2026-01-16T13:00:00Z\", \"reference\": \"PS-1\"}")
                .post(collectionPath() + "/" + serious + "/notifications"), 403);
    }

    private static io.restassured.response.Response candour(UUID home, String id, String stage, String on) {
        return withToken(Tokens.of("manager", home)).contentType(ContentType.JSON)
                .body("{\"stage\": \"" + stage + "\", \"on\": \"" + on + "\"}")
                .post("/api/v1/incidents/" + id + "/duty-of-candour");
    }

    @Test
    void theDutyOfCandourAppliesToUnexpectedModerateHarmAndItsStagesGoInOrder() {
        UUID home = UUID.randomUUID();
        String expectedHarm = report(home, "PRESSURE_ULCER", "MODERATE_HARM", true);
        String low = report(home, "FALL_BED", "LOW_HARM", false);
        String moderate = report(home, "FALL_BED", "MODERATE_HARM", false);
        withToken(Tokens.of("inspector", home)).get(collectionPath() + "/" + expectedHarm).then().body("dutyOfCandour.applies", equalTo(false));
        withToken(Tokens.of("inspector", home)).get(collectionPath() + "/" + low).then().body("dutyOfCandour.applies", equalTo(false));
        withToken(Tokens.of("inspector", home)).get(collectionPath() + "/" + moderate).then().body("dutyOfCandour.applies", equalTo(true));

        expectProblem(candour(home, low, "NOTIFY", "2026-01-17"), 422).body("errors.field", hasItem("stage"));
        expectProblem(candour(home, moderate, "APOLOGISE", "2026-01-17"), 422).body("errors.field", hasItem("stage"));
        expectProblem(candour(home, moderate, "NOTIFY", "2026-01-15"), 422).body("errors.field", hasItem("on"));
        candour(home, moderate, "NOTIFY", "2026-01-17").then().statusCode(200).body("dutyOfCandour.notifiedOn", equalTo("2026-01-17"));
        expectProblem(candour(home, moderate, "APOLOGISE", "2026-01-16"), 422).body("errors.field", hasItem("on"));
        candour(home, moderate, "APOLOGISE", "2026-01-17").then().statusCode(200);
        candour(home, moderate, "MEET", "2026-01-24").then().statusCode(200);
        candour(home, moderate, "REVIEW", "2026-02-20").then().statusCode(200);
        candour(home, moderate, "REPORT", "2026-03-06").then().statusCode(200)
                .body("dutyOfCandour.apologisedOn", equalTo("2026-01-17")).body("dutyOfCandour.meetingOn", equalTo("2026-01-24"))
                .body("dutyOfCandour.reviewOn", equalTo("2026-02-20")).body("dutyOfCandour.reportOn", equalTo("2026-03-06"));
        expectProblem(candour(home, moderate, "NOTIFY", "2026-01-30"), 422).body("errors.field", hasItem("on"));
        expectProblem(candour(home, moderate, "REPORT", "2999-01-01"), 422);
    }

    private static io.restassured.response.Response moveIncident(UUID home, String id, String to) {
        return withToken(Tokens.of("manager", home)).contentType(ContentType.JSON).body("{\"to\": \"" + to + "\"}")
                .post("/api/v1/incidents/" + id + "/transitions");
    }

    @Test
    void anIncidentNeedingInvestigationClosesOnlyAfterItsAnalysisIsApproved() {
        UUID home = UUID.randomUUID();
        String minor = report(home, "NEAR_MISS", "NO_HARM", false);
        moveIncident(home, minor, "CLOSED").then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("closedBy", equalTo("test-manager@careops.invalid"));
        expectProblem(moveIncident(home, minor, "OPEN"), 409).body("allowed", equalTo(List.of()));

        String serious = report(home, "FALL_UNWITNESSED", "MAJOR_HARM", false);
        expectProblem(moveIncident(home, serious, "CLOSED"), 422).body("errors.field", hasItem("to"));
        String analysis = io.careops.incidentsafety.Fixtures.analysis(home, serious, "Review missed after room move.",
                "Falls risk review must follow any room change.", "Add review to move checklist.");
        withToken(Tokens.of("inspector", home)).get(collectionPath() + "/" + serious).then().body("status", equalTo("UNDER_INVESTIGATION"));
        io.careops.incidentsafety.Fixtures.moveAnalysis(home, analysis, "UNDER_REVIEW").then().statusCode(200);
        expectProblem(moveIncident(home, serious, "CLOSED"), 422);
        io.careops.incidentsafety.Fixtures.moveAnalysis(home, analysis, "APPROVED").then().statusCode(200);
        expectProblem(moveIncident(home, serious, "OPEN"), 409).body("allowed", equalTo(List.of("CLOSED")));
        moveIncident(home, serious, "CLOSED").then().statusCode(200).body("status", equalTo("CLOSED"));
    }

    @Test
    void theTypeComesFromTheLegacyCatalogue() {
        expectProblem(authorized().contentType(ContentType.JSON).body(body(HOME, "2026-01-16", "NO_HARM")
                .replace("MED_ERROR_WRONG_DOSE", "SLIPPED")).post(collectionPath()), 400).body("errors.field", hasItem("incidentType"));
        withToken(Tokens.allHomes("inspector")).get("/api/v1/incident-types").then().statusCode(200)
                .body("size()", equalTo(46))
                .body("find { it.code == 'INFECTION_OUTBREAK' }.notifiableAtAnySeverity", equalTo(true))
                .body("find { it.code == 'FALL_BED' }.group", equalTo("FALLS_AND_INJURIES"));
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
}
