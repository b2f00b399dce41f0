package io.careops.incidentsafety.incident.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import io.careops.platform.paging.QueryFilter;
import java.time.Instant;
import java.util.List;
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

    /** Incidents of the visible homes (or one home) that occurred in [from, to). */
    public List<Incident> occurredBetween(Optional<Set<UUID>> visibleHomes, UUID careHomeId, Instant from, Instant to) {
        QueryFilter filter = QueryFilter.scopedTo("careHomeId", visibleHomes).equal("careHomeId", careHomeId)
                .atLeast("occurredAt", from);
        filter.and("occurredAt < :until", io.quarkus.panache.common.Parameters.with("until", to));
        return list(filter.where(), Sort.ascending("occurredAt").and("id"), filter.parameters());
    }
}
