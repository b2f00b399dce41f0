package io.careops.compliance.dashboard;

import io.careops.compliance.support.SchedulingStub;
import io.careops.platform.test.PackagedAppResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The dashboard API tests again, against the packaged service as shipped (prod profile, the shipped
 * JVM settings): they prove the artifact works as shipped (start-up, certifications,
 * the staff directory call to scheduling, the dashboard and training matrix).
 */
@QuarkusIntegrationTest
@WithTestResource(PackagedAppResource.class)
@WithTestResource(SchedulingStub.class)
class PackagedDashboardApiIT extends DashboardApiTest {
}
