package io.careops.compliance.certification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.careops.compliance.support.SchedulingStub;
import io.careops.platform.test.EmbeddedPostgresResource;
import io.careops.platform.test.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** POST /certifications/bulk: many certifications under the one-at-a-time rules, all or nothing. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SchedulingStub.class, scope = TestResourceScope.GLOBAL)
class BulkCertificationApiTest {

    private static String entry(UUID home, SchedulingStub.Staff person, String type, String issued) {
        return """
                {"careHomeId": "%s", "staffId": "%s", "staffNumber": "%s", "certificationType": "%s", "issueDate": "%s"}"""
                .formatted(home, person.id(), person.staffNumber(), type, issued);
    }

    private static String bulk(List<String> entries) {
        return "{\"certifications\": [" + String.join(",", entries) + "]}";
    }

    @Test
    void aHomesReturnIsRecordedInOrderWithTheHomeReadOnceNotPerPerson() {
        UUID home = UUID.randomUUID();
        List<SchedulingStub.Staff> people = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            people.add(SchedulingStub.register(home, "%06d".formatted(700100 + i), "Person", "Number" + i, "SCW", null));
        }
        List<String> entries = new ArrayList<>();
        for (SchedulingStub.Staff person : people) {
            entries.add(entry(home, person, "FIRST_AID", "2024-02-29"));
            entries.add(entry(home, person, "DEMENTIA_CARE", "2024-02-29"));
        }
        int callsBefore = SchedulingStub.DIRECTORY_CALLS.get();
        given().auth().oauth2(Tokens.of("manager", home)).contentType(ContentType.JSON).body(bulk(entries))
                .post("/api/v1/certifications/bulk").then().statusCode(201)
                .body("", hasSize(24))
                // In request order, each under the one-at-a-time rules: first aid lasts 3 years from
                // 29 Feb 2024 (to 28 Feb 2027), dementia care has no expiry.
                .body("[0].staffNumber", equalTo("700100"))
                .body("[0].certificationType", equalTo("FIRST_AID"))
                .body("[0].expiryDate", equalTo("2027-02-28"))
                .body("[1].certificationType", equalTo("DEMENTIA_CARE"))
                .body("[1].expiryDate", equalTo(null))
                .body("[23].staffNumber", equalTo("700111"))
                .body("[23].staffName", equalTo("Person Number11"));
        // 12 people of one home: one page of the home's directory, not 12 look-ups.
        assertEquals(1, SchedulingStub.DIRECTORY_CALLS.get() - callsBefore);
        given().auth().oauth2(Tokens.of("manager", home)).get("/api/v1/certifications?careHomeId=" + home + "&size=100")
                .then().statusCode(200).body("totalItems", equalTo(24));
    }

    @Test
    void everyFailingEntryIsNamedAndNothingIsRecorded() {
        UUID home = UUID.randomUUID();
        SchedulingStub.Staff mhairi = SchedulingStub.register(home, "700201", "Mhairi", "Campbell", "SCW", null);
        SchedulingStub.Staff ewan = SchedulingStub.register(home, "700202", "Ewan", "Ross", "SCW", null);
        String wrongNumber = entry(home, ewan, "FIRST_AID", "2025-01-10").replace("700202", "700299");
        String expiresBeforeIssue = entry(home, mhairi, "FIRE_SAFETY", "2025-06-30")
                .replaceFirst("\\{", "{\"expiryDate\": \"2025-06-29\", ");
        String unknownPerson = entry(home, new SchedulingStub.Staff(UUID.randomUUID(), "700203", "No", "One", "SCW",
                home, null), "FIRST_AID", "2025-01-10");
        given().auth().oauth2(Tokens.of("manager", home)).contentType(ContentType.JSON)
                .body(bulk(List.of(entry(home, mhairi, "FIRST_AID", "2025-01-10"), wrongNumber, expiresBeforeIssue,
                        unknownPerson)))
                .post("/api/v1/certifications/bulk").then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", equalTo("3 of 4 certifications cannot be recorded; none was"))
                .body("errors.field", containsInAnyOrder("certifications[1].staffNumber",
                        "certifications[2].expiryDate", "certifications[3].staffId"))
                .body("errors.find { it.field == 'certifications[1].staffNumber' }.message", containsString("700202"));
        given().auth().oauth2(Tokens.of("manager", home)).get("/api/v1/certifications?careHomeId=" + home)
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void anotherHomeStaffEmptyAndOversizedRequestsAreRefused() {
        UUID home = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        SchedulingStub.Staff person = SchedulingStub.register(other, "700301", "Isla", "Reid", "SCW", null);
        String one = entry(other, person, "FIRST_AID", "2025-01-10");
        given().auth().oauth2(Tokens.of("manager", home)).contentType(ContentType.JSON).body(bulk(List.of(one)))
                .post("/api/v1/certifications/bulk").then().statusCode(422)
                .body("errors.field", containsInAnyOrder("certifications[0]"));
        given().auth().oauth2(Tokens.person("staff", "700301", other)).contentType(ContentType.JSON).body(bulk(List.of(one)))
                .post("/api/v1/certifications/bulk").then().statusCode(403);
        given().auth().oauth2(Tokens.of("manager", other)).contentType(ContentType.JSON).body(bulk(List.of()))
                .post("/api/v1/certifications/bulk").then().statusCode(400).body("errors.field", containsInAnyOrder("certifications"));
        String many = java.util.stream.IntStream.range(0, 501).mapToObj(i -> one).collect(Collectors.joining(","));
        given().auth().oauth2(Tokens.of("manager", other)).contentType(ContentType.JSON)
                .body("{\"certifications\": [" + many + "]}")
                .post("/api/v1/certifications/bulk").then().statusCode(400).body("errors.field", containsInAnyOrder("certifications"));
        given().auth().oauth2(Tokens.of("manager", other)).get("/api/v1/certifications?careHomeId=" + other)
                .then().statusCode(200).body("totalItems", equalTo(0));
    }
}
