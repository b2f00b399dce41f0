package io.careops.scheduling.report.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;

/** Monthly budgets over an arbitrary period of days. */
public final class Budget {

    private Budget() {
    }

    /**
     * The part of a monthly budget that falls in the days from {@code from} to {@code to} (both
     * included): each month contributes its budget times the share of its days in the period.
     */
    public static BigDecimal forPeriod(BigDecimal monthly, LocalDate from, LocalDate to) {
        BigDecimal total = BigDecimal.ZERO;
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            LocalDate first = month.atDay(1).isBefore(from) ? from : month.atDay(1);
            LocalDate last = month.atEndOfMonth().isAfter(to) ? to : month.atEndOfMonth();
            long days = last.toEpochDay() - first.toEpochDay() + 1;
            total = total.add(monthly.multiply(BigDecimal.valueOf(days))
                    .divide(BigDecimal.valueOf(month.lengthOfMonth()), 10, RoundingMode.HALF_UP));
        }
        return total.setScale(2, RoundingMode.HALF_UP);
    }
}
