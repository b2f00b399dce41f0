package io.careops.compliance.certification.domain;

import java.time.LocalDate;

/**
 * The status of a certification on a given day. Never stored: the legacy system stored it at save
 * time and it went stale. Java ({@link #on}) and SQL ({@link #SQL}) say the same thing, and the
 * tests hold both to the same boundary table.
 *
 * <ul>
 * <li>REJECTED when a manager rejected the evidence submitted (it never counts);</li>
 * <li>PENDING while the evidence is awaited (or a staff member's submission awaits verification);</li>
 * <li>EXPIRED from the day after the expiry date (the expiry day itself is still covered);</li>
 * <li>EXPIRING_SOON from {@code expiry - alertWindowDays} up to and including the expiry day;</li>
 * <li>VALID otherwise, and always when the type never expires (no expiry date).</li>
 * </ul>
 */
public enum CertificationStatus {
    VALID, EXPIRING_SOON, EXPIRED, PENDING, REJECTED;

    /**
     * The same rule over a row aliased {@code c} and a date parameter {@code :asOf}; a
     * certification recorded before V2 has no window of its own and gets the default.
     */
    public static final String SQL = sqlOn("CAST(:asOf AS date)");

    /** The same rule on the day given by an SQL expression (a parameter, or a column of a joined row). */
    public static String sqlOn(String day) {
        return """
                (CASE WHEN c.rejected_at IS NOT NULL THEN 'REJECTED'
                      WHEN c.awaiting_evidence THEN 'PENDING'
                      WHEN c.expiry_date IS NULL THEN 'VALID'
                      WHEN c.expiry_date < %1$s THEN 'EXPIRED'
                      WHEN c.expiry_date - COALESCE(c.alert_window_days, 30) <= %1$s THEN 'EXPIRING_SOON'
                      ELSE 'VALID' END)""".formatted(day);
    }

    public static CertificationStatus on(LocalDate asOf, LocalDate expiry, int alertWindowDays, boolean awaitingEvidence,
            boolean rejected) {
        return rejected ? REJECTED : on(asOf, expiry, alertWindowDays, awaitingEvidence);
    }

    public static CertificationStatus on(LocalDate asOf, LocalDate expiry, int alertWindowDays, boolean awaitingEvidence) {
        if (awaitingEvidence) {
            return PENDING;
        }
        if (expiry == null) {
            return VALID;
        }
        if (asOf.isAfter(expiry)) {
            return EXPIRED;
        }
        return asOf.isBefore(expiry.minusDays(alertWindowDays)) ? VALID : EXPIRING_SOON;
    }

    /** Fit for work on that day: valid, or valid but due for renewal. */
    public boolean covers() {
        return this == VALID || this == EXPIRING_SOON;
    }
}
