package io.careops.scheduling.rotahealth;

import static io.careops.scheduling.rotahealth.Snapshot.MONDAY;
import static io.careops.scheduling.rotahealth.Snapshot.WEEK;
import static org.assertj.core.api.Assertions.assertThat;

import io.careops.scheduling.rotahealth.domain.AgencyScorer;
import io.careops.scheduling.rotahealth.domain.Component;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Agency cover in the week of 2 March 2026: shifts paid 10 h; the budget 3,100 a month, 700.00
 * for the week. The share of all live hours (open shifts included) scores 100 up to 5% and 0 from
 * 20%; the spend 100 within budget, less its share of the budget for what is over; the lower counts.
 */
class AgencyScorerTest {

    private final AgencyScorer scorer = new AgencyScorer(10);

    @ParameterizedTest(name = "{0} staff + {1} open + {2} agency shifts at {3} -> {4}")
    @CsvSource({
            // staff, open, agency, rate, score, agency hours, all hours, share, spend
            "19, 0, 1, 20.00, 100.00, 10.00, 200.00, 0.05, 200.00", // exactly 5%
            "9, 0, 1, 20.00, 66.67, 10.00, 100.00, 0.10, 200.00", // 100 x (0.20 - 0.10) / 0.15
            "8, 1, 1, 20.00, 66.67, 10.00, 100.00, 0.10, 200.00", // an open shift's hours count too
            "8, 0, 2, 20.00, 0.00, 20.00, 100.00, 0.20, 400.00",
            "19, 0, 1, 80.00, 85.71, 10.00, 200.00, 0.05, 800.00", // 100 over 700: 100 x (1 - 100/700)
            "0, 0, 0, 20.00, 100.00, 0.00, 0.00, 0.00, 0",
    })
    void shareAndSpendTheLowerCounts(int staff, int open, int agency, String rate, BigDecimal score,
            BigDecimal agencyHours, BigDecimal allHours, BigDecimal share, BigDecimal spend) {
        Snapshot rota = new Snapshot();
        UUID unit = rota.unit("Rose", 1, 1, 1, 1, 1);
        UUID person = rota.person("Smith", "SCA");
        UUID company = UUID.randomUUID();
        for (int i = 0; i < staff; i++) {
            rota.shift(unit, MONDAY.plusDays(i % 7), "08:00", person);
        }
        for (int i = 0; i < open; i++) {
            rota.shift(unit, MONDAY, "20:00", null);
        }
        for (int i = 0; i < agency; i++) {
            rota.shift(unit, MONDAY.plusDays(i), "20:00", "08:00", null, Snapshot.agency(company, rate));
        }

        Component component = scorer.score(rota.build(), WEEK);

        assertThat(component.score()).isEqualByComparingTo(score);
        assertThat((BigDecimal) component.metrics().get("agencyHours")).isEqualByComparingTo(agencyHours);
        assertThat((BigDecimal) component.metrics().get("allHours")).isEqualByComparingTo(allHours);
        assertThat((BigDecimal) component.metrics().get("share")).isEqualByComparingTo(share);
        assertThat((BigDecimal) component.metrics().get("spend")).isEqualByComparingTo(spend);
        assertThat(component.issues()).hasSize(spend.compareTo(new BigDecimal("700")) > 0 ? 1 : 0);
        if (!component.issues().isEmpty()) {
            assertThat(component.issues().get(0).message())
                    .isEqualTo("Agency spend 800.00 is over the budget of 700.00 for the period");
        }
    }
}
