package io.careops.scheduling.shift.domain;

import io.careops.platform.paging.QueryFilter;
import io.careops.platform.persistence.PlainStatements;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
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

    /** Needs covering: the same rule as {@link Shift#isOpen()}, in JPQL. */
    private static final String OPEN = "(staffId is null and classification <> :agency and status <> :cancelled)";

    /** In start order; {@code from} and {@code to} are rota days, both included. */
    public PanacheQuery<Shift> search(Optional<Set<UUID>> visibleHomes, Criteria criteria) {
        return search(visibleHomes, criteria, Optional.empty());
    }

    /**
     * As {@link #search(Optional, Criteria)}; with {@code ownOrOpenFor}, only that person's
     * shifts and open shifts (what a self-service caller may list).
     */
    public PanacheQuery<Shift> search(Optional<Set<UUID>> visibleHomes, Criteria criteria, Optional<UUID> ownOrOpenFor) {
        // A home sees its own shifts and, for cross-home cover, its staff's shifts in other homes.
        QueryFilter filter = QueryFilter.scopedTo("careHomeId", Optional.empty());
        visibleHomes.ifPresent(homes -> filter.and("careHomeId in :visibleHomes or staffId in (select st.id from Staff st"
                + " where st.careHomeId in :visibleHomes)", Parameters.with("visibleHomes",
                        homes.isEmpty() ? Set.of(new UUID(0, 0)) : homes)));
        filter.equal("careHomeId", criteria.careHomeId()).equal("unitId", criteria.unitId())
                .equal("staffId", criteria.staffId()).equal("status", criteria.status())
                .equal("classification", criteria.classification()).equal("overtime", criteria.overtime())
                .atLeast("date", criteria.from()).atMost("date", criteria.to());
        if (criteria.open() != null) {
            filter.and((criteria.open() ? "" : "not ") + OPEN, Parameters.with("agency", Classification.AGENCY)
                    .and("cancelled", ShiftStatus.CANCELLED));
        }
        ownOrOpenFor.ifPresent(self -> filter.and("staffId = :self or " + OPEN.replace(":agency", ":ownAgency")
                .replace(":cancelled", ":ownCancelled"), Parameters.with("self", self)
                .and("ownAgency", Classification.AGENCY).and("ownCancelled", ShiftStatus.CANCELLED)));
        return find(filter.where(), Sort.by("startsAt").and("unitId").and("id"), filter.parameters());
    }

    /**
     * The person's other live shifts that overlap the interval (touching at an instant is no
     * overlap). Written as the exclusion constraint is, so its GiST index finds them directly
     * instead of reading the person's whole history.
     */
    /**
     * Several people's shifts that are not cancelled and overlap {@code startsAt} to {@code endsAt},
     * by start, in one query: what a bulk plan checks its items against.
     */
    @SuppressWarnings("unchecked")
    public List<Shift> overlappingAny(java.util.Collection<UUID> staffIds, Instant startsAt, Instant endsAt) {
        if (staffIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createNativeQuery("""
                SELECT * FROM shift
                WHERE staff_id IN (:staff) AND status <> 'CANCELLED'
                  AND tstzrange(starts_at, ends_at, '[)') && tstzrange(:startsAt, :endsAt, '[)')
                ORDER BY starts_at
                """, Shift.class)
                .setParameter("staff", staffIds)
                .setParameter("startsAt", startsAt)
                .setParameter("endsAt", endsAt)
                .getResultList();
    }

    /** What a shift's answer names besides itself: a unit's name, a person's or a shift type's code. */
    public enum LabelKind { UNIT, STAFF, SHIFT_TYPE }

    /** One name of {@link #labelsOf}. */
    public record Label(LabelKind kind, UUID id, String text) {
    }

    /**
     * The names shifts' answers carry, for any number of units, people and shift types, in one
     * statement whose text never changes (the ids go as one comma-separated text each): on a GET by
     * id this replaced three entity queries whose {@code in} lists made Hibernate translate them
     * anew on every request, which cost more than reading the shift.
     */
    public List<Label> labelsOf(java.util.Collection<UUID> unitIds, java.util.Collection<UUID> staffIds,
            java.util.Collection<UUID> shiftTypeIds) {
        // Plain JDBC on the session's connection: as a native query, Hibernate resolved the result's
        // mapping from the driver's metadata on every call, which was most of the statement's cost.
        return getEntityManager().unwrap(org.hibernate.Session.class).doReturningWork(connection -> {
            try (java.sql.PreparedStatement statement = connection.prepareStatement(LABELS)) {
                statement.setArray(1, PlainStatements.uuidArray(connection, present(unitIds)));
                statement.setArray(2, PlainStatements.uuidArray(connection, present(staffIds)));
                statement.setArray(3, PlainStatements.uuidArray(connection, present(shiftTypeIds)));
                List<Label> labels = new java.util.ArrayList<>();
                try (java.sql.ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        labels.add(new Label(switch (rows.getString(1)) {
                            case "U" -> LabelKind.UNIT;
                            case "S" -> LabelKind.STAFF;
                            default -> LabelKind.SHIFT_TYPE;
                        }, rows.getObject(2, UUID.class), rows.getString(3)));
                    }
                }
                return labels;
            }
        });
    }

    private static final String LABELS = """
            SELECT 'U', id, name FROM unit WHERE id = ANY (?)
            UNION ALL
            SELECT 'S', id, first_name || ' ' || last_name FROM staff WHERE id = ANY (?)
            UNION ALL
            SELECT 'T', id, code FROM shift_type WHERE id = ANY (?)
            """;

    /** The ids without nulls (a shift may have no one assigned). */
    private static List<UUID> present(java.util.Collection<UUID> ids) {
        return ids.stream().filter(java.util.Objects::nonNull).toList();
    }

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
