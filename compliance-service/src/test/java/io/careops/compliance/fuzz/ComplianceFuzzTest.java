package io.careops.compliance.fuzz;

import io.careops.compliance.support.Fixtures;
import io.careops.compliance.support.SchedulingStub;
import io.careops.platform.test.EmbeddedPostgresResource;
import io.careops.platform.test.OpenApiFuzzTest;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Every operation of the compliance API, fuzzed from its own OpenAPI (see {@link OpenApiFuzzTest}). */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(io.careops.platform.test.OwnDatabaseProfile.class)
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SchedulingStub.class, scope = TestResourceScope.GLOBAL)
class ComplianceFuzzTest extends OpenApiFuzzTest {

    @Override
    protected Map<String, List<String>> knownValues() {
        UUID home = UUID.randomUUID();
        SchedulingStub.Staff staff = Fixtures.staff(home, "SCW", "Fuzz");
        String certification = Fixtures.certify(staff, "FIRE_SAFETY", LocalDate.of(2025, 6, 30), null, false);
        return Map.of("careHomeId", List.of(home.toString()), "staffId", List.of(staff.id().toString()),
                "staffNumber", List.of(staff.staffNumber()), "id", List.of(certification),
                "code", List.of("FIRE_SAFETY"), "certificationType", List.of("FIRE_SAFETY"));
    }
}
