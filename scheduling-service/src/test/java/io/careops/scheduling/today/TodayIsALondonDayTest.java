package io.careops.scheduling.today;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.careops.scheduling.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * "Today" is the home's (Europe/London) day, from the one clock, on every endpoint that defaults
 * to it. At 00:30 BST on Monday 20 July 2026 (23:30 UTC on Sunday 19 July) a UTC date would answer
 * Sunday, and "this week" would be the week of 13 July: both endpoints did, before issue 15.
 */
@QuarkusTest
@TestProfile(HalfPastMidnightBst.class)
class TodayIsALondonDayTest {

    @Test
    void aPersonsWorkingTimeStandingDefaultsToTheLondonDay() {
        UUID home = Fixtures.careHome();
        UUID worker = Fixtures.staff(home, "SCW");

        given().auth().oauth2(Fixtures.admin()).get("/api/v1/working-time/staff/" + worker).then().statusCode(200)
                .body("asOf", equalTo("2026-07-20")).body("weekFrom", equalTo("2026-07-20"));
    }

    @Test
    void rotaHealthHistoryEndsWithTheLondonWeek() {
        UUID home = Fixtures.careHome();

        given().auth().oauth2(Fixtures.admin()).get("/api/v1/rota-health/history?careHomeId=" + home + "&weeks=2")
                .then().statusCode(200).body("size()", equalTo(2))
                .body("[1].from", equalTo("2026-07-20")).body("[1].to", equalTo("2026-07-26"))
                .body("[0].from", equalTo("2026-07-13"));
    }
}
