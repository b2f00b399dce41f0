package io.careops.incidentsafety.analysis;

import io.careops.platform.test.PackagedAppResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The incident analysis API tests again, against the packaged service as shipped (prod profile, the
 * shipped JVM settings): they prove the artifact works as shipped (start-up, incidents,
 * root cause analysis, reads and lists, problem answers).
 */
@QuarkusIntegrationTest
@WithTestResource(PackagedAppResource.class)
class PackagedAnalysisApiIT extends AnalysisApiTest {
}
