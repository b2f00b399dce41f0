package io.careops.compliance.readside;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.careops.compliance.certification.domain.CertificationType;
import io.careops.compliance.directory.StaffMember;
import io.careops.compliance.readside.ComplianceReadRepository.Held;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The compliance matrix of one hand-built home, every figure worked out here. Types, in catalogue
 * order: PVG (critical; mandatory for SCW and SSW), SSSC (mandatory for SCW), FIRST_AID (critical,
 * mandatory for no role) and FIRE_SAFETY (mandatory for SCW and ADMIN). Staff in the directory:
 * Ann Brown (SCW), Bob Adams (SCW), Cat Adams (ADMIN), Dan Clark (no role); Lee Leaver (SCW) holds a
 * PVG but has left, so is in the certifications and not in the directory.
 */
class ComplianceMatrixTest {

    private static final UUID HOME = UUID.randomUUID();
    private static final LocalDate DAY = LocalDate.of(2026, 7, 1);
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final List<CertificationType> TYPES = List.of(
            CertificationType.define("PVG", "PVG scheme", null, null, true, Set.of("SCW", "SSW"), NOW),
            CertificationType.define("SSSC", "SSSC registration", 60, null, false, Set.of("SCW"), NOW),
            CertificationType.define("FIRST_AID", "First aid", 36, null, true, Set.of(), NOW),
            CertificationType.define("FIRE_SAFETY", "Fire safety", 12, null, false, Set.of("SCW", "ADMIN"), NOW));

    private static final StaffMember ANN = member("001001", "Ann", "Brown", "SCW");
    private static final StaffMember BOB = member("001002", "Bob", "Adams", "SCW");
    private static final StaffMember CAT = member("001003", "Cat", "Adams", "ADMIN");
    private static final StaffMember DAN = member("001004", "Dan", "Clark", null);
    private static final StaffMember LEE = member("001005", "Lee", "Leaver", "SCW");

    private static StaffMember member(String number, String first, String last, String role) {
        return new StaffMember(UUID.randomUUID(), number, first, last, role, HOME, LocalDate.of(2024, 1, 1), null, true);
    }

    /** A certification issued a year before DAY whose status on DAY is {@code status} (30-day alert window). */
    private static Held held(StaffMember who, String type, String status) {
        return new Held(UUID.randomUUID(), who.id(), who.staffNumber(), who.fullName(), who.roleCode(), type,
                DAY.minusYears(1), status.equals("VALID") ? null : DAY.plusDays(status.equals("EXPIRED") ? -10 : 20), 30,
                status.equals("PENDING"), false, null);
    }

    private static final List<Held> HELD = List.of(
            held(ANN, "PVG", "VALID"), held(ANN, "SSSC", "EXPIRING_SOON"),
            held(BOB, "PVG", "EXPIRED"), held(BOB, "SSSC", "PENDING"), held(BOB, "FIRE_SAFETY", "VALID"),
            held(BOB, "FIRST_AID", "EXPIRED"),
            held(CAT, "FIRE_SAFETY", "VALID"),
            held(DAN, "FIRST_AID", "VALID"),
            held(LEE, "PVG", "VALID"));

    private static ComplianceMatrix withDirectory() {
        return ComplianceMatrix.of(HOME, DAY, TYPES, Optional.of(List.of(ANN, BOB, CAT, DAN)), HELD);
    }

    private static ComplianceMatrix withoutDirectory() {
        return ComplianceMatrix.of(HOME, DAY, TYPES, Optional.empty(), HELD);
    }

    @Test
    void theDirectorysStaffAreTheRowsBySurnameAndLeaversAreLeftOut() {
        ComplianceMatrix matrix = withDirectory();

        assertTrue(matrix.directoryAvailable());
        assertEquals(List.of("Bob Adams", "Cat Adams", "Ann Brown", "Dan Clark"),
                matrix.rows().stream().map(ComplianceMatrix.Row::name).toList());
        assertTrue(matrix.rows().stream().allMatch(ComplianceMatrix.Row::inDirectory));
        // Ann holds no fire safety: MISSING, which does not cover.
        ComplianceMatrix.Row ann = matrix.rows().get(2);
        assertEquals(ComplianceMatrix.Cell.MISSING, ann.cell("FIRE_SAFETY"));
        assertTrue(ann.cell("SSSC").covers());
        assertEquals(List.of("PVG", "SSSC", "FIRE_SAFETY"),
                matrix.mandatoryFor("SCW").stream().map(CertificationType::code).toList());
        assertTrue(matrix.mandatoryFor(null).isEmpty());
    }

