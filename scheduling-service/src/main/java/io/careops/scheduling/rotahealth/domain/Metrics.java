package io.careops.scheduling.rotahealth.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The named figures a component shows, in the order given, and the sums they are made of. */
final class Metrics {

    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    private Metrics() {
    }

    static Map<String, Object> of(Object... namesAndValues) {
        Map<String, Object> metrics = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            metrics.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return metrics;
    }

    static double share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? 0 : part.doubleValue() / whole.doubleValue();
    }

    /** Paid hours of the shifts to 2 places, as the overtime and agency reports count them. */
    static BigDecimal hours(List<RotaSnapshot.ShiftRow> shifts) {
        return hours(shifts.stream().mapToLong(RotaSnapshot.ShiftRow::paidMinutes).sum());
    }

    /** Paid minutes as hours to 2 places. */
    static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(MINUTES_PER_HOUR, 2, RoundingMode.HALF_UP);
    }

    /** What the agency charged for the shifts: rate x paid hours each, summed, to the penny. */
    static BigDecimal agencySpend(List<RotaSnapshot.ShiftRow> agencyShifts) {
        return agencyShifts.stream()
                .map(shift -> shift.agencyHourlyRate().multiply(BigDecimal.valueOf(shift.paidMinutes()))
                        .divide(MINUTES_PER_HOUR, 10, RoundingMode.HALF_UP))
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
    }
}
