package io.careops.scheduling.rota.api;

import io.careops.scheduling.rota.domain.PeriodCoverage;
import io.careops.scheduling.rota.service.RotaService;
import io.careops.scheduling.shift.domain.Classification;
import io.careops.scheduling.shift.domain.Shift;
import io.careops.scheduling.shift.domain.ShiftStatus;
import io.careops.scheduling.shift.domain.ShiftTimes;
import io.careops.scheduling.staff.domain.Staff;
import io.careops.scheduling.staff.domain.StaffRole;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A unit's week, day by day and period by period, with the gaps against its staffing levels. */
public record RotaResponse(UUID unitId, String unitName, UUID careHomeId, LocalDate weekStart, LocalDate weekEnd,
        List<Day> days, Summary summary) {

    public record Day(LocalDate date, boolean weekend, List<Period> periods) {
    }

    @Schema(name = "RotaPeriod")
    public record Period(ShiftTimes.Period period, int minimum, int ideal, int staffed, int open, int belowMinimumBy,
            int belowIdealBy, PeriodCoverage.Status status, boolean supervisorOnShift, List<RotaShift> shifts) {
    }

    public record RotaShift(UUID id, LocalTime startTime, LocalTime endTime, @Schema(nullable = true) UUID staffId, @Schema(nullable = true) String staffName,
            @Schema(nullable = true) String roleCode, boolean supervisory, @Schema(nullable = true) String agencyWorkerName, Classification classification,
            boolean overtime, ShiftStatus status, boolean open) {
    }

    /** Gaps are the periods below their minimum, each short by {@code shortBy} people. */
    public record Summary(int periodsBelowMinimum, int periodsBelowIdeal, int openShifts, List<Gap> gaps) {
    }

    public record Gap(LocalDate date, ShiftTimes.Period period, int shortBy, int open) {
    }

    static RotaResponse of(RotaService.Week week) {
        List<Day> days = week.periods().stream().map(PeriodCoverage::date).distinct()
                .map(date -> new Day(date, PeriodCoverage.isWeekend(date), week.periods().stream()
                        .filter(coverage -> coverage.date().equals(date)).map(coverage -> period(coverage, week)).toList()))
                .toList();
        List<Gap> gaps = week.periods().stream().filter(coverage -> coverage.belowMinimumBy() > 0)
                .map(coverage -> new Gap(coverage.date(), coverage.period(), coverage.belowMinimumBy(), coverage.open()))
                .toList();
        Summary summary = new Summary(gaps.size(),
                (int) week.periods().stream().filter(coverage -> coverage.status() == PeriodCoverage.Status.BELOW_IDEAL).count(),
                week.periods().stream().mapToInt(PeriodCoverage::open).sum(), gaps);
        return new RotaResponse(week.unit().id(), week.unit().name(), week.unit().careHomeId(), week.weekStart(),
                week.weekStart().plusDays(RotaService.DAYS - 1), days, summary);
    }

    private static Period period(PeriodCoverage coverage, RotaService.Week week) {
        List<RotaShift> shifts = coverage.shifts().stream().map(shift -> shift(shift, week)).toList();
        return new Period(coverage.period(), coverage.minimum(), coverage.ideal(), coverage.staffed(), coverage.open(),
                coverage.belowMinimumBy(), coverage.belowIdealBy(), coverage.status(),
                shifts.stream().anyMatch(RotaShift::supervisory), shifts);
    }

    private static RotaShift shift(Shift shift, RotaService.Week week) {
        Staff person = shift.staffId() == null ? null : week.people().get(shift.staffId());
        StaffRole role = person == null ? null : week.roles().get(person.roleCode());
        return new RotaShift(shift.id(), shift.times().start(), shift.times().end(), shift.staffId(),
                person == null ? null : person.fullName(), person == null ? null : person.roleCode(),
                role != null && role.supervisory(), shift.agencyWorkerName(), shift.classification(), shift.overtime(),
                shift.status(), shift.isOpen());
    }
}
