package io.careops.scheduling.leave.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * Leave in hours (plain Java, no database).
 *
 * <p>A day of leave is a fifth of the contracted weekly hours W, so a week of leave is always W
 * hours whatever the pattern, and the statutory 5.6 weeks (reg 13: 4 weeks; reg 13A: 1.6 more)
 * is 5.6 x W hours: 28 days of W/5 for a full-time worker, the reg 13A cap of 28 days, and pro
 * rata for part-time work through W. A contractual allowance in days (the legacy
 * {@code annual_leave_allowance}) is worth days x W/5; the entitlement is the larger of the two,
 * so it is never below the statutory minimum. Starters and leavers get the share of the leave
 * year they are employed, by calendar days (reg 13(5) and reg 14), rounded UP to the hundredth of
 * an hour so that rounding never takes anyone below the minimum.
 *
 * <p>A leave request uses W/5 hours for each of its Monday-to-Friday days (a bank holiday among
 * them uses none when the home gives bank holidays on top of the entitlement), unless the request
 * says how many hours it uses (e.g. a 12.5-hour weekend shift), which are then spread evenly over
 * its calendar days.
 */
public final class LeaveArithmetic {

    public static final BigDecimal STATUTORY_WEEKS = new BigDecimal("5.6");
    public static final BigDecimal WORKING_DAYS_A_WEEK = BigDecimal.valueOf(5);
    private static final int SCALE = 2;

    private LeaveArithmetic() {
    }

    /** Who the balance is for: employment dates (end may be null), weekly hours, contractual days (may be null). */
    public record Employment(LocalDate start, LocalDate end, BigDecimal weeklyHours, Integer contractualDays) {
    }

    /**
     * The year's entitlement: the days employed in it against the days it has, the full-year
     * statutory and contractual figures, and the prorated statutory minimum and entitlement.
     */
    public record Entitlement(LocalDate employedFrom, LocalDate employedTo, long employedDays, long daysInYear,
            BigDecimal hoursPerLeaveDay, BigDecimal fullYearStatutoryHours, BigDecimal fullYearContractualHours,
            BigDecimal statutoryMinimumHours, BigDecimal entitlementHours, boolean statutoryMinimumApplied) {
    }

    public static BigDecimal hoursPerDay(BigDecimal weeklyHours) {
        return weeklyHours.divide(WORKING_DAYS_A_WEEK, 4, RoundingMode.HALF_UP);
    }

    public static Entitlement entitlement(LeaveYear year, Employment employment) {
        BigDecimal weekly = employment.weeklyHours();
        BigDecimal statutory = STATUTORY_WEEKS.multiply(weekly);
        BigDecimal contractual = employment.contractualDays() == null ? null
                : BigDecimal.valueOf(employment.contractualDays()).multiply(weekly)
                        .divide(WORKING_DAYS_A_WEEK, 4, RoundingMode.HALF_UP);
        boolean statutoryApplies = contractual == null || contractual.compareTo(statutory) < 0;
        BigDecimal fullYear = statutoryApplies ? statutory : contractual;
        LocalDate from = employment.start().isAfter(year.first()) ? employment.start() : year.first();
        LocalDate to = employment.end() != null && employment.end().isBefore(year.last()) ? employment.end() : year.last();
        long employed = to.isBefore(from) ? 0 : ChronoUnit.DAYS.between(from, to) + 1;
        return new Entitlement(employed == 0 ? null : from, employed == 0 ? null : to, employed, year.days(),
                hoursPerDay(weekly).setScale(SCALE, RoundingMode.HALF_UP), statutory.setScale(SCALE, RoundingMode.HALF_UP),
                contractual == null ? null : contractual.setScale(SCALE, RoundingMode.HALF_UP),
                share(statutory, employed, year.days()), share(fullYear, employed, year.days()),
                contractual != null && statutoryApplies);
    }

    /** {@code hours x part / whole}, rounded up to the hundredth. */
    static BigDecimal share(BigDecimal hours, long part, long whole) {
        return hours.multiply(BigDecimal.valueOf(part)).divide(BigDecimal.valueOf(whole), SCALE, RoundingMode.CEILING);
    }

    /**
     * The hours a request for {@code first..last} uses on its days within {@code from..to}.
     * {@code explicitHours} (may be null) overrides the default; {@code freeDays} are days that
     * use no leave (bank holidays given on top of the entitlement).
     */
    public static BigDecimal hoursUsed(LocalDate first, LocalDate last, BigDecimal explicitHours, LocalDate from,
            LocalDate to, BigDecimal weeklyHours, Set<LocalDate> freeDays) {
        LocalDate start = first.isAfter(from) ? first : from;
        LocalDate end = last.isBefore(to) ? last : to;
        if (end.isBefore(start)) {
            return BigDecimal.ZERO.setScale(SCALE);
        }
        if (explicitHours != null) {
            long all = ChronoUnit.DAYS.between(first, last) + 1;
            long within = ChronoUnit.DAYS.between(start, end) + 1;
            return explicitHours.multiply(BigDecimal.valueOf(within)).divide(BigDecimal.valueOf(all), SCALE,
                    RoundingMode.HALF_UP);
        }
        long days = start.datesUntil(end.plusDays(1)).filter(LeaveArithmetic::weekday)
                .filter(day -> !freeDays.contains(day)).count();
        return BigDecimal.valueOf(days).multiply(weeklyHours).divide(WORKING_DAYS_A_WEEK, SCALE, RoundingMode.HALF_UP);
    }

    static boolean weekday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
