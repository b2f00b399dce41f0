package io.careops.scheduling.workingtime.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The working-time check's read for a bulk plan: the named people's staffed, live shifts and
 * approved leave, each in one statement of fixed text on the session's connection, read as plain
 * values, the people as one {@code uuid[]} parameter: {@link WorkingTimeRepository#periodsOfStaff}
 * and {@link WorkingTimeRepository#leavesOfStaff}, the same reads as a report's and one person's.
 * As entity queries, an {@code in} list of a unit's 60 or so people made Hibernate translate them
 * again on every request (a JFR profile of a demo load put the entity reads at a large part of
 * bulk planning).
 *
 * <p>Each flushes the session first, as Hibernate does before an entity query on the same tables,
 * so that the shifts a request has just saved are read too.
 */
@ApplicationScoped
public class StaffRecords {

    private final WorkingTimeRepository shifts;

    public StaffRecords(WorkingTimeRepository shifts) {
        this.shifts = shifts;
    }

    /**
     * Each person's shifts on rota days {@code from} to {@code to}, in the order of their planned
     * start: {@link WorkingTimeRepository#periodsOfStaff}, the one read of shifts as the engine
     * judges them.
     */
    public Map<UUID, List<WorkPeriod>> periods(Collection<UUID> staffIds, LocalDate from, LocalDate to) {
        return shifts.periodsOfStaff(staffIds, from, to).asMap();
    }

    /** Each person's approved leave overlapping days {@code from} to {@code to}: {@link WorkingTimeRepository#leavesOfStaff}. */
    public Map<UUID, List<Leave>> leaves(Collection<UUID> staffIds, LocalDate from, LocalDate to) {
        return shifts.leavesOfStaff(staffIds, from, to);
    }
}
