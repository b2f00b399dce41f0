package io.careops.incidentsafety.incident.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import io.careops.platform.paging.QueryFilter;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class IncidentRepository implements PanacheRepositoryBase<Incident, UUID> {

    /** Newest first, limited to {@code visibleHomes} when the caller is scoped. */
    public PanacheQuery<Incident> search(Optional<Set<UUID>> visibleHomes, UUID careHomeId, IncidentStatus status,
            Severity severity) {
        QueryFilter filter = QueryFilter.scopedTo("careHomeId", visibleHomes)
                .equal("careHomeId", careHomeId).equal("status", status).equal("severity", severity);
        return find(filter.where(), Sort.descending("occurredAt").and("id"), filter.parameters());
    }
}
