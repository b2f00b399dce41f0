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

    /** Requested or approved absences of the people in the homes, touching the days, by first day. */
    public List<Absence> liveBetween(Optional<Set<UUID>> visibleHomes, UUID careHomeId, java.util.Collection<UUID> staffIds,
            LocalDate first, LocalDate last) {
        QueryFilter filter = QueryFilter.scopedTo("careHomeId", visibleHomes).equal("careHomeId", careHomeId)
                .atLeast("lastDay", first).atMost("firstDay", last)
                .and("state in :live", io.quarkus.panache.common.Parameters.with("live",
                        List.of(AbsenceState.REQUESTED, AbsenceState.APPROVED)));
        if (staffIds != null) {
            filter.and("staffId in :people", io.quarkus.panache.common.Parameters.with("people",
                    staffIds.isEmpty() ? Set.of(new UUID(0, 0)) : staffIds));
        }
        return find(filter.where(), Sort.by("firstDay").and("id"), filter.parameters()).list();
    }

    /** One person's annual leave, requested or approved, touching the days. */
    public List<Absence> annualLeaveBetween(UUID staffId, LocalDate first, LocalDate last) {
        return list("staffId = ?1 and type = ?2 and state in ?3 and firstDay <= ?4 and lastDay >= ?5",
                Sort.by("firstDay"), staffId, AbsenceType.ANNUAL_LEAVE,
                List.of(AbsenceState.REQUESTED, AbsenceState.APPROVED), last, first);
    }

    /**
     * Several people's approved absences on any of the days from {@code first} to {@code last},
     * by first day, in one query (a bulk plan's look-up).
     */
    public List<Absence> approvedBetween(java.util.Collection<UUID> staffIds, LocalDate first, LocalDate last) {
        if (staffIds.isEmpty()) {
            return List.of();
        }
        return list("staffId in ?1 and state = ?2 and firstDay <= ?3 and lastDay >= ?4", Sort.by("firstDay"),
                staffIds, AbsenceState.APPROVED, last, first);
    }

    /** The person's approved absences on any of the days from {@code first} to {@code last}. */
    public List<Absence> approvedBetween(UUID staffId, LocalDate first, LocalDate last) {
        return list("staffId = ?1 and state = ?2 and firstDay <= ?3 and lastDay >= ?4", Sort.by("firstDay"),
                staffId, AbsenceState.APPROVED, last, first);
    }
}
