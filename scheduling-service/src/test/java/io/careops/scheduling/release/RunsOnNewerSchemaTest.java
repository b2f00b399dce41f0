package io.careops.scheduling.release;

import io.careops.scheduling.carehome.CareHomeApiTest;
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
        return "/api/v1/care-homes";
    }

    @Override
    protected String createBody() {
        return CareHomeApiTest.uniqueBody();
    }
}
