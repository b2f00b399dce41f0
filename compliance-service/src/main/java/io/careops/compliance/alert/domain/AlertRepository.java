package io.careops.compliance.alert.domain;

import io.careops.compliance.certification.domain.CertificationStatus;
import io.careops.platform.paging.QueryFilter;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class AlertRepository implements PanacheRepositoryBase<ExpiryAlert, UUID> {

    /**
     * Records an alert for every current certification that is expiring soon or expired on
     * {@code asOf} and has no alert for that state yet, in one statement. Two runs at once (two
     * replicas, or a manual run during the scheduled one) cannot both insert: the unique key
     * (certification_id, kind) makes the second wait for the first and then insert nothing.
     *
     * @return the alerts recorded: id, kind, certification id, care home id, staff id, staff number,
     *         certification type, expiry date
     */
    public List<Object[]> recordDue(LocalDate asOf, String recipient, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                WITH inserted AS (
                    INSERT INTO expiry_alert (id, certification_id, kind, care_home_id, staff_id, staff_number,
                                              certification_type, expiry_date, detected_on, recorded_at, recipient,
                                              delivery_state, next_attempt_at)
                    SELECT gen_random_uuid(), due.id, due.status, due.care_home_id, due.staff_id, due.staff_number,
                           due.certification_type, due.expiry_date, CAST(:asOf AS date), :now, NULLIF(:recipient, ''),
                           CASE WHEN :recipient = '' THEN 'NOT_CONFIGURED' ELSE 'PENDING' END,
                           CASE WHEN :recipient = '' THEN NULL ELSE CAST(:now AS timestamptz) END
                    FROM (SELECT c.*, %s AS status FROM staff_certification c
                          WHERE c.superseded_by IS NULL AND c.expiry_date IS NOT NULL
                            AND c.expiry_date - COALESCE(c.alert_window_days, 30) <= CAST(:asOf AS date)) due
                    WHERE due.status IN ('EXPIRING_SOON', 'EXPIRED')
                    ON CONFLICT (certification_id, kind) DO NOTHING
                    RETURNING id, kind, certification_id, care_home_id, staff_id, staff_number, certification_type, expiry_date)
                SELECT id, kind, certification_id, care_home_id, staff_id, staff_number, certification_type, expiry_date
                FROM inserted ORDER BY kind, id""".formatted(CertificationStatus.SQL))
                .setParameter("asOf", asOf).setParameter("now", now).setParameter("recipient", recipient == null ? "" : recipient)
                .getResultList();
        return rows;
    }

    /**
     * Claims up to {@code limit} alerts due for delivery by pushing their next attempt past a
     * lease, so another replica's delivery run skips them (SKIP LOCKED while this one claims).
     */
    public List<UUID> claimDue(Instant now, Instant leaseUntil, int limit) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = getEntityManager().createNativeQuery("""
                UPDATE expiry_alert SET next_attempt_at = :leaseUntil
                WHERE id IN (SELECT id FROM expiry_alert
                             WHERE delivery_state = 'PENDING' AND next_attempt_at <= :now
                             ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED)
                RETURNING id""", UUID.class)
                .setParameter("leaseUntil", leaseUntil).setParameter("now", now).setParameter("limit", limit)
                .getResultList();
        return ids;
    }

    public PanacheQuery<ExpiryAlert> search(Optional<Set<UUID>> visibleHomes, UUID careHomeId, UUID certificationId,
            ExpiryAlert.Kind kind, ExpiryAlert.DeliveryState state) {
        QueryFilter filter = QueryFilter.scopedTo("careHomeId", visibleHomes).equal("careHomeId", careHomeId)
                .equal("certificationId", certificationId).equal("kind", kind == null ? null : kind.name())
                .equal("deliveryState", state == null ? null : state.name());
        return find(filter.where(), Sort.descending("recordedAt").and("id"), filter.parameters());
    }
}
