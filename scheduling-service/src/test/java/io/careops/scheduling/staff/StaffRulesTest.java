package io.careops.scheduling.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.careops.scheduling.staff.domain.Staff;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StaffRulesTest {

    private static Staff staff(String born, String employed, String left, String optOutSigned, String optOutEnded) {
        return Staff.hire(new Staff.Hiring("001253", "Grace", "MacDonald", null, "SCW", UUID.randomUUID(), null, null,
                new BigDecimal("37.5"), null, null, date(born), false, date(optOutSigned), date(optOutEnded),
                date(employed), date(left), null), Instant.EPOCH);
    }

    private static LocalDate date(String value) {
        return value == null ? null : LocalDate.parse(value);
    }

    @ParameterizedTest(name = "born {0}, on {1}: young worker {2}")
    @CsvSource(nullValues = "-", value = {
            "2008-06-15, 2026-06-14, true",  // the day before the 18th birthday
            "2008-06-15, 2026-06-15, false", // the 18th birthday itself
            "2008-02-29, 2026-02-28, true",  // born on 29 February: 18 on 1 March in a common year
            "2008-02-29, 2026-03-01, false",
            "-,          2026-06-15, false", // unknown birth date counts as adult
    })
    void aYoungWorkerIsUnder18OnTheDay(String born, LocalDate day, boolean young) {
        assertEquals(young, staff(born, "2020-01-01", null, null, null).youngWorkerOn(day));
    }

    @ParameterizedTest(name = "opt-out {0} to {1}, on {2}: {3}")
    @CsvSource(nullValues = "-", value = {
            "-,          -,          2026-01-01, false",
            "2026-01-10, -,          2026-01-09, false", // before it was signed
            "2026-01-10, -,          2026-01-10, true",  // from the day it was signed
            "2026-01-10, 2026-03-01, 2026-02-28, true",
            "2026-01-10, 2026-03-01, 2026-03-01, false", // no longer from the day it ended
    })
    void theOptOutAppliesOnlyWhileInForce(String signed, String ended, LocalDate day, boolean optedOut) {
        assertEquals(optedOut, staff(null, "2020-01-01", null, signed, ended).optedOutOn(day));
    }

    @ParameterizedTest(name = "employed {0} to {1}, on {2}: {3}")
    @CsvSource(nullValues = "-", value = {
            "2026-02-01, -,          2026-01-31, false",
            "2026-02-01, -,          2026-02-01, true", // the first day counts
            "2026-02-01, 2026-06-30, 2026-06-30, true", // and the last
            "2026-02-01, 2026-06-30, 2026-07-01, false",
    })
    void employmentIncludesTheFirstAndLastDay(String start, String end, LocalDate day, boolean employed) {
        assertEquals(employed, staff(null, start, end, null, null).employedOn(day));
    }
}
