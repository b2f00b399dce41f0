package io.careops.scheduling.staff;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.careops.platform.test.Tokens;
import io.careops.scheduling.support.CountingStatements;
import io.careops.scheduling.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** POST /staff/bulk: many hires under the one-at-a-time rules, all or nothing. */
@QuarkusTest
class BulkStaffApiTest {

    private static String person(String number, UUID home, UUID unit, String role, String extra) {
        return """
                {"staffNumber": "%s", "firstName": "Eilidh", "lastName": "Number%s", "roleCode": "%s", "careHomeId": "%s",
                 "homeUnitId": %s, "contractedHoursPerWeek": 37.5, "employmentStart": "2021-04-01"%s}"""
                .formatted(number, number, role, home, unit == null ? "null" : "\"" + unit + "\"", extra);
    }

    private static String number() {
        return "%06d".formatted(Fixtures.serial() % 1_000_000);
    }

    private static Response post(String token, List<String> entries) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"staff\": [" + String.join(",", entries) + "]}").post("/api/v1/staff/bulk");
    }

    @Test
    void aHomesStaffAreAddedInOrderWithTheStaffNumbersCheckedInOneQuery() {
        UUID home = Fixtures.careHome();
        UUID unit = Fixtures.unit(home);
        List<String> numbers = IntStream.range(0, 40).mapToObj(i -> number()).toList();
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            entries.add(person(numbers.get(i), home, unit, i % 2 == 0 ? "SCW" : "SCA", i == 39 ? ", \"nightWorker\": true" : ""));
        }
        CountingStatements.start();
        List<String> ids = post(Tokens.of("manager", home), entries).then().statusCode(201)
                .body("", hasSize(40))
                .body("[0].staffNumber", equalTo(numbers.get(0)))
                .body("[0].roleCode", equalTo("SCW"))
                .body("[0].homeUnitId", equalTo(unit.toString()))
                .body("[0].active", equalTo(true))
                .body("[1].roleCode", equalTo("SCA"))
                .body("[39].staffNumber", equalTo(numbers.get(39)))
                .body("[39].nightWorker", equalTo(true))
                .extract().path("id");
        List<String> sent = CountingStatements.stop();
        // One read of the numbers in use for the 40, not one per person.
        assertEquals(1, sent.stream().filter(sql -> sql.contains("staff_number in")).count(), String.join("\n", sent));
        assertEquals(0, sent.stream().filter(sql -> sql.contains("staff_number=")).count(), String.join("\n", sent));
        assertEquals(40, ids.stream().distinct().count());
        given().auth().oauth2(Tokens.of("manager", home)).get("/api/v1/staff?careHomeId=" + home + "&size=100")
                .then().statusCode(200).body("totalItems", equalTo(40));
        given().auth().oauth2(Tokens.of("manager", home)).get("/api/v1/staff/" + ids.get(39))
                .then().statusCode(200).body("staffNumber", equalTo(numbers.get(39))).body("lastName", equalTo("Number" + numbers.get(39)));
    }

    @Test
    void everyFailingEntryIsNamedAndNobodyIsAdded() {
        UUID home = Fixtures.careHome();
        UUID unit = Fixtures.unit(home);
        UUID otherHomesUnit = Fixtures.unit(Fixtures.careHome());
        String inUse = given().auth().oauth2(Fixtures.admin()).get("/api/v1/staff/" + Fixtures.staff(home, "SCW"))
                .then().statusCode(200).extract().path("staffNumber");
        String twice = number();
        List<String> entries = List.of(
                person(number(), home, unit, "SCW", ""),                                  // 0 fine
                person(inUse, home, unit, "SCW", ""),                                     // 1 number in use
                person(twice, home, unit, "SCW", ""),                                     // 2 fine on its own
                person(twice, home, unit, "SCA", ""),                                     // 3 same number as 2
                person(number(), home, otherHomesUnit, "SCW", ""),                        // 4 unit of another home
                person(number(), home, unit, "SCW", ", \"employmentEnd\": \"2021-03-31\""), // 5 ends before it starts
                person(number(), home, unit, "NURSE", ""),                                // 6 no such role
                person(number(), home, UUID.randomUUID(), "SCW", ""));                    // 7 no such unit
        post(Fixtures.admin(), entries).then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", equalTo("6 of 8 staff cannot be added; none was"))
                .body("errors.field", containsInAnyOrder("staff[1].staffNumber", "staff[3].staffNumber",
                        "staff[4].homeUnitId", "staff[5].employmentEnd", "staff[6].roleCode", "staff[7].homeUnitId"))
                .body("errors.find { it.field == 'staff[1].staffNumber' }.message", containsString(inUse + " is already in use"))
                .body("errors.find { it.field == 'staff[3].staffNumber' }.message", containsString("also given to staff[2]"))
                .body("errors.find { it.field == 'staff[4].homeUnitId' }.message", equalTo("the unit belongs to another care home"));
        given().auth().oauth2(Fixtures.admin()).get("/api/v1/staff?careHomeId=" + home).then().body("totalItems", equalTo(1));
    }

    @Test
    void anotherHomeAStaffCallerAndEmptyOrOversizedRequestsAreRefused() {
        UUID home = Fixtures.careHome();
        UUID other = Fixtures.careHome();
        String one = person(number(), other, null, "SCW", "");
        // A home outside the caller's care_homes is not there for them: named, nothing added.
        post(Tokens.of("manager", home), List.of(person(number(), home, null, "SCW", ""), one)).then().statusCode(422)
                .body("errors.field", containsInAnyOrder("staff[1].careHomeId"));
        post(Tokens.of("staff", other), List.of(one)).then().statusCode(403);
        post(Tokens.of("manager", other), List.of()).then().statusCode(400).body("errors.field", containsInAnyOrder("staff"));
        String many = IntStream.range(0, 501).mapToObj(i -> one).collect(Collectors.joining(","));
        given().auth().oauth2(Tokens.of("manager", other)).contentType(ContentType.JSON).body("{\"staff\": [" + many + "]}")
                .post("/api/v1/staff/bulk").then().statusCode(400).body("errors.field", containsInAnyOrder("staff"));
        // Bean Validation names the entry and field as sent.
        post(Tokens.of("manager", other), List.of(one, one.replace("\"firstName\": \"Eilidh\"", "\"firstName\": \"\"")))
                .then().statusCode(400).body("errors.field", containsInAnyOrder("staff[1].firstName"));
        given().auth().oauth2(Fixtures.admin()).get("/api/v1/staff?careHomeId=" + home).then().body("totalItems", equalTo(0));
        given().auth().oauth2(Fixtures.admin()).get("/api/v1/staff?careHomeId=" + other).then().body("totalItems", equalTo(0));
    }
}
