package io.careops.scheduling.rotahealth;

import static io.careops.scheduling.rotahealth.Snapshot.WEEK;
import static org.assertj.core.api.Assertions.assertThat;

import io.careops.scheduling.rotahealth.domain.Component;
import io.careops.scheduling.rotahealth.domain.LeaveSpreadScorer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Leave spread over the week of 2 March 2026 in a home of 10 active staff (and one who has left,
 * not counted): a day is crowded when more than 13% are away, so 1 away (10%) is not and 2 (20%)
 * are; score 100 x (1 - crowded days / 7).
 */
class LeaveSpreadScorerTest {

    private final LeaveSpreadScorer scorer = new LeaveSpreadScorer(5);

    @ParameterizedTest(name = "{0} away {1} to {2} -> {3}")
    @CsvSource({
            // people away, first day, last day, score, crowded days, peak share
            "1, 2026-03-04, 2026-03-04, 100.00, 0, 0.10",
            "2, 2026-03-04, 2026-03-04, 85.71, 1, 0.20", // 100 x (1 - 1/7)
            "2, 2026-02-20, 2026-03-02, 85.71, 1, 0.20", // leave ending on the Monday
            "2, 2026-03-02, 2026-03-08, 0.00, 7, 0.20",
            "3, 2026-03-07, 2026-03-20, 71.43, 2, 0.30", // Saturday and Sunday: 100 x (1 - 2/7)
    })
    void daysWithMoreThanThirteenPercentAway(int away, LocalDate first, LocalDate last, BigDecimal score, int crowded,
            BigDecimal peak) {
        Snapshot rota = new Snapshot();
        List<UUID> staff = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            staff.add(rota.person("P" + i, "SCA"));
        }
        UUID left = rota.person("Left", "SCA", "12.00", false, true);
        for (int i = 0; i < away; i++) {
            rota.leave(staff.get(i), first, last);
        }
        rota.leave(left, first.minusDays(30), first.minusDays(20));

        Component leaveSpread = scorer.score(rota.build(), WEEK);

        assertThat(leaveSpread.score()).isEqualByComparingTo(score);
        assertThat(leaveSpread.metrics()).containsEntry("days", 7).containsEntry("daysOver13Percent", crowded);
        assertThat((BigDecimal) leaveSpread.metrics().get("peakShare")).isEqualByComparingTo(peak);
        if (crowded > 0) {
            assertThat(leaveSpread.issues().get(0).message()).endsWith("%, benchmark 13%)").contains(away + " of 10 staff");
            assertThat(leaveSpread.issues().get(0).staffIds()).hasSize(away);
        }
    }
}
