package io.careops.compliance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrainingReturnRulesTest {

    /** docs/domain.md section 4: registered within 6 months of starting. */
    @ParameterizedTest(name = "started {0}: registered by {1}")
    @CsvSource({
            "2026-01-15, 2026-07-15",
            "2025-08-31, 2026-02-28",   // no 31 February: the month's last day
            "2027-08-31, 2028-02-29",   // ... which in a leap year is the 29th
            "2026-02-28, 2026-08-28",
            "2026-06-30, 2026-12-30"})
    void ssscRegistrationIsDueSixMonthsAfterStarting(LocalDate started, LocalDate due) {
        assertEquals(due, TrainingReturnService.ssscRegistrationDue(started));
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "Campbell|Campbell",
            "MacLeod, Iain|\"MacLeod, Iain\"",
            "Iain \"Ian\" Reid|\"Iain \"\"Ian\"\" Reid\"",
            "=HYPERLINK(\"x\")|\"'=HYPERLINK(\"\"x\"\")\"",
            "+44 141|'+44 141",
            "-1|'-1",
            "@SUM(A1)|'@SUM(A1)"})
    void csvCellsAreQuotedAndNeverRunAsFormulas(String cell, String expected) {
        assertEquals(expected, io.careops.platform.export.Csv.escape(cell));
    }
}
