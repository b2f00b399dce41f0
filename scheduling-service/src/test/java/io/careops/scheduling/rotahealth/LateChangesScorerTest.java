package io.careops.scheduling.rotahealth;

import static io.careops.scheduling.rotahealth.Snapshot.MONDAY;
import static io.careops.scheduling.rotahealth.Snapshot.WEEK;
import static org.assertj.core.api.Assertions.assertThat;

import io.careops.scheduling.rotahealth.domain.Component;
import io.careops.scheduling.rotahealth.domain.LateChangesScorer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Late changes: a shift on Wednesday 4 March 2026 from 08:00 GMT (08:00Z), so 7 days ahead is
 * 2026-02-25T08:00Z; three more shifts planned a month ahead. It is late when created after that,
 * or changed after that and before it started: 1 of 4 late scores 75.
 */
class LateChangesScorerTest {

    private final LateChangesScorer scorer = new LateChangesScorer(5);

    @ParameterizedTest(name = "created {0}, changed {1} -> {2}")
    @CsvSource({
            // created, last changed, score
            "2026-02-20T12:00:00Z, 2026-02-20T12:00:00Z, 100.00", // published 12 days ahead
            "2026-02-25T08:00:00Z, 2026-02-25T08:00:00Z, 100.00", // exactly 7 days ahead: not late
            "2026-02-25T08:00:01Z, 2026-02-25T08:00:01Z, 75.00", // a second less: late
            "2026-02-20T12:00:00Z, 2026-03-01T09:00:00Z, 75.00", // changed 3 days before
            "2026-02-20T12:00:00Z, 2026-03-04T21:00:00Z, 100.00", // changed after it started (hours recorded)
    })
    void createdOrChangedLessThanSevenDaysAhead(Instant created, Instant changed, BigDecimal score) {
        Snapshot rota = new Snapshot();
        UUID unit = rota.unit("Rose", 1, 1, 1, 1, 1);
        UUID person = rota.person("Smith", "SCA");
        rota.shift(unit, MONDAY.plusDays(2), "08:00", "20:00", person, Snapshot.planned(created, changed));
        for (int i = 0; i < 3; i++) {
            rota.shift(unit, MONDAY.plusDays(i), "20:00", null);
        }

        Component lateChanges = scorer.score(rota.build(), WEEK);

        assertThat(lateChanges.score()).isEqualByComparingTo(score);
        int late = score.compareTo(new BigDecimal("100")) == 0 ? 0 : 1;
        assertThat(lateChanges.metrics()).containsEntry("shifts", 4).containsEntry("late", late);
        assertThat(lateChanges.issues()).hasSize(late);
        if (late == 1) {
            assertThat(lateChanges.issues().get(0).message())
                    .isEqualTo("Shift on 2026-03-04 was created or changed less than 7 days before it started");
            assertThat(lateChanges.issues().get(0).staffIds()).containsExactly(person);
        }
    }
}
