package io.careops.incidentsafety;

import static io.restassured.RestAssured.given;

import io.careops.platform.test.Tokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/** Records made through the API, as a client would make them. */
public final class Fixtures {

    /** Not the name in any test token, so any manager may review the analyses it leads. */
    public static final String LEAD = "lead.investigator@careops.invalid";

    private Fixtures() {
    }

    public static RequestSpecification as(String role, UUID home) {
        return given().auth().oauth2(Tokens.of(role, home)).contentType(ContentType.JSON);
    }

    public static String incident(UUID home, String date, String type, String severity, UUID unit) {
        return as("manager", home).body("""
                {"careHomeId": "%s", "unitId": %s, "occurredOn": "%s", "occurredAt": "10:45", "incidentType": "%s",
                 "severity": "%s", "riskRating": "MODERATE", "description": "Fixture incident."}
                """.formatted(home, unit == null ? "null" : "\"" + unit + "\"", date, type, severity))
                .post("/api/v1/incidents").then().statusCode(201).extract().path("id");
    }

    /** Starts an analysis led by {@link #LEAD}; returns its id. */
    public static String analysis(UUID home, String incidentId, String summary, String lessons, String recommendations) {
        return as("manager", home).body("""
                {"method": "FIVE_WHYS", "leadInvestigator": "%s", "startedOn": "2025-01-02",
                 "rootCauseSummary": %s, "lessonsLearned": %s, "recommendations": %s}
                """.formatted(LEAD, json(summary), json(lessons), json(recommendations)))
                .post("/api/v1/incidents/" + incidentId + "/analysis").then().statusCode(201).extract().path("id");
    }

    /** An analysis taken through review to approval by a manager who is not the lead. */
    public static String approvedAnalysis(UUID home, String incidentId, String summary, String lessons, String recommendations) {
        String id = analysis(home, incidentId, summary, lessons, recommendations);
        moveAnalysis(home, id, "UNDER_REVIEW").then().statusCode(200);
        moveAnalysis(home, id, "APPROVED").then().statusCode(200);
        return id;
    }

    public static io.restassured.response.Response moveAnalysis(UUID home, String id, String to) {
        return as("manager", home).body("{\"to\": \"" + to + "\", \"note\": \"reviewed\"}")
                .post("/api/v1/analyses/" + id + "/transitions");
    }

    /** A plan; returns its SAP reference. */
    public static String plan(UUID home, String incidentId, String priority, String identifiedOn) {
        return as("manager", home).body("""
                {"incidentId": "%s", "actionType": "PREVENTIVE", "priority": "%s", "owner": "test-staff@careops.invalid",
                 "problemStatement": "Falls after room move", "actionDescription": "Update the move checklist",
                 "identifiedOn": %s}
                """.formatted(incidentId, priority, identifiedOn == null ? "null" : "\"" + identifiedOn + "\""))
                .post("/api/v1/action-plans").then().statusCode(201).extract().path("reference");
    }

    public static io.restassured.response.Response move(String role, UUID home, String plan, String to, String note) {
        return as(role, home).body("{\"to\": \"" + to + "\"" + (note == null ? "" : ", \"note\": \"" + note + "\"") + "}")
                .post("/api/v1/action-plans/" + plan + "/transitions");
    }

    public static void review(UUID home, String plan, boolean effective) {
        as("manager", home).body("{\"reviewedOn\": \"" + java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"))
                        + "\", \"effective\": " + effective + ", \"notes\": \"no repeat falls\"}")
                .put("/api/v1/action-plans/" + plan + "/effectiveness-review").then().statusCode(200);
    }

    /** A problem response of this status, in problem JSON. */
    public static io.restassured.response.ValidatableResponse expectStatus(io.restassured.response.Response response, int status) {
        return response.then().statusCode(status).contentType("application/problem+json").body("status", org.hamcrest.Matchers.equalTo(status));
    }

    private static String json(String text) {
        return text == null ? "null" : "\"" + text.replace("\"", "\\\"") + "\"";
    }
}
