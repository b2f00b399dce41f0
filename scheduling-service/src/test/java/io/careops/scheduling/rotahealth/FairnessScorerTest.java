package io.careops.scheduling.rotahealth;

import static io.careops.scheduling.rotahealth.Snapshot.MONDAY;
import static io.careops.scheduling.rotahealth.Snapshot.WEEK;
import static org.assertj.core.api.Assertions.assertThat;

import io.careops.scheduling.rotahealth.domain.Component;
import io.careops.scheduling.rotahealth.domain.FairnessScorer;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fairness: overtime hours per person who worked (each overtime shift paid 10 h; someone with none
 * works one regular shift). For values sorted ascending, Gini G = 2 x sum(i x x_i) / (n x sum x)
 * - (n + 1) / n, to 3 places; score 100 x (1 - G), less 10 for each person over twice the average.
 * <ul>
 * <li>10, 10: 2 x 30 / 40 - 3/2 = 0;</li>
 * <li>0, 20: 2 x 40 / 40 - 3/2 = 0.5; average 10, 20 is not more than twice it;</li>
 * <li>0, 0, 30: 2 x 90 / 90 - 4/3 = 0.667; average 10, 30 is: 33.3 - 10 = 23.3;</li>
 * <li>0, 0, 10, 10: 2 x 70 / 80 - 5/4 = 0.5; average 5, 10 is not.</li>
 * </ul>
 */
class FairnessScorerTest {

    private final FairnessScorer scorer = new FairnessScorer(10);

    @ParameterizedTest(name = "overtime hours {0} -> Gini {1}, score {2}")
    @CsvSource({
            // overtime hours per person, Gini, score, people over twice the average
            "10 10, 0.000, 100.00, 0",
            "0 20, 0.500, 50.00, 0",
            "0 0 30, 0.667, 23.30, 1",
            "0 0 10 10, 0.500, 50.00, 0",
            "0 0, 0, 100.00, 0", // no overtime at all
    })
    void giniLessTenForEachPersonOverTwiceTheAverage(String hours, BigDecimal gini, BigDecimal score, int overTwice) {
        Snapshot rota = new Snapshot();
        UUID unit = rota.unit("Rose", 1, 1, 1, 1, 1);
        for (String each : hours.split(" ")) {
            UUID person = rota.person("P" + each, "SCA");
            int shifts = Integer.parseInt(each) / 10;
            if (shifts == 0) {
                rota.shift(unit, MONDAY, "08:00", person);
            }
            for (int i = 0; i < shifts; i++) {
                rota.shift(unit, MONDAY.plusDays(i), "20:00", "08:00", person, Snapshot.overtime());
            }
        }

        Component fairness = scorer.score(rota.build(), WEEK);

        assertThat(fairness.score()).isEqualByComparingTo(score);
        assertThat((BigDecimal) fairness.metrics().get("gini")).isEqualByComparingTo(gini);
        assertThat(fairness.issues()).hasSize(overTwice);
        if (overTwice > 0) {
            assertThat(fairness.issues().get(0).message())
                    .isEqualTo("Pat P30 works 30.00 h overtime, more than twice the average of 10.00 h");
        }
    }
}
