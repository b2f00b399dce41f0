package io.careops.scheduling.rotahealth;

import static io.careops.scheduling.rotahealth.Snapshot.MONDAY;
import static io.careops.scheduling.rotahealth.Snapshot.WEEK;
import static org.assertj.core.api.Assertions.assertThat;

import io.careops.scheduling.rotahealth.domain.Component;
import io.careops.scheduling.rotahealth.domain.Days;
import io.careops.scheduling.rotahealth.domain.Issue;
import io.careops.scheduling.rotahealth.domain.WorkingTimeScorer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Working time on two shifts of one adult, Wednesday 4 and Thursday 5 March 2026 (GMT), each
 * 12 hours with a 30-minute break: the rest between them against the 11 hours of reg 10. A strict
 * home counts a violation (100 - 20); a special-case home owes compensatory rest instead (100 - 2
 * an hour), unless it was recorded as given.
 */
class WorkingTimeScorerTest {

    private static final LocalDate WEDNESDAY = MONDAY.plusDays(2);
    private final WorkingTimeScorer scorer = new WorkingTimeScorer(15);

    @ParameterizedTest(name = "special case {0}: {1}-{2}, then {3}-{4}, rest given {5} -> {6}")
    @CsvSource({
            // special case, Wed from, to, Thu from, to, rest given, score, violations, owed hours
            "false, 08:00, 20:00, 08:00, 20:00, false, 100.00, 0, 0.00", // 12 h rest
            "false, 08:00, 20:00, 07:00, 19:00, false, 100.00, 0, 0.00", // exactly 11 h
            "false, 08:00, 20:00, 06:00, 18:00, false, 80.00, 1, 0.00", // 10 h: a violation
            "true, 08:00, 20:00, 06:00, 18:00, false, 98.00, 0, 1.00", // 1 h owed: 100 - 2
            "true, 10:00, 22:00, 07:00, 19:00, false, 96.00, 0, 2.00", // 9 h rest, 2 h owed: 100 - 4
            "true, 10:00, 22:00, 07:00, 19:00, true, 100.00, 0, 0.00", // owed, but given
    })
    void dailyRestBetweenTwoShifts(boolean specialCase, String wedFrom, String wedTo, String thuFrom, String thuTo,
            boolean restGiven, BigDecimal score, int violations, BigDecimal owedHours) {
        Snapshot rota = new Snapshot();
        if (specialCase) {
            rota.specialCase();
        }
        UUID unit = rota.unit("Rose", 1, 1, 1, 1, 1);
        UUID person = rota.person("Smith", "SCA");
        rota.shift(unit, WEDNESDAY, wedFrom, wedTo, person, row -> row);
        UUID thursday = rota.shift(unit, WEDNESDAY.plusDays(1), thuFrom, thuTo, person, row -> row);
        if (restGiven) {
            rota.restGiven(person, "DAILY_REST|" + thursday);
        }

        Component workingTime = scorer.score(rota.build(), WEEK);

        assertThat(workingTime.score()).isEqualByComparingTo(score);
        assertThat(workingTime.metrics()).containsEntry("violations", violations);
        assertThat((BigDecimal) workingTime.metrics().get("compensatoryRestOwedHours")).isEqualByComparingTo(owedHours);
        if (violations > 0) {
            assertThat(workingTime.issues()).singleElement().satisfies(issue -> {
                assertThat(issue.severity()).isEqualTo(Issue.Severity.HIGH);
                assertThat(issue.message()).isEqualTo("Pat Smith: DAILY_REST (reg 10(1)) only 10.00 h rest between shifts (11.00 h required)");
                assertThat(issue.shiftIds()).contains(thursday);
                assertThat(issue.staffIds()).containsExactly(person);
            });
        }
    }

    @Test
    void aShortfallBetweenShiftsNotScoredDoesNotCount() {
        Snapshot rota = new Snapshot();
        UUID unit = rota.unit("Rose", 1, 1, 1, 1, 1);
        UUID person = rota.person("Smith", "SCA");
        rota.shift(unit, WEDNESDAY, "08:00", "20:00", person, row -> row);
        rota.shift(unit, WEDNESDAY.plusDays(1), "06:00", "18:00", person, row -> row);
        rota.shift(unit, WEDNESDAY.plusDays(3), "08:00", "20:00", person, row -> row);

        // Only Saturday scored: the Wednesday-Thursday shortfall is not about it.
        Days saturday = new Days(WEDNESDAY.plusDays(3), WEDNESDAY.plusDays(3));
        Component workingTime = scorer.score(rota.build(), saturday);

        assertThat(workingTime.score()).isEqualByComparingTo("100.00");
        assertThat(workingTime.issues()).isEmpty();
    }

    @Test
    void twoViolationsOfTwoPeopleTakeFortyOff() {
        Snapshot rota = new Snapshot();
        UUID unit = rota.unit("Rose", 1, 1, 1, 1, 1);
        for (String name : new String[] {"Brown", "Adams"}) {
            UUID person = rota.person(name, "SCA");
            rota.shift(unit, WEDNESDAY, "08:00", "20:00", person, row -> row);
            rota.shift(unit, WEDNESDAY.plusDays(1), "06:00", "18:00", person, row -> row);
        }

        Component workingTime = scorer.score(rota.build(), WEEK);

        assertThat(workingTime.score()).isEqualByComparingTo("60.00");
        // by surname
        assertThat(workingTime.issues()).extracting(Issue::message)
                .satisfiesExactly(first -> assertThat(first).startsWith("Pat Adams"),
                        second -> assertThat(second).startsWith("Pat Brown"));
    }

    /**
     * The people judged in parts on a pool give the same components as judged in one: five people
     * (three with a 10-hour rest, a violation each; two with 12 hours), two weeks.
     */
    @ParameterizedTest(name = "{0} part(s) on {1} thread(s)")
    @CsvSource({"1, 1", "2, 2", "3, 2", "5, 2", "9, 3"})
    void judgedInPartsAsInOne(int parts, int threads) {
        Snapshot rota = new Snapshot();
        UUID unit = rota.unit("Rose", 1, 1, 1, 1, 1);
        String[] names = {"Brown", "Adams", "Young", "Clark", "Evans"};
        for (int i = 0; i < names.length; i++) {
            UUID person = rota.person(names[i], "SCA");
            rota.shift(unit, WEDNESDAY, "08:00", "20:00", person, row -> row);
            rota.shift(unit, WEDNESDAY.plusDays(i < 3 ? 1 : 8), "06:00", "18:00", person, row -> row);
        }
        var snapshot = rota.build();
        java.util.List<Days> weeks = java.util.List.of(WEEK, new Days(MONDAY.plusWeeks(1), MONDAY.plusWeeks(1).plusDays(6)));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            java.util.List<Component> inParts = scorer.scoreEachLater(snapshot, weeks, pool, parts).get();

            assertThat(inParts).isEqualTo(scorer.scoreEach(snapshot, weeks));
            assertThat(inParts.get(0).score()).isEqualByComparingTo("40.00"); // three violations: 100 - 60
            assertThat(inParts.get(0).issues()).extracting(Issue::message).map(message -> message.split(":")[0])
                    .containsExactly("Pat Adams", "Pat Brown", "Pat Young");
        } finally {
            pool.shutdownNow();
        }
    }
}
