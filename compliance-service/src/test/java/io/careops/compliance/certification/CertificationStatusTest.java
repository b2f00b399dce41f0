package io.careops.compliance.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.careops.compliance.certification.domain.CertificationStatus;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The status rule in Java; {@link StatusBoundaryApiTest} holds the SQL to the same table. */
class CertificationStatusTest {

    /** expiry, alert window, awaiting evidence, day asked, expected status, why. */
    record Row(LocalDate expiry, int window, boolean awaiting, LocalDate asOf, CertificationStatus expected, String why) {
        @Override
        public String toString() {
            return why;
        }
    }

    static Stream<Row> table() {
        LocalDate july31 = LocalDate.of(2025, 7, 31);
        LocalDate leapDay = LocalDate.of(2024, 2, 29);
        LocalDate march30 = LocalDate.of(2024, 3, 30);
        return Stream.of(
                new Row(july31, 30, false, july31, CertificationStatus.EXPIRING_SOON, "the expiry day itself is still covered"),
                new Row(july31, 30, false, july31.plusDays(1), CertificationStatus.EXPIRED, "the day after expiry"),
                new Row(july31, 30, false, LocalDate.of(2025, 7, 1), CertificationStatus.EXPIRING_SOON, "first day of the 30-day window"),
                new Row(july31, 30, false, LocalDate.of(2025, 6, 30), CertificationStatus.VALID, "the day before the window"),
                new Row(july31, 30, false, july31.minusDays(1), CertificationStatus.EXPIRING_SOON, "last day of the window before expiry"),
                new Row(leapDay, 30, false, LocalDate.of(2024, 1, 30), CertificationStatus.EXPIRING_SOON, "leap-day expiry: window opens 30 January"),
                new Row(leapDay, 30, false, LocalDate.of(2024, 1, 29), CertificationStatus.VALID, "leap-day expiry: day before the window"),
                new Row(leapDay, 30, false, leapDay, CertificationStatus.EXPIRING_SOON, "leap-day expiry on the day"),
                new Row(leapDay, 30, false, LocalDate.of(2024, 3, 1), CertificationStatus.EXPIRED, "leap-day expiry: 1 March is expired"),
                new Row(march30, 30, false, leapDay, CertificationStatus.EXPIRING_SOON, "window opening on the leap day"),
                new Row(march30, 30, false, LocalDate.of(2024, 2, 28), CertificationStatus.VALID, "the day before a leap-day window"),
                new Row(null, 30, false, LocalDate.of(2099, 1, 1), CertificationStatus.VALID, "a type without expiry is valid for ever"),
                new Row(july31, 0, false, july31.minusDays(1), CertificationStatus.VALID, "no alert window: valid the day before"),
                new Row(july31, 0, false, july31, CertificationStatus.EXPIRING_SOON, "no alert window: the expiry day"),
                new Row(july31, 90, false, LocalDate.of(2025, 5, 2), CertificationStatus.EXPIRING_SOON, "a 90-day window opens 2 May"),
                new Row(july31, 90, false, LocalDate.of(2025, 5, 1), CertificationStatus.VALID, "a 90-day window: 1 May is before it"),
                new Row(july31, 30, true, LocalDate.of(2026, 1, 1), CertificationStatus.PENDING, "awaiting evidence, even past expiry"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void statusOnTheDayAsked(Row row) {
        assertEquals(row.expected(), CertificationStatus.on(row.asOf(), row.expiry(), row.window(), row.awaiting()));
    }
}
