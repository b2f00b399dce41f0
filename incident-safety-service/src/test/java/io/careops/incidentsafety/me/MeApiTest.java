package io.careops.incidentsafety.me;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.careops.platform.test.EmbeddedPostgresResource;
import io.careops.platform.test.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class MeApiTest {

    @Test
    void meAnswersEveryRoleWithTheStaffNumberTheTokenNames() {
        UUID home = UUID.randomUUID();
        given().auth().oauth2(Tokens.person("staff", "024680", home)).get("/api/v1/me").then().statusCode(200)
                .body("roles", contains("staff")).body("selfService", equalTo(true))
                .body("staffNumber", equalTo("024680")).body("careHomeIds", contains(home.toString()))
                .body("allCareHomes", equalTo(false));
        given().auth().oauth2(Tokens.allHomes("admin")).get("/api/v1/me").then().statusCode(200)
                .body("roles", contains("admin")).body("allCareHomes", equalTo(true)).body("staffNumber", nullValue());
        given().auth().oauth2(Tokens.of("manager", home)).get("/api/v1/me").then().statusCode(200)
                .body("selfService", equalTo(false));
        given().auth().oauth2(Tokens.of("inspector", home)).get("/api/v1/me").then().statusCode(200)
                .body("roles", contains("inspector"));
        given().get("/api/v1/me").then().statusCode(401);
        given().auth().oauth2(Tokens.expired("staff")).get("/api/v1/me").then().statusCode(401);
    }
}
