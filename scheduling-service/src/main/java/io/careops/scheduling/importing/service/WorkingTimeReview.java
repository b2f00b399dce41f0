package io.careops.scheduling.importing.service;

import io.careops.scheduling.staff.domain.Staff;
import io.careops.scheduling.staff.domain.StaffRepository;
import io.careops.scheduling.workingtime.domain.Finding;
import io.careops.scheduling.workingtime.service.WorkingTimeService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Working time over imported history. A past shift that today's limits would refuse is kept as it
 * happened (issue: nothing silently fixed) and flagged: each violation the engine finds in a
 * person's imported weeks becomes a {@code WORKING_TIME} finding on every imported shift it
 * names, stored with the shift's legacy key, where the import report and the legacy-key look-up
 * show it. The history of everyone is too long for one transaction, so it goes a page of people
 * at a time (ordered by id: a run that stops resumes at its page); a finding already recorded
 * is not recorded or reported again.
 */
@ApplicationScoped
public class WorkingTimeReview {

    public static final int MAX_PAGE_SIZE = 500;

    private final EntityManager entityManager;
    private final StaffRepository staff;
    private final WorkingTimeService workingTime;

    public WorkingTimeReview(EntityManager entityManager, StaffRepository staff, WorkingTimeService workingTime) {
        this.entityManager = entityManager;
        this.staff = staff;
        this.workingTime = workingTime;
    }

    /** A finding newly recorded on an imported shift, by the shift's legacy pk. */
    public record Flag(String legacyPk, UUID shiftId, String finding) {
    }

    public record Result(int page, int size, int reviewedStaff, boolean last, List<Flag> flagged) {
    }

    @Transactional
    public Result review(int page, int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT s.staff_id, min(s.shift_date), max(s.shift_date) FROM shift s
                JOIN legacy_key k ON k.legacy_model = 'scheduling.shift' AND k.entity_id = s.id
                WHERE s.staff_id IS NOT NULL AND s.status <> 'CANCELLED'
                GROUP BY s.staff_id ORDER BY s.staff_id LIMIT :size OFFSET :offset""")
                .setParameter("size", size + 1).setParameter("offset", (long) page * size).getResultList();
        boolean last = rows.size() <= size;
        if (!last) {
            rows = rows.subList(0, size);
        }
        if (rows.isEmpty()) {
            return new Result(page, size, 0, true, List.of());
        }
        List<UUID> ids = new ArrayList<>();
        LocalDate from = null;
        LocalDate to = null;
        for (Object[] row : rows) {
            ids.add((UUID) row[0]);
            LocalDate first = date(row[1]);
            LocalDate latest = date(row[2]);
            from = from == null || first.isBefore(from) ? first : from;
            to = to == null || latest.isAfter(to) ? latest : to;
        }
        List<Staff> people = staff.list("id in ?1", ids);
        Map<UUID, List<Finding>> violations = workingTime.violations(people, from, to);
        Map<UUID, String> imported = importedShifts(violations);
        List<Flag> candidates = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>(); // one finding per shift and rule: the first day it shows
        for (List<Finding> findings : violations.values()) {
            for (Finding finding : findings) {
                String text = "WORKING_TIME: " + finding.rule() + " (" + finding.regulation() + ") on " + finding.date()
                        + ": " + finding.message() + "; kept as it happened";
                for (UUID shiftId : finding.shiftIds()) {
                    String legacyPk = imported.get(shiftId);
                    if (legacyPk != null && seen.add(shiftId + "/" + finding.rule())) {
                        candidates.add(new Flag(legacyPk, shiftId, text));
                    }
                }
            }
        }
        return new Result(page, size, people.size(), last, record(candidates));
    }

    /** The imported shifts among those the findings name, with their legacy pks. */
    private Map<UUID, String> importedShifts(Map<UUID, List<Finding>> violations) {
        List<UUID> named = violations.values().stream().flatMap(List::stream).flatMap(f -> f.shiftIds().stream())
                .distinct().toList();
        Map<UUID, String> result = new HashMap<>();
        if (named.isEmpty()) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT entity_id, legacy_pk FROM legacy_key
                WHERE legacy_model = 'scheduling.shift' AND entity_id = ANY (CAST(:ids AS uuid[]))""")
                .setParameter("ids", named.stream().map(UUID::toString).toArray(String[]::new)).getResultList();
        rows.forEach(row -> result.put((UUID) row[0], (String) row[1]));
        return result;
    }

    /**
     * Adds each finding to its shift's legacy key unless it is there already, in one JDBC batch
     * for the page; answers the findings that were added.
     */
    private List<Flag> record(List<Flag> candidates) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        return entityManager.unwrap(org.hibernate.Session.class).doReturningWork(connection -> {
            try (java.sql.PreparedStatement update = connection.prepareStatement("""
                    UPDATE legacy_key SET findings = array_append(findings, ?)
                    WHERE legacy_model = 'scheduling.shift' AND entity_id = ? AND NOT (? = ANY (findings))""")) {
                for (Flag flag : candidates) {
                    update.setString(1, flag.finding());
                    update.setObject(2, flag.shiftId());
                    update.setString(3, flag.finding());
                    update.addBatch();
                }
                int[] counts = update.executeBatch();
                List<Flag> added = new ArrayList<>();
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] > 0) {
                        added.add(candidates.get(i));
                    }
                }
                return added;
            }
        });
    }

    private static LocalDate date(Object value) {
        return value instanceof Date sql ? sql.toLocalDate() : (LocalDate) value;
    }
}
