package io.careops.scheduling.shift.service;

import io.careops.scheduling.absence.domain.Absence;
import io.careops.scheduling.absence.domain.AbsenceRepository;
import io.careops.scheduling.shift.domain.Shift;
import io.careops.scheduling.shift.domain.ShiftRepository;
import io.careops.scheduling.shift.domain.ShiftTimes;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What a person is already booked for when a shift is planned for them: their approved absences
 * around its day and their shifts at its time. One shift reads them from the database; a bulk
 * plan reads everyone's at once ({@link #readAhead}) and answers each item from memory, with the
 * same filters the single queries apply.
 */
interface Bookings {

    /** Approved absences on any of the days from the day before {@code day} to the day after, by first day. */
    List<Absence> approvedAround(UUID staffId, LocalDate day);

    /** Shifts that are not cancelled and overlap {@code times}, {@code except} left out, by start. */
    List<Shift> overlapping(UUID staffId, ShiftTimes times, UUID except);

    /** A query per question. */
    static Bookings direct(AbsenceRepository absences, ShiftRepository shifts) {
        return new Bookings() {
            @Override
            public List<Absence> approvedAround(UUID staffId, LocalDate day) {
                return absences.approvedBetween(staffId, day.minusDays(1), day.plusDays(1));
            }

            @Override
            public List<Shift> overlapping(UUID staffId, ShiftTimes times, UUID except) {
                return shifts.overlapping(staffId, times.startsAt(), times.endsAt(), except);
            }
        };
    }

    /**
     * Two queries for the people of a bulk plan over its days: absences from the day before the
     * first to the day after the last, and shifts from two days before the first (a night that
     * began then may still run) to three days after the last, in UTC, which covers any home's zone.
     */
    static Bookings readAhead(AbsenceRepository absences, ShiftRepository shifts, Collection<UUID> staffIds,
            LocalDate first, LocalDate last) {
        Map<UUID, List<Absence>> away = absences.approvedBetween(staffIds, first.minusDays(1), last.plusDays(1)).stream()
                .collect(Collectors.groupingBy(Absence::staffId));
        Map<UUID, List<Shift>> working = shifts.overlappingAny(staffIds, first.minusDays(2).atStartOfDay(ZoneOffset.UTC)
                .toInstant(), last.plusDays(3).atStartOfDay(ZoneOffset.UTC).toInstant()).stream()
                .collect(Collectors.groupingBy(Shift::staffId));
        return new Bookings() {
            @Override
            public List<Absence> approvedAround(UUID staffId, LocalDate day) {
                return away.getOrDefault(staffId, List.of()).stream().filter(absence ->
                        !absence.firstDay().isAfter(day.plusDays(1)) && !absence.lastDay().isBefore(day.minusDays(1)))
                        .toList();
            }

            @Override
            public List<Shift> overlapping(UUID staffId, ShiftTimes times, UUID except) {
                return working.getOrDefault(staffId, List.of()).stream()
                        .filter(shift -> !shift.id().equals(except) && shift.times().overlaps(times)).toList();
            }
        };
    }
}
