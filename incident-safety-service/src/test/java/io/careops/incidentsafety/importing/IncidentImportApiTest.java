package io.careops.incidentsafety.importing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.careops.platform.test.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Legacy incidents keep their numbers; CAPA-, HSAP- and SAP- references all resolve and never collide; plans keep their history. */
@QuarkusTest
class IncidentImportApiTest {

    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 700);

    private static ValidatableResponse post(String path, String json) {
        return given().auth().oauth2(Tokens.allHomes("admin")).contentType(ContentType.JSON).body("[" + json + "]")
                .post("/api/v1/import/" + path).then();
    }

    private static String incident(String pk, String reference, UUID home) {
        return """
                {"legacyPk": "%s", "legacyReference": "%s", "careHomeId": "%s", "incidentDate": "2026-01-16", "incidentTime": "10:45",
                 "reportedBy": "001284", "incidentType": "FALL", "severity": "LOW_HARM", "riskRating": "HIGH",
                 "description": "Factual account.", "residentName": "Resident 365", "careInspectorateNotified": true, "closed": false}
                """.formatted(pk, reference, home);
    }

    private static String plan(String pk, String reference, String incidentId, String analysisId, String status) {
        return """
                {"legacyPk": "%s", "legacyReference": "%s", "incidentId": "%s", "analysisId": %s, "actionType": "PREVENTIVE",
                 "priority": "LOW", "status": "%s", "owner": "001289", "supportingStaff": ["001290"],
                 "problemStatement": "Falls after room move", "actionDescription": "Update move checklist", "identifiedOn": "2026-01-23",
                 "targetDate": "2026-01-30", "percentComplete": 100, "completedOn": "2026-01-29", "progressNotes": "Checklist updated",
                 "verificationMethod": "Audit", "verifiedBy": "001291", "verifiedOn": "2026-02-02", "verificationOutcome": "Effective",
                 "effectivenessReviewDue": "2026-05-02", "effectivenessReviewCompleted": true, "effectivenessReviewNotes": "No falls",
                 "createdBy": "001289", "createdAt": "2026-01-23T09:00:00Z", "updatedAt": "2026-05-03T09:00:00Z"}
                """.formatted(pk, reference, incidentId, analysisId == null ? "null" : "\"" + analysisId + "\"", status);
    }

    @Test
    void incidentsKeepTheirNumberAndEveryLegacyPlanReferenceResolvesWithoutCollision() {
        long n = SERIAL.incrementAndGet();
        int year = 2100 + (int) n;
        UUID home = UUID.randomUUID();
        String reference = "INC-%d-0001".formatted(year);
        String incidentId = post("incidents", incident("i" + n, reference, home)).statusCode(200)
                .body("outcomes[0].reference", equalTo(reference))
                .body("outcomes[0].findings", hasItem(containsString("NOTIFIED_TIME_UNKNOWN"))).extract().path("outcomes[0].id");
        given().auth().oauth2(Tokens.allHomes("admin")).get("/api/v1/incidents/" + incidentId).then().statusCode(200)
                .body("reference", equalTo(reference)).body("occurredAt", equalTo("2026-01-16T10:45:00Z"));
        // A second legacy incident with the same number (another legacy build): a new number, the legacy one an alias.
        post("incidents", incident("j" + n, "INC-%d-0001".formatted(year), home)).statusCode(200)
                .body("outcomes[0].reference", containsString("INC-2026-"))
                .body("outcomes[0].findings", hasItem(containsString("DUPLICATE_LEGACY_NUMBER")));
        String other = post("incidents", incident("k" + n, "IR/%d/7".formatted(year), home)).statusCode(200)
                .body("outcomes[0].reference", containsString("INC-2026-"))
                .body("outcomes[0].findings", hasItem(containsString("NEW_REFERENCE"))).extract().path("outcomes[0].id");
        given().auth().oauth2(Tokens.allHomes("admin")).get("/api/v1/import/legacy-references/" + reference).then().statusCode(200)
                .body("id", equalTo(incidentId)).body("entityType", equalTo("incident"));

        String analysis = post("analyses", """
                {"legacyPk": "a%d", "incidentId": "%s", "method": "FIVE_WHYS", "status": "APPROVED", "leadInvestigator": "001289",
                 "startedOn": "2026-01-23", "whys": ["Resident stood unaided", "Call bell out of reach", "Room layout changed"],
                 "causes": {"PEOPLE": ["Agency staff unfamiliar", "Night cover thin"], "ENVIRONMENT": ["Poor lighting"]},
                 "lessonsLearned": "Falls risk review must follow any room change."}
                """.formatted(n, incidentId)).statusCode(200).extract().path("outcomes[0].id");
        given().auth().oauth2(Tokens.allHomes("admin")).get("/api/v1/analyses/" + analysis).then().statusCode(200)
                .body("method", equalTo("FIVE_WHYS")).body("fiveWhys[0].answer", equalTo("Resident stood unaided"))
                .body("fiveWhys[0].causes[0].answer", equalTo("Call bell out of reach"));

        // SAP first (the importer's order), then CAPA and HSAP: fresh SAP numbers after the kept one.
        post("action-plans", plan("s" + n, "SAP-%d-001".formatted(year), incidentId, analysis, "IN_PROGRESS")).statusCode(200)
                .body("outcomes[0].reference", equalTo("SAP-%d-001".formatted(year)));
        post("capas", plan("c" + n, "CAPA-%d-001".formatted(year), incidentId, analysis, "CLOSED") + ","
                + plan("h" + n, "HSAP-%d-001".formatted(year), other, null, "VERIFIED")).statusCode(200)
                .body("outcomes[0].reference", equalTo("SAP-%d-002".formatted(year)))
                .body("outcomes[1].reference", equalTo("SAP-%d-003".formatted(year)));
        for (String legacy : new String[] {"SAP-%d-001", "CAPA-%d-001", "HSAP-%d-001"}) {
            given().auth().oauth2(Tokens.allHomes("admin")).get("/api/v1/import/legacy-references/" + legacy.formatted(year))
                    .then().statusCode(200).body("entityType", equalTo("safety-action-plan"));
        }
        // The CAPA alias resolves in the plans API too, and the closed plan keeps its whole history.
        given().auth().oauth2(Tokens.allHomes("admin")).get("/api/v1/action-plans/CAPA-%d-001".formatted(year)).then().statusCode(200)
                .body("reference", equalTo("SAP-%d-002".formatted(year))).body("legacyReference", equalTo("CAPA-%d-001".formatted(year)))
                .body("status", equalTo("CLOSED")).body("closedAt", nullValue()).body("completedOn", equalTo("2026-01-29"))
                .body("verification.verifiedBy", equalTo("001291")).body("verification.verifiedOn", equalTo("2026-02-02"))
                .body("effectivenessReview.notes", equalTo("No falls")).body("supportingStaff", hasItem("001290"));
        given().auth().oauth2(Tokens.allHomes("admin")).get("/api/v1/action-plans/SAP-%d-002/transitions".formatted(year)).then()
                .statusCode(200).body("note", hasItem(containsString("carried over from the legacy system as CAPA-%d-001".formatted(year))));
        // A plan created later through the ordinary numbering cannot take a legacy number: the series is past them.
        given().auth().oauth2(Tokens.allHomes("admin")).queryParam("asOf", "2026-01-01").get("/api/v1/import/reconciliation").then()
                .statusCode(200).body("figures.findAll { it.careHomeId == '" + home + "' }.key", hasItem("CLOSED"));
        // Re-run: unchanged, same numbers.
        post("capas", plan("c" + n, "CAPA-%d-001".formatted(year), incidentId, analysis, "CLOSED")).statusCode(200)
                .body("unchanged", equalTo(1)).body("outcomes[0].reference", equalTo("SAP-%d-002".formatted(year)));
        given().auth().oauth2(Tokens.allHomes("admin")).get("/api/v1/import/legacy-keys/incident_safety.correctivepreventiveaction/c" + n)
                .then().statusCode(200).body("findings", hasItem(containsString("ALIAS"))).body("findings", not(hasSize(0)));
    }
}
