package io.careops.incidentsafety.incident.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class IncidentRepository implements PanacheRepositoryBase<Incident, UUID> {

    /** Newest first, limited to {@code visibleHomes} when the caller is scoped. */
    public PanacheQuery<Incident> search(Optional<Set<UUID>> visibleHomes, UUID careHomeId, IncidentStatus status,
            Severity severity) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        visibleHomes.ifPresent(homes -> {
            where.append(" and careHomeId in :homes");
            parameters.and("homes", homes.isEmpty() ? Set.of(new UUID(0, 0)) : homes);
        });
        if (careHomeId != null) {
            where.append(" and careHomeId = :careHomeId");
            parameters.and("careHomeId", careHomeId);
        }
        if (status != null) {
            where.append(" and status = :status");
            parameters.and("status", status);
        }
        if (severity != null) {
            where.append(" and severity = :severity");
            parameters.and("severity", severity);
        }
        return find(where.toString(), Sort.descending("occurredAt").and("id"), parameters);
    }
}
