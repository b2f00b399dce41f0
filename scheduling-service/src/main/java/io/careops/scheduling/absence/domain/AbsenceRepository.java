package io.careops.scheduling.absence.domain;

import io.careops.platform.paging.QueryFilter;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class AbsenceRepository implements PanacheRepositoryBase<Absence, UUID> {

    public record Criteria(UUID careHomeId, UUID staffId, AbsenceState state, AbsenceType type, LocalDate from,
            LocalDate to) {
    }

    /** Absences touching the days from {@code from} to {@code to}, both included. */
    public PanacheQuery<Absence> search(Optional<Set<UUID>> visibleHomes, Criteria criteria) {
        QueryFilter filter = QueryFilter.scopedTo("careHomeId", visibleHomes)
                .equal("careHomeId", criteria.careHomeId()).equal("staffId", criteria.staffId())
                .equal("state", criteria.state()).equal("type", criteria.type())
                .atLeast("lastDay", criteria.from()).atMost("firstDay", criteria.to());
        return find(filter.where(), Sort.by("firstDay").and("id"), filter.parameters());
    }

    /** The person's approved absences on any of the days from {@code first} to {@code last}. */
    public List<Absence> approvedBetween(UUID staffId, LocalDate first, LocalDate last) {
        return list("staffId = ?1 and state = ?2 and firstDay <= ?3 and lastDay >= ?4", Sort.by("firstDay"),
                staffId, AbsenceState.APPROVED, last, first);
    }
}
