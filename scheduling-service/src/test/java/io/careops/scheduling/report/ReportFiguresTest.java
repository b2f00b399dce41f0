package io.careops.scheduling.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.careops.scheduling.report.domain.Budget;
import io.careops.scheduling.report.domain.Spread;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportFiguresTest {

    private static List<BigDecimal> values(String spaced) {
        return spaced.isBlank() ? List.of() : Arrays.stream(spaced.trim().split(" +")).map(BigDecimal::new).toList();
    }

    @ParameterizedTest(name = "gini({0}) = {1}, top-2 share {2}")
    @CsvSource({
            "'',              0.000, 0.000", // no one
            "'12',            0.000, 1.000", // one person
            "'0 0 0',         0.000, 0.000", // no overtime at all
            "'10 10 10 10',   0.000, 0.500", // perfectly even
            "'0 0 0 40',      0.750, 1.000", // one of four carries it all: (n-1)/n
            "'0 40',          0.500, 1.000",
            "'10 20 30 40',   0.250, 0.700",
            "'1 2 3 4 5',     0.267, 0.600",
    })
    void giniAndTopShare(String hours, BigDecimal gini, BigDecimal topTwo) {
        assertEquals(gini, Spread.gini(values(hours)));
        assertEquals(topTwo, Spread.topShare(values(hours), 2));
    }

    @ParameterizedTest(name = "{0} a month from {1} to {2} = {3}")
    @CsvSource({
            "5000.00, 2026-01-01, 2026-01-31, 5000.00", // a whole month
            "5000.00, 2026-02-01, 2026-02-28, 5000.00", // February, 28 days
            "5000.00, 2026-01-01, 2026-01-01, 161.29",  // one day of 31
            "5000.00, 2026-01-17, 2026-02-14, 4919.35", // 15/31 of January (2419.35) + 14/28 of February (2500)
            "9000.00, 2026-01-01, 2026-03-31, 27000.00",
            "9000.00, 2028-02-01, 2028-02-29, 9000.00", // leap February
    })
    void aMonthlyBudgetIsProratedByTheDaysOfEachMonth(BigDecimal monthly, LocalDate from, LocalDate to, BigDecimal expected) {
        assertEquals(expected, Budget.forPeriod(monthly, from, to));
    }
}
