package io.careops.scheduling.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.careops.platform.problem.ProblemException;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one rule for report periods, with its boundaries. */
class PeriodTest {

    @ParameterizedTest(name = "{0}..{1}: {2} days, a report period: {3}")
    @CsvSource({
            "2026-03-02, 2026-03-02, 1,   true",
            "2026-01-01, 2026-12-31, 365, true",
            // a leap year is the longest report
            "2028-01-01, 2028-12-31, 366, true",
            "2026-01-01, 2027-01-01, 366, true",
            "2026-01-01, 2027-01-02, 367, false",
            // 17 weeks, the working-time report's usual period
            "2026-01-05, 2026-05-03, 119, true",
    })
    void aReportCoversAtMost366Days(String from, String to, long days, boolean allowed) {
        Period period = new Period(LocalDate.parse(from), LocalDate.parse(to));
        assertThat(period.days()).isEqualTo(days);
        assertThat(period.dates().count()).isEqualTo(days);
        if (allowed) {
            assertThat(Period.report(period.from(), period.to())).isEqualTo(period);
        } else {
            assertThatThrownBy(() -> Period.report(period.from(), period.to())).isInstanceOf(ProblemException.class)
                    .hasMessageContaining("at most 366 days");
        }
    }

    @ParameterizedTest(name = "{0}..{1} is refused")
    @CsvSource({"2026-03-02, 2026-03-01", "2026-01-01, 2025-12-31"})
    void aPeriodCannotEndBeforeItStarts(String from, String to) {
        assertThatThrownBy(() -> Period.report(LocalDate.parse(from), LocalDate.parse(to)))
                .isInstanceOf(ProblemException.class).hasMessageContaining("ends before it starts");
    }

    @ParameterizedTest(name = "{0}..{1} widened by {2} weeks before, {3} after: {4}..{5}")
    @CsvSource({
            "2026-03-02, 2026-03-08, 18, 17, 2025-10-27, 2026-07-05",
            "2026-03-02, 2026-03-02, 0,  0,  2026-03-02, 2026-03-02",
    })
    void widening(String from, String to, long before, long after, String widenedFrom, String widenedTo) {
        Period widened = new Period(LocalDate.parse(from), LocalDate.parse(to)).widenedBy(before, after);

        assertThat(widened).isEqualTo(new Period(LocalDate.parse(widenedFrom), LocalDate.parse(widenedTo)));
        assertThat(widened.contains(LocalDate.parse(from))).isTrue();
        assertThat(widened.contains(LocalDate.parse(widenedTo).plusDays(1))).isFalse();
    }
}
