package io.careops.incidentsafety.release;

import io.careops.incidentsafety.incident.IncidentApiTest;
import io.careops.platform.test.EmbeddedPostgresResource;
import io.careops.platform.test.release.NewerSchemaContractTest;
import io.careops.platform.test.release.ReleaseSchemaProfiles;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** This release on a schema one release ahead of it: a rollback, or an old pod in a rolling update. */
@QuarkusTest
@TestProfile(ReleaseSchemaProfiles.NewerSchema.class)
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class RunsOnNewerSchemaTest extends NewerSchemaContractTest {

    @Override
    protected String collectionPath() {
        return "/api/v1/incidents";
    }

    @Override
    protected String createBody() {
        return IncidentApiTest.body(java.util.UUID.randomUUID(), "2026-01-16", "LOW_HARM");
    }
}
