package io.careops.scheduling.shift.domain;

import io.careops.platform.paging.QueryFilter;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class ShiftRepository implements PanacheRepositoryBase<Shift, UUID> {

    public record Criteria(UUID careHomeId, UUID unitId, UUID staffId, LocalDate from, LocalDate to,
            ShiftStatus status, Classification classification, Boolean overtime, Boolean open) {
    }

    /** In start order; {@code from} and {@code to} are rota days, both included. */
    public PanacheQuery<Shift> search(Optional<Set<UUID>> visibleHomes, Criteria criteria) {
        QueryFilter filter = QueryFilter.scopedTo("careHomeId", visibleHomes)
                .equal("careHomeId", criteria.careHomeId()).equal("unitId", criteria.unitId())
                .equal("staffId", criteria.staffId()).equal("status", criteria.status())
                .equal("classification", criteria.classification()).equal("overtime", criteria.overtime());
        StringBuilder where = new StringBuilder(filter.where());
        if (criteria.from() != null) {
            where.append(" and date >= :from");
            filter.parameters().and("from", criteria.from());
        }
        if (criteria.to() != null) {
            where.append(" and date <= :to");
            filter.parameters().and("to", criteria.to());
        }
        if (criteria.open() != null) {
            where.append(criteria.open() ? " and (" : " and not (")
                    .append("staffId is null and classification <> :agency and status <> :cancelled)");
            filter.parameters().and("agency", Classification.AGENCY).and("cancelled", ShiftStatus.CANCELLED);
        }
        return find(where.toString(), Sort.by("startsAt").and("unitId").and("id"), filter.parameters());
    }

    /**
     * The person's other live shifts that overlap the interval (touching at an instant is no
     * overlap). Written as the exclusion constraint is, so its GiST index finds them directly
     * instead of reading the person's whole history.
     */
    @SuppressWarnings("unchecked")
    public List<Shift> overlapping(UUID staffId, Instant startsAt, Instant endsAt, UUID except) {
        return getEntityManager().createNativeQuery("""
                SELECT * FROM shift
                WHERE staff_id = :staff AND status <> 'CANCELLED' AND id <> :except
                  AND tstzrange(starts_at, ends_at, '[)') && tstzrange(:startsAt, :endsAt, '[)')
                ORDER BY starts_at
                """, Shift.class)
                .setParameter("staff", staffId)
                .setParameter("except", except == null ? new UUID(0, 0) : except)
                .setParameter("startsAt", startsAt)
                .setParameter("endsAt", endsAt)
                .getResultList();
    }
}
