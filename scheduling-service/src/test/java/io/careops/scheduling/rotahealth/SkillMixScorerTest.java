package io.careops.scheduling.rotahealth;

import static io.careops.scheduling.rotahealth.Snapshot.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.careops.scheduling.rotahealth.domain.Component;
import io.careops.scheduling.rotahealth.domain.Days;
import io.careops.scheduling.rotahealth.domain.SkillMixScorer;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Skill mix on one day of one unit: of the periods with anyone on shift, the share with a senior
 * or manager (SSCW, SSCWN, MGR) of the home among them. Open shifts are no one.
 */
class SkillMixScorerTest {

    private final SkillMixScorer scorer = new SkillMixScorer(15);
    private final Days monday = new Days(MONDAY, MONDAY);

    @ParameterizedTest(name = "day [{0}], night [{1}] -> {2}")
    @CsvSource({
            // roles by day, roles by night, score, staffed periods, with a supervisor
            "SSCW SCA, SCAN, 50.00, 2, 1", // the night has no senior: 1 of 2
            "SSCW, SSCWN, 100.00, 2, 2",
            "SCA SCA, '', 0.00, 1, 0", // one staffed period, no senior
            "'', '', 100.00, 0, 0", // nothing staffed: nothing to judge
            "SCA MGR SCW, SCAN SCAN SSCWN, 100.00, 2, 2",
    })
    void periodsWithASenior(String dayRoles, String nightRoles, BigDecimal score, int staffedPeriods,
            int withSupervisor) {
        Snapshot rota = new Snapshot();
        UUID unit = rota.unit("Rose", 1, 1, 1, 1, 1);
        for (String role : dayRoles.split(" ")) {
            if (!role.isEmpty()) {
                rota.shift(unit, MONDAY, "08:00", rota.person("Day", role));
            }
        }
        for (String role : nightRoles.split(" ")) {
            if (!role.isEmpty()) {
                rota.shift(unit, MONDAY, "20:00", rota.person("Night", role));
            }
        }
        rota.shift(unit, MONDAY, "20:00", null);

        Component skillMix = scorer.score(rota.build(), monday);

        assertThat(skillMix.score()).isEqualByComparingTo(score);
        assertThat(skillMix.metrics()).containsEntry("staffedPeriods", staffedPeriods)
                .containsEntry("withSupervisor", withSupervisor);
        assertThat(skillMix.issues()).hasSize(staffedPeriods - withSupervisor);
    }

    @Test
    void aVisitingSeniorFromAnotherHomeDoesNotCountAndTheIssueNamesThePeriod() {
        Snapshot rota = new Snapshot();
        UUID unit = rota.unit("Rose", 1, 1, 1, 1, 1);
        UUID visitor = rota.person("Visitor", "SSCW", "15.00", true, false);
        UUID assistant = rota.person("Assistant", "SCA");
        rota.shift(unit, MONDAY, "08:00", visitor);
        rota.shift(unit, MONDAY, "08:00", assistant);

        Component skillMix = scorer.score(rota.build(), monday);

        assertThat(skillMix.score()).isEqualByComparingTo("0.00");
        assertThat(skillMix.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.message()).isEqualTo("No senior or manager on Rose DAY 2026-03-02");
            assertThat(issue.staffIds()).containsExactly(visitor, assistant);
        });
    }
}
