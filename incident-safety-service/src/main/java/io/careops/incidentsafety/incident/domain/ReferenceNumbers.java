package io.careops.incidentsafety.incident.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Issues references like {@code INC-2026-0001}: one counter row per series and year, bumped in
 * the caller's transaction. The row lock serialises concurrent issuers, and a rollback returns
 * the number, so references have neither duplicates nor gaps. Past the padding the number just
 * grows ({@code INC-2026-10000}).
 */
@ApplicationScoped
public class ReferenceNumbers {

    private final EntityManager entityManager;

    public ReferenceNumbers(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public String next(String series, int year, int digits) {
        Number value = (Number) entityManager.createNativeQuery("""
                INSERT INTO reference_counter (series, year, last_value) VALUES (:series, :year, 1)
                ON CONFLICT (series, year) DO UPDATE SET last_value = reference_counter.last_value + 1
                RETURNING last_value
                """)
                .setParameter("series", series)
                .setParameter("year", year)
                .getSingleResult();
        return String.format("%s-%d-%0" + digits + "d", series, year, value.longValue());
    }

    /**
     * Makes sure the series never issues {@code value} or below again: for plans carried over
     * with a number of their own. Numbers below it that were never carried over stay unused.
     */
    public void reserveUpTo(String series, int year, long value) {
        entityManager.createNativeQuery("""
                INSERT INTO reference_counter (series, year, last_value) VALUES (:series, :year, :value)
                ON CONFLICT (series, year) DO UPDATE SET last_value = GREATEST(reference_counter.last_value, :value)
                """)
                .setParameter("series", series)
                .setParameter("year", year)
                .setParameter("value", (int) value)
                .executeUpdate();
    }
}
