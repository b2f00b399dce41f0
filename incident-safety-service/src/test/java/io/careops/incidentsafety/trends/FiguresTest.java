package io.careops.incidentsafety.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.careops.incidentsafety.trends.domain.Figures;
import io.careops.incidentsafety.trends.domain.TrendInterval;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiguresTest {

    @Test
    void medianOfOddEvenAndNone() {
        assertNull(Figures.median(List.of()));
        assertEquals(7.0, Figures.median(List.of(7L)));
        assertEquals(5.0, Figures.median(List.of(9L, 1L, 5L)));
        assertEquals(4.5, Figures.median(List.of(9L, 1L, 4L, 5L)));
    }

    @ParameterizedTest(name = "{0} of {1} = {2} %")
    @CsvSource({"1, 3, 33.3", "2, 3, 66.7", "0, 4, 0.0", "4, 4, 100.0", "-2, 4, -50.0", "5, 2, 250.0"})
    void percentToOneDecimal(long part, long whole, double expected) {
        assertEquals(expected, Figures.percent(part, whole));
    }

    @Test
    void percentOfNothingIsNoFigure() {
        assertNull(Figures.percent(3, 0));
    }

    @ParameterizedTest(name = "{0} {1} starts {2}")
    @CsvSource({
            "WEEK,    2025-04-06, 2025-03-31",
            "WEEK,    2025-03-31, 2025-03-31",
            "MONTH,   2025-02-28, 2025-02-01",
            "QUARTER, 2025-03-31, 2025-01-01",
            "QUARTER, 2025-04-01, 2025-04-01",
            "QUARTER, 2025-12-31, 2025-10-01"})
    void periodsStartOnCalendarBoundaries(TrendInterval interval, LocalDate day, LocalDate start) {
        assertEquals(start, interval.startOf(day));
    }
}
