package io.careops.scheduling.rotahealth;

import static io.careops.scheduling.rotahealth.Snapshot.MONDAY;
import static io.careops.scheduling.rotahealth.Snapshot.WEEK;
import static org.assertj.core.api.Assertions.assertThat;

import io.careops.scheduling.rotahealth.domain.Component;
import io.careops.scheduling.rotahealth.domain.OvertimeScorer;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Overtime in the week of 2 March 2026: shifts paid 10 h, the overtime ones worked by one person
 * at the given rate, x 1.5. The budget is 3,100 a month of 31 days: 700.00 for the week. The share
 * scores 100 up to 10% and 0 from 30%; the spend 100 within budget, less its share of the budget
 * for what is over; the lower counts.
 */
class OvertimeScorerTest {

    private final OvertimeScorer scorer = new OvertimeScorer(10);

    @ParameterizedTest(name = "{0} regular + {1} overtime shifts at {2} -> {3}")
    @CsvSource({
            // regular, overtime, rate, score, overtime hours, all hours, share, spend
            "9, 1, 10.00, 100.00, 10.00, 100.00, 0.10, 150.00", // 10%; 10 h x 10 x 1.5
            "8, 2, 10.00, 50.00, 20.00, 100.00, 0.20, 300.00", // 100 x (0.30 - 0.20) / 0.20
            "7, 3, 10.00, 0.00, 30.00, 100.00, 0.30, 450.00",
            "9, 1, 50.00, 92.86, 10.00, 100.00, 0.10, 750.00", // 50 over 700: 100 x (1 - 50/700)
            "8, 2, , 50.00, 20.00, 100.00, 0.20, 0.00", // no rate: the cost is unknown, the share counts
            "0, 0, 10.00, 100.00, 0.00, 0.00, 0.00, 0.00",
    })
    void shareAndSpendTheLowerCounts(int regular, int overtime, String rate, BigDecimal score, BigDecimal overtimeHours,
            BigDecimal allHours, BigDecimal share, BigDecimal spend) {
        Snapshot rota = new Snapshot();
        UUID unit = rota.unit("Rose", 1, 1, 1, 1, 1);
        UUID regularStaff = rota.person("Regular", "SCA");
        UUID extra = rota.person("Extra", "SCA", rate, true, true);
        for (int i = 0; i < regular; i++) {
            rota.shift(unit, MONDAY.plusDays(i % 7), "08:00", regularStaff);
        }
        for (int i = 0; i < overtime; i++) {
            rota.shift(unit, MONDAY.plusDays(i), "20:00", "08:00", extra, Snapshot.overtime());
        }
        rota.shift(unit, MONDAY, "20:00", null); // open: no one worked it

        Component component = scorer.score(rota.build(), WEEK);

        assertThat(component.score()).isEqualByComparingTo(score);
        assertThat((BigDecimal) component.metrics().get("overtimeHours")).isEqualByComparingTo(overtimeHours);
        assertThat((BigDecimal) component.metrics().get("allHours")).isEqualByComparingTo(allHours);
        assertThat((BigDecimal) component.metrics().get("share")).isEqualByComparingTo(share);
        assertThat((BigDecimal) component.metrics().get("spend")).isEqualByComparingTo(spend);
        assertThat((BigDecimal) component.metrics().get("budget")).isEqualByComparingTo("700.00");
        assertThat(component.issues()).hasSize(spend.compareTo(new BigDecimal("700")) > 0 ? 1 : 0);
    }

    @Test
    void overBudgetIsAnIssueWithTheFigures() {
        Snapshot rota = new Snapshot();
        UUID unit = rota.unit("Rose", 1, 1, 1, 1, 1);
        UUID extra = rota.person("Extra", "SCA", "50.00", true, true);
        rota.shift(unit, MONDAY, "20:00", "08:00", extra, Snapshot.overtime());

        Component component = scorer.score(rota.build(), WEEK);

        // 100% overtime: the share scores 0 whatever the spend (750.00 over 700.00).
        assertThat(component.score()).isEqualByComparingTo("0.00");
        assertThat(component.issues()).singleElement().satisfies(issue -> assertThat(issue.message())
                .isEqualTo("Overtime spend 750.00 is over the budget of 700.00 for the period"));
    }
}
