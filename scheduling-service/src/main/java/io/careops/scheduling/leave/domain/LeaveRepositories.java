package io.careops.scheduling.leave.domain;

import io.careops.platform.paging.QueryFilter;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Persistence of leave policies and blackouts. */
public final class LeaveRepositories {

    private LeaveRepositories() {
    }

    @ApplicationScoped
    public static class Policies implements PanacheRepositoryBase<LeavePolicy, UUID> {
    }

    @ApplicationScoped
    public static class Blackouts implements PanacheRepositoryBase<LeaveBlackout, UUID> {

        public record Criteria(UUID careHomeId, UUID unitId, LocalDate from, LocalDate to, Boolean active) {
        }

        public PanacheQuery<LeaveBlackout> search(Optional<Set<UUID>> visibleHomes, Criteria criteria) {
            QueryFilter filter = QueryFilter.scopedTo("careHomeId", visibleHomes)
                    .equal("careHomeId", criteria.careHomeId()).equal("unitId", criteria.unitId())
                    .equal("active", criteria.active())
                    .atLeast("lastDay", criteria.from()).atMost("firstDay", criteria.to());
            return find(filter.where(), Sort.by("firstDay").and("id"), filter.parameters());
        }

        /**
         * Active blackouts of any of the units touching the days. A person has at most two units
         * (home and assigned): those are asked with a query of fixed text, whose SQL Hibernate
         * translates once; a list parameter is translated again on every call, which was the
         * larger part of recording leave in bulk.
         */
        public List<LeaveBlackout> activeFor(Collection<UUID> unitIds, LocalDate first, LocalDate last) {
            if (unitIds.isEmpty()) {
                return List.of();
            }
            if (unitIds.size() <= 2) {
                List<UUID> units = List.copyOf(unitIds);
                return getEntityManager().createQuery("from LeaveBlackout b where (b.unitId = :one or b.unitId = :two)"
                        + " and b.active = true and b.firstDay <= :last and b.lastDay >= :first order by b.firstDay",
                        LeaveBlackout.class).setParameter("one", units.get(0))
                        .setParameter("two", units.get(units.size() - 1)).setParameter("last", last)
                        .setParameter("first", first).getResultList();
            }
            return list("unitId in ?1 and active = true and firstDay <= ?2 and lastDay >= ?3", Sort.by("firstDay"),
                    unitIds, last, first);
        }
    }
}
