package io.careops.scheduling.offer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.careops.platform.test.Tokens;
import io.careops.scheduling.support.CertificationStub;
import io.careops.scheduling.support.Fixtures;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Item 4: open-shift offers, ranked like the rota-health suggestions; the first valid claim wins. */
@QuarkusTest
@WithTestResource(CertificationStub.class)
class OpenShiftOfferApiTest {

    UUID home;
    UUID unit;
    LocalDate day;
    String manager;

    @BeforeEach
    void setUp() {
        CertificationStub.mode = CertificationStub.Mode.UP;
        home = Fixtures.careHome();
        unit = Fixtures.unit(home);
        day = LocalDate.now().plusDays(42).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        manager = Tokens.of("manager", home);
    }

    private String openShift() {
        return given().auth().oauth2(manager).contentType(ContentType.JSON).body("""
                {"unitId": "%s", "date": "%s", "shiftTypeId": "%s"}
                """.formatted(unit, day, Fixtures.DAY_ASSISTANT)).post("/api/v1/shifts").then().statusCode(201)
                .extract().path("id");
    }

    private Response offer(String token, String shiftId, Integer limit) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"shiftId\": \"" + shiftId + "\", \"limit\": " + limit + "}").post("/api/v1/open-shift-offers");
    }

    private static Response claim(String token, String offerId) {
        return given().auth().oauth2(token).post("/api/v1/open-shift-offers/" + offerId + "/claim");
    }

    @Test
    void twentyConcurrentClaimsAssignExactlyOneAndTellTheOthers() throws Exception {
        Map<String, String> tokens = new HashMap<>();
        for (int i = 0; i < 20; i++) {
            UUID person = Fixtures.staff(home, "SCA");
            tokens.put(person.toString(), Fixtures.staffToken(person, home));
        }
        String shift = openShift();
        JsonPath offered = offer(manager, shift, 20).then().statusCode(201)
                .header("Location", containsString("/api/v1/open-shift-offers?shiftId=" + shift))
                .body("offers", hasSize(20)).body("offers[0].rank", equalTo(1)).body("offers[19].rank", equalTo(20))
                .extract().jsonPath();
        List<Map<String, Object>> offers = offered.getList("offers");

        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        for (Map<String, Object> offer : offers) {
            String token = tokens.get((String) offer.get("staffId"));
            Callable<Response> claim = () -> {
                start.await();
                return claim(token, (String) offer.get("id"));
            };
            answers.add(pool.submit(claim));
        }
        start.countDown();
        List<Response> responses = new ArrayList<>();
        for (Future<Response> answer : answers) {
            responses.add(answer.get());
        }
        pool.shutdown();

        List<Response> won = responses.stream().filter(r -> r.statusCode() == 200).toList();
        List<Response> lost = responses.stream().filter(r -> r.statusCode() == 409).toList();
        System.out.printf("open-shift claim race: %d claims, %d assigned, %d told 409, other statuses %s%n",
                responses.size(), won.size(), lost.size(), responses.stream().map(Response::statusCode)
                        .filter(s -> s != 200 && s != 409).toList());
        assertThat(won).hasSize(1);
        assertThat(lost).hasSize(19);
        lost.forEach(r -> {
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.jsonPath().getString("type")).isEqualTo("https://careops.io/problems/conflict");
        });
        String winner = won.get(0).jsonPath().getString("staffId");
        assertThat(won.get(0).jsonPath().getString("state")).isEqualTo("CLAIMED");
        given().auth().oauth2(manager).get("/api/v1/shifts/" + shift).then().statusCode(200)
                .body("staffId", equalTo(winner)).body("open", equalTo(false));
        given().auth().oauth2(manager).get("/api/v1/open-shift-offers?size=100&shiftId=" + shift).then().statusCode(200)
                .body("totalItems", equalTo(20))
                .body("items.findAll { it.state == 'CLAIMED' }", hasSize(1))
                .body("items.findAll { it.state == 'TAKEN' }", hasSize(19));
        // A claim after the race is told too.
        Map<String, Object> loser = offers.stream().filter(o -> !o.get("staffId").equals(winner)).findFirst().orElseThrow();
        claim(tokens.get((String) loser.get("staffId")), (String) loser.get("id")).then().statusCode(409);
    }

    @Test
    void onlyEligibleStaffAreOfferedItRankedAndEachRoleSeesWhatItMay() {
        UUID senior = Fixtures.staff(home, "SSCW"); // the day-assistant shift type does not admit seniors
        UUID lapsed = Fixtures.staff(home, "SCA");
        CertificationStub.lapsed(lapsed, "PVG", "PVG scheme membership", day.minusDays(1).toString());
        UUID first = Fixtures.staff(home, "SCA");
        UUID second = Fixtures.staff(home, "SCA");
        String shift = openShift();

        offer(Fixtures.staffToken(first, home), shift, 5).then().statusCode(403);
        offer(Tokens.of("inspector", home), shift, 5).then().statusCode(403);
        offer(manager, shift, 0).then().statusCode(400).body("errors[0].field", equalTo("limit"));
        offer(Tokens.of("manager", Fixtures.careHome()), shift, 5).then().statusCode(404);

        JsonPath made = offer(manager, shift, 5).then().statusCode(201).extract().jsonPath();
        List<String> offeredTo = made.getList("offers.staffId");
        assertThat(offeredTo).containsExactlyInAnyOrder(first.toString(), second.toString())
                .doesNotContain(senior.toString(), lapsed.toString());
        // Nobody else is eligible now.
        offer(manager, shift, 5).then().statusCode(422).body("errors[0].field", equalTo("shiftId"));

        String mine = made.getString("offers.find { it.staffId == '" + first + "' }.id");
        String theirs = made.getString("offers.find { it.staffId == '" + second + "' }.id");
        String firstToken = Fixtures.staffToken(first, home);
        given().auth().oauth2(firstToken).get("/api/v1/open-shift-offers").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(mine));
        given().auth().oauth2(firstToken).get("/api/v1/open-shift-offers/" + theirs).then().statusCode(404);
        claim(firstToken, theirs).then().statusCode(404);
        given().auth().oauth2(Tokens.of("inspector", home)).get("/api/v1/open-shift-offers?shiftId=" + shift).then()
                .statusCode(200).body("totalItems", equalTo(2));
        given().auth().oauth2(Tokens.of("manager", Fixtures.careHome())).get("/api/v1/open-shift-offers/" + mine).then()
                .statusCode(404);
        claim(manager, mine).then().statusCode(403);
        claim(Tokens.of("inspector", home), mine).then().statusCode(403);

        claim(firstToken, mine).then().statusCode(200).body("state", equalTo("CLAIMED"));
        claim(Fixtures.staffToken(second, home), theirs).then().statusCode(409)
                .body("type", equalTo("https://careops.io/problems/conflict"));
        // The shift is no longer open: nothing more to offer.
        offer(manager, shift, 5).then().statusCode(422);
    }

    private Response offerUntil(String token, String shiftId, String expiresAt) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"shiftId\": \"" + shiftId + "\", \"limit\": 5, \"expiresAt\": " + expiresAt + "}")
                .post("/api/v1/open-shift-offers");
    }

    private static Response withdraw(String token, String offerId) {
        return given().auth().oauth2(token).post("/api/v1/open-shift-offers/" + offerId + "/withdrawal");
    }

    @Test
    void aManagerWithdrawsAnOpenOfferAndAClaimAfterItIsToldItWasWithdrawn() {
        UUID person = Fixtures.staff(home, "SCA");
        UUID other = Fixtures.staff(home, "SCA");
        String personToken = Fixtures.staffToken(person, home);
        String shift = openShift();
        JsonPath made = offer(manager, shift, 5).then().statusCode(201).extract().jsonPath();
        String offer = made.getString("offers.find { it.staffId == '" + person + "' }.id");
        String otherOffer = made.getString("offers.find { it.staffId == '" + other + "' }.id");

        // Every role: staff and inspectors may not; another home's manager does not see it; 404 for no such offer.
        withdraw(personToken, offer).then().statusCode(403);
        withdraw(Tokens.of("inspector", home), offer).then().statusCode(403);
        withdraw(Tokens.of("manager", Fixtures.careHome()), offer).then().statusCode(404);
        withdraw(manager, UUID.randomUUID().toString()).then().statusCode(404);
        withdraw(manager, offer).then().statusCode(200).body("state", equalTo("WITHDRAWN"))
                .body("withdrawnBy", org.hamcrest.Matchers.notNullValue())
                .body("decidedAt", org.hamcrest.Matchers.notNullValue());
        withdraw(manager, offer).then().statusCode(409);

        claim(personToken, offer).then().statusCode(409).body("type", equalTo("https://careops.io/problems/conflict"))
                .body("detail", containsString("withdrawn"));
        given().auth().oauth2(manager).get("/api/v1/shifts/" + shift).then().statusCode(200)
                .body("staffId", org.hamcrest.Matchers.nullValue());
        given().auth().oauth2(personToken).get("/api/v1/open-shift-offers/" + offer).then().statusCode(200)
                .body("state", equalTo("WITHDRAWN"));
        // An admin withdraws too; the other offer, still open, is claimable until then.
        claim(Fixtures.staffToken(other, home), otherOffer).then().statusCode(200).body("state", equalTo("CLAIMED"));
        withdraw(Fixtures.admin(), otherOffer).then().statusCode(409);
    }

    @Test
    void anOfferCarriesAnExpiryBeforeTheShiftAndIsNotClaimableAfterIt() throws Exception {
        UUID person = Fixtures.staff(home, "SCA");
        String personToken = Fixtures.staffToken(person, home);
        String shift = openShift();
        java.time.Instant starts = day.atTime(8, 0).atZone(java.time.ZoneId.of("Europe/London")).toInstant();

        // Optional, but in the future and before the shift starts.
        offerUntil(manager, shift, "\"" + starts.plusSeconds(3600) + "\"").then().statusCode(422)
                .body("errors[0].field", equalTo("expiresAt"));
        offerUntil(manager, shift, "\"2020-01-01T00:00:00Z\"").then().statusCode(422)
                .body("errors[0].field", equalTo("expiresAt"));
        offerUntil(manager, shift, "\"tomorrow\"").then().statusCode(400).body("errors[0].field", equalTo("expiresAt"));
        given().auth().oauth2(manager).get("/api/v1/open-shift-offers?shiftId=" + shift).then().statusCode(200)
                .body("totalItems", equalTo(0));

        java.time.Instant expires = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).plusSeconds(4);
        String offer = offerUntil(manager, shift, "\"" + expires + "\"").then().statusCode(201)
                .body("offers[0].expiresAt", equalTo(expires.toString())).extract()
                .path("offers.find { it.staffId == '" + person + "' }.id");
        Thread.sleep(java.time.Duration.between(java.time.Instant.now(), expires).toMillis() + 500);

        claim(personToken, offer).then().statusCode(409).body("type", equalTo("https://careops.io/problems/conflict"))
                .body("detail", containsString("expired"));
        given().auth().oauth2(manager).get("/api/v1/shifts/" + shift).then().statusCode(200)
                .body("staffId", org.hamcrest.Matchers.nullValue());
        // Expired, it is still open to a manager's withdrawal (and then says withdrawn).
        withdraw(manager, offer).then().statusCode(200).body("state", equalTo("WITHDRAWN"));
    }

    @Test
    void anOfferOfAShiftThatHasStartedIsNotClaimable() {
        UUID person = Fixtures.staff(home, "SCA");
        String personToken = Fixtures.staffToken(person, home);
        String shift = openShift();
        String offer = offer(manager, shift, 5).then().statusCode(201).extract()
                .path("offers.find { it.staffId == '" + person + "' }.id");
        // The manager moves the shift to yesterday: it has started (and ended).
        given().auth().oauth2(manager).contentType(ContentType.JSON)
                .body("{\"date\": \"" + LocalDate.now().minusDays(1) + "\"}").patch("/api/v1/shifts/" + shift).then()
                .statusCode(200);

        claim(personToken, offer).then().statusCode(409).body("detail", containsString("started"));
        given().auth().oauth2(manager).get("/api/v1/shifts/" + shift).then().statusCode(200)
                .body("staffId", org.hamcrest.Matchers.nullValue());
    }
}
