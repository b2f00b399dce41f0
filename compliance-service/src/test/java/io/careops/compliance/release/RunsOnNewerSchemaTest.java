package io.careops.compliance.release;

import io.careops.compliance.certification.CertificationApiTest;
import io.careops.compliance.support.SchedulingStub;
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
@WithTestResource(value = SchedulingStub.class, scope = TestResourceScope.GLOBAL)
class RunsOnNewerSchemaTest extends NewerSchemaContractTest {

    @Override
    protected String collectionPath() {
        return "/api/v1/certifications";
    }

    @Override
    protected String createBody() {
        return CertificationApiTest.body(java.util.UUID.randomUUID(), "FIRE_SAFETY", "2025-06-30");
    }
}
