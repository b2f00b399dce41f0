package io.careops.scheduling.workingtime.domain;

import io.careops.scheduling.absence.domain.AbsenceType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads what the engine needs, and only that: staffed, live shifts as bare periods (as actually
 * worked where recorded) and approved leave, for one person or a whole home at once (two queries however many staff).
 */
@ApplicationScoped
public class WorkingTimeRepository {

    private final EntityManager entityManager;

    public WorkingTimeRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public record StaffPeriod(UUID staffId, WorkPeriod period) {
    }

    /** Shifts of one person on rota days {@code from} to {@code to}, except {@code leaveOut}. */
    public List<WorkPeriod> periods(UUID staffId, LocalDate from, LocalDate to, UUID leaveOut) {
        return periods("s.staffId = :who", Map.of("who", staffId), from, to).stream()
                .map(StaffPeriod::period).filter(period -> !period.shiftId().equals(leaveOut)).toList();
    }

    /**
     * Shifts of everyone of the homes, grouped by person: every shift of theirs, in any home of
     * the group (the law limits the worker, not the home), and not the shifts visitors from other
     * homes work here (their own home's figures count those).
     */
    public Map<UUID, List<WorkPeriod>> periodsByStaff(Collection<UUID> careHomeIds, LocalDate from, LocalDate to) {
        Map<UUID, List<WorkPeriod>> byStaff = new HashMap<>();
        for (StaffPeriod row : periods("s.staffId in (select st.id from Staff st where st.careHomeId in :homes)",
                Map.of("homes", careHomeIds), from, to)) {
            byStaff.computeIfAbsent(row.staffId(), id -> new ArrayList<>()).add(row.period());
        }
        return byStaff;
    }

    /** Shifts of the given people, grouped by person. */
    public Map<UUID, List<WorkPeriod>> periodsOfStaff(Collection<UUID> staffIds, LocalDate from, LocalDate to) {
        Map<UUID, List<WorkPeriod>> byStaff = new HashMap<>();
        for (StaffPeriod row : periods("s.staffId in :people", Map.of("people", staffIds), from, to)) {
            byStaff.computeIfAbsent(row.staffId(), id -> new ArrayList<>()).add(row.period());
        }
        return byStaff;
    }

    private List<StaffPeriod> periods(String who, Map<String, Object> parameters, LocalDate from, LocalDate to) {
        // Actual hours where both ends are recorded (a manager's record or a clock-in and -out), the
        // plan otherwise: the law limits the hours worked, not the hours planned.
        var query = entityManager.createQuery("select s.staffId, s.id, s.date,"
                + " case when s.actualEnd is not null then s.actualStart else s.startsAt end,"
                + " case when s.actualEnd is not null then s.actualEnd else s.endsAt end, s.unpaidBreakMinutes"
                + " from Shift s where " + who + " and s.staffId is not null and s.status <> "
                + "io.careops.scheduling.shift.domain.ShiftStatus.CANCELLED and s.date between :from and :to"
                + " order by s.startsAt", Object[].class)
                .setParameter("from", from).setParameter("to", to);
        parameters.forEach(query::setParameter);
        return query.getResultList().stream().map(row -> new StaffPeriod((UUID) row[0], new WorkPeriod((UUID) row[1],
                (LocalDate) row[2], (Instant) row[3], (Instant) row[4], (Integer) row[5]))).toList();
    }

    /** Approved leave of the people in the homes overlapping the days, grouped by person. */
    public Map<UUID, List<Leave>> leavesByStaff(Collection<UUID> careHomeIds, LocalDate from, LocalDate to) {
        return leaves("a.careHomeId in :homes", "homes", careHomeIds, from, to);
    }

    /** Approved leave of the given people overlapping the days, grouped by person. */
    public Map<UUID, List<Leave>> leavesOfStaff(Collection<UUID> staffIds, LocalDate from, LocalDate to) {
        return leaves("a.staffId in :people", "people", staffIds, from, to);
    }

    private Map<UUID, List<Leave>> leaves(String who, String name, Object value, LocalDate from, LocalDate to) {
        var query = entityManager.createQuery("select a.staffId, a.type, a.firstDay, a.lastDay from Absence a where "
                + who + " and a.state = io.careops.scheduling.absence.domain.AbsenceState.APPROVED"
                + " and a.firstDay <= :to and a.lastDay >= :from", Object[].class)
                .setParameter("from", from).setParameter("to", to).setParameter(name, value);
        Map<UUID, List<Leave>> byStaff = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            byStaff.computeIfAbsent((UUID) row[0], id -> new ArrayList<>())
                    .add(new Leave((AbsenceType) row[1], (LocalDate) row[2], (LocalDate) row[3]));
        }
        return byStaff;
    }

    public List<CompensatoryRestGiven> restGiven(Collection<UUID> staffIds) {
        if (staffIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("from CompensatoryRestGiven g where g.staffId in :staff",
                CompensatoryRestGiven.class).setParameter("staff", staffIds).getResultList();
    }

    /** Compensatory rest recorded as given to the staff of the homes (one subquery, not a parameter per person). */
    public List<CompensatoryRestGiven> restGivenInHomes(Collection<UUID> careHomeIds) {
        return entityManager.createQuery("from CompensatoryRestGiven g where g.staffId in"
                + " (select st.id from Staff st where st.careHomeId in :homes)", CompensatoryRestGiven.class)
                .setParameter("homes", careHomeIds).getResultList();
    }

    public void persist(Object entity) {
        entityManager.persist(entity);
    }

    public List<WorkingTimeOverride> overrides(UUID shiftId) {
        return entityManager.createQuery("from WorkingTimeOverride o where o.shiftId = :shift order by o.createdAt",
                WorkingTimeOverride.class).setParameter("shift", shiftId).getResultList();
    }
}
