package io.careops.incidentsafety.fuzz;

import io.careops.incidentsafety.Fixtures;
import io.careops.incidentsafety.UnitsStub;
import io.careops.platform.test.EmbeddedPostgresResource;
import io.careops.platform.test.OpenApiFuzzTest;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Every operation of the incident safety API, fuzzed from its own OpenAPI (see {@link OpenApiFuzzTest}). */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(io.careops.platform.test.OwnDatabaseProfile.class)
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = UnitsStub.class, scope = TestResourceScope.GLOBAL)
class IncidentSafetyFuzzTest extends OpenApiFuzzTest {

    @Override
    protected Map<String, List<String>> knownValues() {
        UUID home = UUID.randomUUID();
        UUID unit = UnitsStub.unitOf(home);
        String incident = Fixtures.incident(home, "2026-01-10", "FALL_BED", "LOW_HARM", unit);
        String plan = Fixtures.plan(home, incident, "HIGH", "2026-01-12");
        return Map.of("careHomeId", List.of(home.toString()), "unitId", List.of(unit.toString()),
                "id", List.of(incident), "incidentId", List.of(incident), "reference", List.of(plan, plan.toLowerCase()));
    }
}