    @ParameterizedTest(name = "{0}: {1} required, {2} compliant, {3}%")
    @CsvSource({
            // SCW Ann (valid) and Bob (expired)
            "PVG,         2, 1, 50.0",
            // Ann expiring soon covers; Bob awaiting evidence does not
            "SSSC,        2, 1, 50.0",
            // SCW Ann (missing), Bob (valid), ADMIN Cat (valid): 2 of 3
            "FIRE_SAFETY, 3, 2, 66.7",
    })
    void eachColumnCountsTheStaffItIsMandatoryForAndThoseCovered(String type, int required, int compliant,
            double percent) {
        ComplianceMatrix.TypeTally tally = withDirectory().tallies().stream()
                .filter(t -> t.type().code().equals(type)).findFirst().orElseThrow();

        assertEquals(required, tally.required());
        assertEquals(compliant, tally.compliant());
        assertEquals(percent, tally.percent());
    }

    @Test
    void theOverallFigureIsEveryRequiredPairAndFirstAidIsNoColumn() {
        ComplianceMatrix matrix = withDirectory();

        assertEquals(List.of("PVG", "SSSC", "FIRE_SAFETY"),
                matrix.mandatoryTypes().stream().map(CertificationType::code).toList());
        // 1 + 1 + 2 of 2 + 2 + 3: 4 / 7 = 57.14 -> 57.1
        assertEquals(7, matrix.required());
        assertEquals(4, matrix.compliant());
        assertEquals(57.1, matrix.compliancePercent());
    }

    @Test
    void expiredCriticalCertificatesAreListedByNameThenTypeWhateverTheRole() {
        // Bob's PVG and first aid (critical, though no role demands it); Dan's first aid is valid.
        assertEquals(List.of("Bob Adams FIRST_AID", "Bob Adams PVG"), withDirectory().expiredCritical().stream()
                .map(e -> e.person().name() + " " + e.type().code()).toList());
    }

    @Test
    void withoutTheDirectoryTheRowsAreWhoHoldsCertificationsByStaffNumber() {
        ComplianceMatrix matrix = withoutDirectory();

        assertFalse(matrix.directoryAvailable());
        assertEquals(List.of("001001", "001002", "001003", "001004", "001005"),
                matrix.rows().stream().map(ComplianceMatrix.Row::staffNumber).toList());
        assertTrue(matrix.rows().stream().noneMatch(ComplianceMatrix.Row::inDirectory));
        // Lee (SCW, valid PVG) now counts: PVG 2 of 3, SSSC 1 of 3, fire safety 2 of 4: 5 / 10.
        assertEquals(10, matrix.required());
        assertEquals(5, matrix.compliant());
        assertEquals(50.0, matrix.compliancePercent());
    }

    @Test
    void nothingRequiredIsNoPercentageRatherThan100() {
        ComplianceMatrix empty = ComplianceMatrix.of(HOME, DAY, TYPES, Optional.of(List.of(DAN)), List.of());

        assertEquals(0, empty.required());
        assertNull(empty.compliancePercent());
        assertEquals(66.7, ComplianceMatrix.percent(2, 3));
        assertNull(ComplianceMatrix.percent(0, 0));
    }

