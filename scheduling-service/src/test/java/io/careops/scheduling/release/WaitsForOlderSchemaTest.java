package io.careops.scheduling.release;

import io.careops.platform.test.EmbeddedPostgresResource;
import io.careops.platform.test.release.OlderSchemaContractTest;
import io.careops.platform.test.release.ReleaseSchemaProfiles;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** This release before its migrate step has run: alive, not ready, naming what is pending. */
@QuarkusTest
@TestProfile(ReleaseSchemaProfiles.OlderSchema.class)
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class WaitsForOlderSchemaTest extends OlderSchemaContractTest {
}
