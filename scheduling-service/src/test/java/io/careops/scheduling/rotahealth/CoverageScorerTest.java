package io.careops.scheduling.rotahealth;

import static io.careops.scheduling.rotahealth.Snapshot.MONDAY;
import static io.careops.scheduling.rotahealth.Snapshot.WEEK;
import static org.assertj.core.api.Assertions.assertThat;

import io.careops.scheduling.rotahealth.domain.Component;
import io.careops.scheduling.rotahealth.domain.CoverageScorer;
import io.careops.scheduling.rotahealth.domain.Days;
import io.careops.scheduling.rotahealth.domain.Issue;
import io.careops.scheduling.rotahealth.domain.RotaSnapshot;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Coverage on one day of one unit (minimum 2 by day, 1 by night, 1 at the weekend by day; ideal 3
 * and 2): two periods, each below minimum (counts 1), below ideal only (counts a half) or
 * covered; score 100 x (1 - (below minimum + 0.5 x below ideal only) / 2).
 */
class CoverageScorerTest {

    private final CoverageScorer scorer = new CoverageScorer(25);

    @ParameterizedTest(name = "{0}: {1} by day, {2} by night, {3} open at night -> {4}")
    @CsvSource({
            // day,      day staffed, night staffed, night open, score, below minimum, below ideal only
            "WEDNESDAY, 3, 2, 0, 100.00, 0, 0", // both at ideal
            "WEDNESDAY, 2, 1, 0, 50.00, 0, 2", // both at minimum, below ideal: 1 - 1/2
            "WEDNESDAY, 3, 0, 1, 50.00, 1, 0", // night empty but for an open shift: 1 - 1/2
            "WEDNESDAY, 1, 0, 1, 0.00, 2, 0", // both below minimum: 1 - 2/2
            "WEDNESDAY, 1, 2, 0, 50.00, 1, 0", // a weekday needs 2 by day
            "SATURDAY, 1, 2, 0, 75.00, 0, 1", // the weekend minimum is 1: below ideal only, 1 - 0.5/2
            "SATURDAY, 0, 1, 0, 25.00, 1, 1", // 1 - (1 + 0.5)/2
    })
    void eachPeriodAgainstItsMinimumAndIdeal(DayOfWeek weekday, int dayStaffed, int nightStaffed, int nightOpen,
            BigDecimal score, int belowMinimum, int belowIdealOnly) {
        Snapshot rota = new Snapshot();
        UUID unit = rota.unit("Rose", 2, 1, 1, 3, 2);
        LocalDate day = MONDAY.plusDays(weekday.getValue() - 1L);
        for (int i = 0; i < dayStaffed; i++) {
            rota.shift(unit, day, "08:00", rota.person("Day" + i, "SCA"));
        }
        for (int i = 0; i < nightStaffed; i++) {
            rota.shift(unit, day, "20:00", rota.person("Night" + i, "SCAN"));
        }
        for (int i = 0; i < nightOpen; i++) {
            rota.shift(unit, day, "20:00", null);
        }

        Component coverage = scorer.score(rota.days(day, day).build(), new Days(day, day));

        assertThat(coverage.score()).isEqualByComparingTo(score);
        assertThat(coverage.weight()).isEqualTo(25);
        assertThat(coverage.metrics()).containsEntry("slots", 2).containsEntry("belowMinimum", belowMinimum)
                .containsEntry("belowIdealOnly", belowIdealOnly).containsEntry("openShifts", (long) nightOpen);
        assertThat(coverage.issues()).hasSize(belowMinimum + belowIdealOnly);
    }

    @Test
    void aWholeWeekOfTwoUnitsCountsTwentyEightPeriodsAndLeavesTheInactiveUnitOut() {
        Snapshot rota = new Snapshot();
        UUID rose = rota.unit("Rose", 1, 1, 1, 1, 1);
        UUID lily = rota.unit("Lily", 1, 1, 1, 1, 1);
        rota.unit("Closed", false, 5, 5, 5, 5, 5);
        UUID person = rota.person("Smith", "SCA");
        // Rose is covered day and night on all 7 days; Lily only by day on Monday, with an open night.
        for (LocalDate day : WEEK.each()) {
            rota.shift(rose, day, "08:00", person);
            rota.shift(rose, day, "20:00", person);
        }
        rota.shift(lily, MONDAY, "08:00", person);
        UUID openNight = rota.shift(lily, MONDAY, "20:00", null);

        RotaSnapshot snapshot = rota.build();
        Component coverage = scorer.score(snapshot, WEEK);

        // 28 periods, 13 below minimum (Lily's 6 days and 7 nights): 100 x (1 - 13/28) = 53.571...
        assertThat(coverage.score()).isEqualByComparingTo("53.57");
        assertThat(coverage.metrics()).containsEntry("slots", 28).containsEntry("belowMinimum", 13);
        Issue monday = coverage.issues().stream().filter(issue -> issue.shiftIds().contains(openNight)).findFirst()
                .orElseThrow();
        assertThat(monday.severity()).isEqualTo(Issue.Severity.HIGH);
        assertThat(monday.message()).isEqualTo("Lily NIGHT 2026-03-02: 0 staffed, minimum 1, 1 open shift(s)");
        assertThat(CoverageScorer.openBelowMinimum(snapshot, WEEK)).containsExactly(openNight);
    }

    @Test
    void oneUnitScoredAlone() {
        Snapshot rota = new Snapshot();
        UUID rose = rota.unit("Rose", 1, 1, 1, 1, 1);
        rota.unit("Lily", 1, 1, 1, 1, 1);
        rota.shift(rose, MONDAY, "08:00", rota.person("Smith", "SCA"));

        Component coverage = scorer.score(rota.onlyUnit(rose).days(MONDAY, MONDAY).build(), new Days(MONDAY, MONDAY));

        // Rose alone: day covered, night below minimum: 1 - 1/2.
        assertThat(coverage.score()).isEqualByComparingTo("50.00");
        assertThat(coverage.metrics()).containsEntry("slots", 2);
        assertThat(coverage.issues()).extracting(Issue::unitId).containsExactly(rose);
        assertThat(coverage.issues()).extracting(Issue::shiftIds).containsExactly(List.of());
    }
}
