package io.careops.scheduling.rota.domain;

import io.careops.scheduling.shift.domain.Shift;
import io.careops.scheduling.shift.domain.ShiftTimes;
import io.careops.scheduling.unit.domain.Unit;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * How one day or night period of a unit is staffed: who covers it against the unit's minimum
 * and ideal. Weekend day periods (Saturday and Sunday) use the unit's weekend minimum; nights
 * use the night minimum every day.
 */
public record PeriodCoverage(LocalDate date, ShiftTimes.Period period, int minimum, int ideal, int staffed,
        int open, List<Shift> shifts) {

    public static PeriodCoverage of(LocalDate date, ShiftTimes.Period period, Unit.Staffing staffing,
            List<Shift> shiftsOfPeriod) {
        boolean night = period == ShiftTimes.Period.NIGHT;
        int minimum = night ? staffing.minNight() : isWeekend(date) ? staffing.minWeekend() : staffing.minDay();
        int ideal = Math.max(minimum, night ? staffing.idealNight() : staffing.idealDay());
        int staffed = (int) shiftsOfPeriod.stream().filter(shift -> !shift.isOpen()).count();
        int open = (int) shiftsOfPeriod.stream().filter(Shift::isOpen).count();
        return new PeriodCoverage(date, period, minimum, ideal, staffed, open, shiftsOfPeriod);
    }

    public static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    public int belowMinimumBy() {
        return Math.max(0, minimum - staffed);
    }

    public int belowIdealBy() {
        return Math.max(0, ideal - staffed);
    }

    public Status status() {
        if (belowMinimumBy() > 0) {
            return Status.BELOW_MINIMUM;
        }
        return belowIdealBy() > 0 ? Status.BELOW_IDEAL : Status.COVERED;
    }

    public enum Status {
        BELOW_MINIMUM,
        BELOW_IDEAL,
        COVERED
    }
}