    /**
     * Issue 14 (certification as of the shift's date): Ann's PVG expired on 1 March 2026 and was
     * renewed with a certificate issued on 10 March. On 5 March the renewal is not yet in force:
     * the old certificate decides, EXPIRED. On 12 March the renewal decides, VALID. On 10 March,
     * its issue day, the renewal already counts; on 1 March (the expiry day) the old one still does.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "2026-01-15, VALID,         old",
            "2026-03-01, EXPIRING_SOON, old",
            "2026-03-02, EXPIRED,       old",
            "2026-03-05, EXPIRED,       old",
            "2026-03-09, EXPIRED,       old",
            "2026-03-10, VALID,         renewal",
            "2026-03-12, VALID,         renewal",
    })
    void aRenewalCountsFromItsIssueDateAndTheOldCertificateDecidesBefore(LocalDate day, String status, String which) {
        Held old = new Held(UUID.randomUUID(), ANN.id(), ANN.staffNumber(), ANN.fullName(), "SCW", "PVG",
                LocalDate.of(2021, 3, 2), LocalDate.of(2026, 3, 1), 30, false, false, LocalDate.of(2026, 3, 10));
        Held renewal = new Held(UUID.randomUUID(), ANN.id(), ANN.staffNumber(), ANN.fullName(), "SCW", "PVG",
                LocalDate.of(2026, 3, 10), LocalDate.of(2031, 3, 9), 30, false, false, null);

        // Either order of the rows gives the same cell.
        for (List<Held> held : List.of(List.of(old, renewal), List.of(renewal, old))) {
            ComplianceMatrix matrix = ComplianceMatrix.of(HOME, day, TYPES, Optional.of(List.of(ANN)), held);
            ComplianceMatrix.Cell pvg = matrix.rows().get(0).cell("PVG");

            assertEquals(status, pvg.status());
            assertEquals(which.equals("old") ? old.certificationId() : renewal.certificationId(), pvg.certificationId());
            assertEquals(which.equals("old") ? LocalDate.of(2026, 3, 1) : LocalDate.of(2031, 3, 9), pvg.expiryDate());
            // Ann is an SCW: PVG is mandatory for her, covered only from the renewal's issue day.
            ComplianceMatrix.TypeTally tally = matrix.tallies().get(0);
            assertEquals(1, tally.required());
            assertEquals(status.equals("EXPIRED") ? 0 : 1, tally.compliant());
        }
    }

    @Test
    void aCertificateIssuedAfterTheDayIsNotHeldOnIt() {
        Held later = new Held(UUID.randomUUID(), ANN.id(), ANN.staffNumber(), ANN.fullName(), "SCW", "PVG",
                DAY.plusDays(1), null, 30, false, false, null);

        assertEquals(ComplianceMatrix.Cell.MISSING, ComplianceMatrix.of(HOME, DAY, TYPES, Optional.of(List.of(ANN)),
                List.of(later)).rows().get(0).cell("PVG"));
        assertEquals("VALID", ComplianceMatrix.of(HOME, DAY.plusDays(1), TYPES, Optional.of(List.of(ANN)),
                List.of(later)).rows().get(0).cell("PVG").status());
    }

    @Test
    void theDashboardCountsEveryCertificationInForceWhoeverHoldsIt() {
        // Lee has left, yet his valid PVG counts, as the home's certifications do whatever the directory says.
        ComplianceMatrix matrix = withDirectory();

        assertEquals(java.util.Map.of("VALID", 5L, "EXPIRING_SOON", 1L, "EXPIRED", 2L, "PENDING", 1L, "REJECTED", 0L),
                matrix.countsByStatus());
        assertEquals(List.of("VALID", "EXPIRING_SOON", "EXPIRED", "PENDING", "REJECTED"),
                List.copyOf(matrix.countsByStatus().keySet()));
        // Ann's SSSC (DAY + 20) only: Bob's awaits evidence.
        assertEquals(java.util.Map.of("30", 1L, "60", 1L, "90", 1L), matrix.expiringWithinDays());
        assertEquals(matrix.countsByStatus(), withoutDirectory().countsByStatus());
    }

    @ParameterizedTest(name = "expiring {0} days after the day: within 30 {1}, 60 {2}, 90 {3}")
    @CsvSource({
            "-1, 0, 0, 0",
            "0,  1, 1, 1",
            "30, 1, 1, 1",
            "31, 0, 1, 1",
            "60, 0, 1, 1",
            "61, 0, 0, 1",
            "90, 0, 0, 1",
            "91, 0, 0, 0",
    })
    void expiringWithinCountsFromTheDayItselfToTheHorizonInclusive(int days, long in30, long in60, long in90) {
        Held held = new Held(UUID.randomUUID(), ANN.id(), ANN.staffNumber(), ANN.fullName(), "SCW", "PVG",
                DAY.minusYears(1), DAY.plusDays(days), 30, false, false, null);
        Held rejected = new Held(UUID.randomUUID(), BOB.id(), BOB.staffNumber(), BOB.fullName(), "SCW", "PVG",
                DAY.minusYears(1), DAY.plusDays(days), 30, false, true, null);
        Held awaiting = new Held(UUID.randomUUID(), CAT.id(), CAT.staffNumber(), CAT.fullName(), "SCW", "PVG",
                DAY.minusYears(1), DAY.plusDays(days), 30, true, false, null);

        // A rejected one counts as the SQL it replaced counted it (only evidence awaited is left out).
        ComplianceMatrix matrix = ComplianceMatrix.of(HOME, DAY, TYPES, Optional.of(List.of(ANN)),
                List.of(held, rejected, awaiting));

        assertEquals(java.util.Map.of("30", 2 * in30, "60", 2 * in60, "90", 2 * in90), matrix.expiringWithinDays());
        assertEquals(1L, matrix.countsByStatus().get("REJECTED"));
        assertEquals(1L, matrix.countsByStatus().get("PENDING"));
    }
}
