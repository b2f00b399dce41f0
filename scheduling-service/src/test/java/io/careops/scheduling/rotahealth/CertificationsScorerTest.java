package io.careops.scheduling.rotahealth;

import static io.careops.scheduling.rotahealth.Snapshot.MONDAY;
import static io.careops.scheduling.rotahealth.Snapshot.WEEK;
import static org.assertj.core.api.Assertions.assertThat;

import io.careops.scheduling.rotahealth.domain.CertificationsScorer;
import io.careops.scheduling.rotahealth.domain.Component;
import io.careops.scheduling.rotahealth.domain.Issue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Certifications: two people each on shift Monday 2 to Thursday 5 March (8 staff shifts); compliance
 * says one of them has a certification not valid. A shift counts when it is after the expiry (or
 * always without one), and only for a critical certification: 100 x (1 - counted / 8).
 */
class CertificationsScorerTest {

    private final CertificationsScorer scorer = new CertificationsScorer(5);

    @ParameterizedTest(name = "{0} {1}, expiry {2}, critical {3} -> {4}")
    @CsvSource({
            // type, status, expiry, critical, score, shifts counted
            "PVG, EXPIRED, 2026-03-03, true, 75.00, 2", // Wednesday and Thursday are after it
            "PVG, EXPIRED, 2026-02-01, true, 50.00, 4",
            "PVG, EXPIRED, 2026-03-05, true, 100.00, 0", // expires on the last day worked: not after
            "PVG, MISSING, , true, 50.00, 4", // missing: every shift
            "Moving and handling, EXPIRED, 2026-02-01, false, 100.00, 0", // not critical
    })
    void shiftsAfterTheExpiryOfACriticalCertification(String type, String status, LocalDate expiry, boolean critical,
            BigDecimal score, int counted) {
        Snapshot rota = new Snapshot();
        UUID unit = rota.unit("Rose", 1, 1, 1, 1, 1);
        UUID lapsed = rota.person("Lapsed", "SCA");
        UUID valid = rota.person("Valid", "SCA");
        for (int i = 0; i < 4; i++) {
            rota.shift(unit, MONDAY.plusDays(i), "08:00", lapsed);
            rota.shift(unit, MONDAY.plusDays(i), "20:00", valid);
        }
        rota.shift(unit, MONDAY.plusDays(4), "08:00", null); // open: no one to check
        rota.lapsed(lapsed, type, critical, status, expiry);

        Component certifications = scorer.score(rota.build(), WEEK);

        assertThat(certifications.available()).isTrue();
        assertThat(certifications.score()).isEqualByComparingTo(score);
        assertThat(certifications.metrics()).containsEntry("staffShifts", 8)
                .containsEntry("shiftsWithLapsedCertification", counted);
        assertThat(certifications.issues()).hasSize(counted);
    }

    @Test
    void twoLapsesOnOneShiftCountItOnceAndTheIssueNamesThem() {
        Snapshot rota = new Snapshot();
        UUID unit = rota.unit("Rose", 1, 1, 1, 1, 1);
        UUID lapsed = rota.person("Lapsed", "SCA");
        UUID shift = rota.shift(unit, MONDAY, "08:00", lapsed);
        rota.shift(unit, MONDAY, "20:00", rota.person("Valid", "SCA"));
        rota.lapsed(lapsed, "PVG", true, "EXPIRED", LocalDate.of(2026, 2, 1));
        rota.lapsed(lapsed, "First aid", true, "MISSING", null);

        Component certifications = scorer.score(rota.build(), WEEK);

        assertThat(certifications.score()).isEqualByComparingTo("50.00");
        Issue issue = certifications.issues().get(0);
        assertThat(certifications.issues()).hasSize(1);
        assertThat(issue.message()).isEqualTo("Pat Lapsed is rostered on 2026-03-02 with PVG EXPIRED (expired 2026-02-01)");
        assertThat(issue.shiftIds()).containsExactly(shift);
    }

    @Test
    void withoutComplianceTheComponentIsNotComputedUnlessNoOneIsOnShift() {
        Snapshot rota = new Snapshot().complianceDown();
        UUID unit = rota.unit("Rose", 1, 1, 1, 1, 1);
        rota.shift(unit, MONDAY, "08:00", null);
        assertThat(scorer.score(rota.build(), WEEK).score()).isEqualByComparingTo("100.00");

        rota.shift(unit, MONDAY, "20:00", rota.person("Smith", "SCA"));
        Component certifications = scorer.score(rota.build(), WEEK);

        assertThat(certifications.available()).isFalse();
        assertThat(certifications.score()).isNull();
        assertThat(certifications.note()).contains("did not answer");
    }
}
