package io.careops.scheduling.shift;

import io.careops.platform.test.PackagedAppResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The shift API tests again, against the packaged service as shipped (prod profile, the shipped
 * JVM settings): they prove the artifact works as shipped (start-up, care homes,
 * units, staff, planning with every rule, reads by id and lists, problem answers).
 */
@QuarkusIntegrationTest
@WithTestResource(PackagedAppResource.class)
class PackagedShiftApiIT extends ShiftApiTest {
}
