package io.careops.platform.test.release;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.careops.platform.test.Tokens;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * A release meets a schema that a newer release has already migrated (a rollback, or an old pod
 * restarting during a rolling update): it starts, is ready, and serves reads and writes.
 * A service's test extends this with {@code @TestProfile(ReleaseSchemaProfiles.NewerSchema.class)}.
 */
public abstract class NewerSchemaContractTest {

    /** e.g. {@code /api/v1/care-homes}: accepts POST and GET and has {@code /{id}} below it. */
    protected abstract String collectionPath();

    /** A valid body for a POST to {@link #collectionPath()} by an admin of every home. */
    protected abstract String createBody();

    @Test
    void startsAndIsReadyOnTheNewerSchema() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Database schema' }.data.schemaVersion",
                        equalTo(SchemaStateResource.LATER_RELEASE_VERSION))
                .body("checks.find { it.name == 'Database schema' }.data.pendingMigrations", equalTo(0))
                .body("checks.find { it.name == 'Database schema' }.data.appliedByNewerRelease", equalTo(1))
                .body("checks.find { it.name == 'Database schema' }.data.releaseSchemaVersion",
                        not(equalTo(SchemaStateResource.LATER_RELEASE_VERSION)));
    }

    @Test
    void createsReadsAndListsOnTheNewerSchema() {
        String token = Tokens.allHomes("admin");
        String location = given().auth().oauth2(token).contentType(ContentType.JSON).body(createBody())
                .post(collectionPath()).then().statusCode(201).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        given().auth().oauth2(token).get(collectionPath() + "/" + id).then().statusCode(200).body("id", equalTo(id));
        given().auth().oauth2(token).queryParam("size", 100).get(collectionPath()).then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items.id", hasItem(id));
    }
}
