package io.careops.platform.test.release;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

/**
 * A release meets a schema its own last migration has not reached (the migrate step has not run
 * yet): it starts, stays alive, and readiness stays DOWN naming the pending migration, so no
 * traffic reaches it until the schema is current. A service's test extends this with
 * {@code @TestProfile(ReleaseSchemaProfiles.OlderSchema.class)}.
 */
public abstract class OlderSchemaContractTest {

    /** The service's newest migration, which {@link SchemaStateResource} left unapplied. */
    private static String newestMigration() {
        return System.getProperty(SchemaStateResource.PENDING_VERSION);
    }

    @Test
    void readinessStaysDownAndListsWhatIsPending() {
        given().get("/q/health/ready").then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'Database schema' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'Database schema' }.data.pendingMigrations", equalTo(1))
                .body("checks.find { it.name == 'Database schema' }.data.pending", startsWith(newestMigration() + " "))
                .body("checks.find { it.name == 'Database schema' }.data.releaseSchemaVersion", equalTo(newestMigration()));
    }

    @Test
    void livenessStaysUpSoKubernetesDoesNotRestartIt() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
