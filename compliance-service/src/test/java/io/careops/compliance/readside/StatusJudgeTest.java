package io.careops.compliance.readside;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.careops.compliance.certification.domain.CertificationType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The batch staff status's verdicts, worked out by hand. Types: PVG (critical; mandatory for SCW),
 * SSSC (mandatory for SCW), FIRST_AID (critical, mandatory for no role), FIRE_SAFETY (mandatory for
 * SCW). Answered critical first, then by code: FIRST_AID, PVG, FIRE_SAFETY, SSSC.
 */
class StatusJudgeTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 7, 1);
    private static final List<StatusJudge.Type> TYPES = Stream.of(
            CertificationType.define("SSSC", "SSSC registration", 60, null, false, Set.of("SCW"), NOW),
            CertificationType.define("PVG", "PVG scheme", null, null, true, Set.of("SCW"), NOW),
            CertificationType.define("FIRE_SAFETY", "Fire safety", 12, null, false, Set.of("SCW"), NOW),
            CertificationType.define("FIRST_AID", "First aid", 36, null, true, Set.of(), NOW)).map(StatusJudge.Type::of).toList();

    private static int day(LocalDate date) {
        return (int) date.toEpochDay();
    }

    /** Person 0 holds one certification of {@code type}: issued a year before DAY, expiring {@code expiry}. */
    private static StatusJudge holding(String type, LocalDate expiry, boolean awaiting, boolean rejected) {
        StatusJudge judge = new StatusJudge(TYPES, 1);
        judge.add(0, judge.typeIndex(type), day(DAY.minusYears(1)),
                expiry == null ? StatusJudge.NEVER : day(expiry), 30, awaiting, rejected, StatusJudge.NEVER);
        return judge;
    }

    private static String verdicts(List<ComplianceReadRepository.NotValid> notValid) {
        return String.join(" ", notValid.stream().map(v -> v.typeCode() + ":" + v.status() + (v.mandatory() ? "" : "(critical)"))
                .toList());
    }

    @Test
    void anScwWithNothingLacksEveryMandatoryTypeInAnswerOrder() {
        StatusJudge judge = new StatusJudge(TYPES, 1);

        List<ComplianceReadRepository.NotValid> notValid = judge.notValid(0, "SCW", DAY);

        assertEquals("PVG:MISSING FIRE_SAFETY:MISSING SSSC:MISSING", verdicts(notValid));
        assertEquals(null, notValid.get(0).expiryDate());
        assertEquals(true, notValid.get(0).critical());
        // No role, nothing held: nothing to lack.
        assertSame(List.of(), judge.notValid(0, null, DAY));
        assertSame(List.of(), judge.notValid(0, "", DAY));
    }

    @ParameterizedTest(name = "{0} expiring {1}, awaiting {2}, rejected {3}: SCW {4}; no role {5}")
    @CsvSource({
            // The expiry day itself is covered (EXPIRING_SOON); the day after is EXPIRED.
            "PVG,       2026-07-01, false, false, 'FIRE_SAFETY:MISSING SSSC:MISSING',            ''",
            "PVG,       2026-06-30, false, false, 'PVG:EXPIRED FIRE_SAFETY:MISSING SSSC:MISSING', 'PVG:EXPIRED(critical)'",
            "PVG,       2027-01-01, true,  false, 'PVG:PENDING FIRE_SAFETY:MISSING SSSC:MISSING', 'PVG:PENDING(critical)'",
            "PVG,       2027-01-01, false, true,  'PVG:REJECTED FIRE_SAFETY:MISSING SSSC:MISSING', 'PVG:REJECTED(critical)'",
            // Not critical: counts only where mandatory.
            "SSSC,      2026-06-30, false, false, 'PVG:MISSING FIRE_SAFETY:MISSING SSSC:EXPIRED', ''",
            // Critical and mandatory for no role: counts only when held and not valid.
            "FIRST_AID, 2026-06-30, false, false, 'FIRST_AID:EXPIRED(critical) PVG:MISSING FIRE_SAFETY:MISSING SSSC:MISSING', 'FIRST_AID:EXPIRED(critical)'",
            "FIRST_AID, ,           false, false, 'PVG:MISSING FIRE_SAFETY:MISSING SSSC:MISSING', ''",
    })
    void whatCountsAndHow(String type, LocalDate expiry, boolean awaiting, boolean rejected, String scw, String noRole) {
        StatusJudge judge = holding(type, expiry, awaiting, rejected);

        assertEquals(scw, verdicts(judge.notValid(0, "SCW", DAY)));
        assertEquals(noRole, verdicts(judge.notValid(0, null, DAY)));
    }

    @Test
    void anExpiredCertificateOutranksOneAwaitingEvidenceAndAValidOneOutranksBoth() {
        StatusJudge judge = new StatusJudge(TYPES, 3);
        int pvg = judge.typeIndex("PVG");
        int issued = day(DAY.minusYears(1));
        // Person 0: expired (30 June) and awaiting evidence: the lapse shows.
        judge.add(0, pvg, issued, day(DAY.minusDays(1)), 30, false, false, StatusJudge.NEVER);
        judge.add(0, pvg, issued, day(DAY.plusYears(3)), 30, true, false, StatusJudge.NEVER);
        // Person 1: expired and valid: covered.
        judge.add(1, pvg, issued, day(DAY.minusDays(1)), 30, false, false, StatusJudge.NEVER);
        judge.add(1, pvg, issued, day(DAY.plusYears(3)), 30, false, false, StatusJudge.NEVER);
        // Person 2: two expired: the latest expiry speaks.
        judge.add(2, pvg, issued, day(DAY.minusDays(10)), 30, false, false, StatusJudge.NEVER);
        judge.add(2, pvg, issued, day(DAY.minusDays(2)), 30, false, false, StatusJudge.NEVER);

        assertEquals("PVG:EXPIRED(critical)", verdicts(judge.notValid(0, null, DAY)));
        assertEquals(DAY.minusDays(1), judge.notValid(0, null, DAY).get(0).expiryDate());
        assertEquals("", verdicts(judge.notValid(1, null, DAY)));
        assertEquals(DAY.minusDays(2), judge.notValid(2, null, DAY).get(0).expiryDate());
    }

    /** Two of one type alike in all the judge reads (no id to tell them apart): one verdict, the same whichever speaks. */
    @Test
    void twoCertificatesAlikeGiveOneVerdict() {
        StatusJudge judge = new StatusJudge(TYPES, 2);
        int pvg = judge.typeIndex("PVG");
        int issued = day(DAY.minusYears(1));
        judge.add(0, pvg, issued, day(DAY.minusDays(3)), 30, false, false, StatusJudge.NEVER);
        judge.add(0, pvg, issued, day(DAY.minusDays(3)), 60, false, false, StatusJudge.NEVER);
        judge.add(1, pvg, issued, day(DAY.plusDays(10)), 30, false, false, StatusJudge.NEVER);
        judge.add(1, pvg, issued, day(DAY.plusDays(10)), 5, false, false, StatusJudge.NEVER);

        assertEquals("PVG:EXPIRED FIRE_SAFETY:MISSING SSSC:MISSING", verdicts(judge.notValid(0, "SCW", DAY)));
        assertEquals(DAY.minusDays(3), judge.notValid(0, "SCW", DAY).get(0).expiryDate());
        // Expiring soon by one's alert window and valid by the other's: covered either way.
        assertEquals("FIRE_SAFETY:MISSING SSSC:MISSING", verdicts(judge.notValid(1, "SCW", DAY)));
    }

    /** Old PVG expired on 1 March 2026, renewed by one issued on 10 March: the gap is EXPIRED, the renewal's issue day is not. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "2026-03-01, ''",
            "2026-03-02, PVG:EXPIRED(critical)",
            "2026-03-09, PVG:EXPIRED(critical)",
            "2026-03-10, ''",
            // Issued after the day: not held on it (nothing to judge for no role).
            "2021-03-01, ''",
    })
    void aRenewalCountsFromItsIssueDay(LocalDate on, String verdict) {
        StatusJudge judge = new StatusJudge(TYPES, 1);
        int pvg = judge.typeIndex("PVG");
        judge.add(0, pvg, day(LocalDate.of(2026, 3, 10)), day(LocalDate.of(2031, 3, 9)), 30, false,
                false, StatusJudge.NEVER);
        judge.add(0, pvg, day(LocalDate.of(2021, 3, 2)), day(LocalDate.of(2026, 3, 1)), 30, false,
                false, day(LocalDate.of(2026, 3, 10)));

        assertEquals(verdict, verdicts(judge.notValid(0, null, on)));
    }

    @Test
    void aTypeNotActiveIsIgnoredAndPeopleAreJudgedApart() {
        StatusJudge judge = new StatusJudge(TYPES, 2);
        assertEquals(-1, judge.typeIndex("RETIRED_TYPE"));
        judge.add(0, -1, day(DAY.minusYears(1)), day(DAY.minusDays(1)), 30, false, false,
                StatusJudge.NEVER);
        judge.add(1, judge.typeIndex("FIRST_AID"), day(DAY.minusYears(1)), day(DAY.minusDays(1)), 30,
                false, false, StatusJudge.NEVER);

        assertEquals("", verdicts(judge.notValid(0, null, DAY)));
        assertEquals("FIRST_AID:EXPIRED(critical)", verdicts(judge.notValid(1, null, DAY)));
        // The same person on two days: judged on each.
        assertEquals("", verdicts(judge.notValid(1, null, DAY.minusDays(1))));
    }
}
