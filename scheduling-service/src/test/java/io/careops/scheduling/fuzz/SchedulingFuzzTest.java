package io.careops.scheduling.fuzz;

import io.careops.platform.test.EmbeddedPostgresResource;
import io.careops.platform.test.OpenApiFuzzTest;
import io.careops.scheduling.support.Fixtures;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Every operation of the scheduling API, fuzzed from its own OpenAPI (see {@link OpenApiFuzzTest}). */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(io.careops.platform.test.OwnDatabaseProfile.class)
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class SchedulingFuzzTest extends OpenApiFuzzTest {

    @Override
    protected Map<String, List<String>> knownValues() {
        UUID home = Fixtures.careHome();
        UUID unit = Fixtures.unit(home);
        UUID staff = Fixtures.staff(home, "SCW");
        return Map.of("careHomeId", List.of(home.toString()), "unitId", List.of(unit.toString()),
                "staffId", List.of(staff.toString()), "id", List.of(home.toString(), unit.toString(), staff.toString()),
                "roleCode", List.of("SCW", "SCA"));
    }
}
