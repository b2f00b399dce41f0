package io.careops.compliance.importing;

import io.careops.compliance.certification.domain.CertificationStatus;
import io.careops.platform.importing.ImportBatchResponse;
import io.careops.platform.importing.LegacyImports;
import io.careops.platform.importing.ReconciliationResponse;
import jakarta.persistence.EntityManager;
import io.careops.platform.importing.LegacyImports.Pending;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Stores legacy certifications as they were. The legacy status is not stored (CareOps derives it
 * from the dates on the day it is read); the legacy PENDING meant "pending renewal", not "awaiting
 * evidence", so it does not become CareOps PENDING. An alert the legacy system sent is recorded
 * as delivered, so the alert job does not send it again.
 */
@ApplicationScoped
public class CertificationImportService {

    public static final String MODEL = "scheduling.staffcertification";
    private static final ZoneId ZONE = ZoneId.of("Europe/London");

    private final LegacyImports imports;
    private final Clock clock;
    private final JsonWebToken caller;

    private final EntityManager entityManager;

    public CertificationImportService(LegacyImports imports, Clock clock, JsonWebToken caller, EntityManager entityManager) {
        this.imports = imports;
        this.clock = clock;
        this.caller = caller;
        this.entityManager = entityManager;
    }

    /** Imported certifications per home by type and their status on {@code asOf} (today in the UK when absent). */
    @Transactional
    public ReconciliationResponse reconciliation(LocalDate asOf) {
        LocalDate day = asOf != null ? asOf : LocalDate.now(clock.withZone(ZONE));
        return new ReconciliationResponse(day, ReconciliationResponse.figures(entityManager, "certifications", """
                SELECT c.care_home_id, c.certification_type || '/' || %s, count(*) FROM staff_certification c
                JOIN legacy_key k ON k.legacy_model = 'scheduling.staffcertification' AND k.entity_id = c.id
                GROUP BY 1, 2""".formatted(CertificationStatus.SQL), day));
    }

    @Transactional
    public ImportBatchResponse certifications(List<CertificationImport> records, boolean dryRun) {
        return imports.run(MODEL, "staff-certification", records, dryRun, (c, pending, dry) -> {
            Map<String, Integer> windows = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT code, alert_window_days FROM certification_type");
                    ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    windows.put(rows.getString(1), rows.getInt(2));
                }
            }
            LocalDate today = LocalDate.now(clock.withZone(ZONE));
            Timestamp now = Timestamp.from(clock.instant());
            try (PreparedStatement upsert = c.prepareStatement("""
                    INSERT INTO staff_certification (id, care_home_id, staff_id, staff_number, certification_type, name, issue_date,
                        expiry_date, issuing_body, certificate_number, notes, created_by, renewal_date, alert_window_days,
                        awaiting_evidence, staff_name, staff_role, staff_verified, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, true, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET care_home_id = EXCLUDED.care_home_id, staff_id = EXCLUDED.staff_id,
                        staff_number = EXCLUDED.staff_number, certification_type = EXCLUDED.certification_type,
                        name = EXCLUDED.name, issue_date = EXCLUDED.issue_date, expiry_date = EXCLUDED.expiry_date,
                        issuing_body = EXCLUDED.issuing_body, certificate_number = EXCLUDED.certificate_number,
                        notes = EXCLUDED.notes, renewal_date = EXCLUDED.renewal_date,
                        alert_window_days = EXCLUDED.alert_window_days, staff_name = EXCLUDED.staff_name,
                        staff_role = EXCLUDED.staff_role, updated_at = EXCLUDED.updated_at,
                        version = staff_certification.version + 1""");
                    PreparedStatement alert = c.prepareStatement("""
                    INSERT INTO expiry_alert (id, certification_id, kind, care_home_id, staff_id, staff_number, certification_type,
                        expiry_date, detected_on, recorded_at, recipient, delivery_state, attempts, last_attempt_at, delivered_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'legacy system', 'DELIVERED', 1, ?, ?)
                    ON CONFLICT (certification_id, kind) DO NOTHING""")) {
                for (Pending<CertificationImport> p : pending) {
                    CertificationImport r = p.record();
                    if (r.expiryDate() != null && r.expiryDate().isBefore(r.issueDate())) {
                        p.skip("expires (" + r.expiryDate() + ") before it was issued (" + r.issueDate() + ")");
                        continue;
                    }
                    String type = r.certificationType();
                    if (!windows.containsKey(type)) {
                        p.flag("UNKNOWN_TYPE: legacy type " + type + " is not in the catalogue; recorded as OTHER");
                        type = "OTHER";
                    }
                    int window = r.alertWindowDays() != null ? r.alertWindowDays() : windows.get(type);
                    CertificationStatus status = CertificationStatus.on(today, r.expiryDate(), window, false);
                    if ("PENDING".equals(r.legacyStatus())) {
                        p.flag("LEGACY_PENDING: legacy PENDING meant pending renewal" + (r.renewalDate() != null
                                ? " (renewal date " + r.renewalDate() + ")" : "") + ", not awaiting evidence; on " + today
                                + " the certificate is " + status + " by its dates");
                    } else if (r.legacyStatus() != null && !r.legacyStatus().equals(status.name())) {
                        p.flag("STALE_STATUS: the legacy system stored " + r.legacyStatus() + " when it was saved; on "
                                + today + " it is " + status);
                    }
                    if (r.certificateFile() != null && !r.certificateFile().isBlank()) {
                        p.flag("FILE_MISSING: certificate file " + r.certificateFile() + " is not in the export; upload it again");
                    }
                    String kind = null;
                    LocalDate alertedOn = null;
                    if (r.alertSent()) {
                        if (r.expiryDate() == null) {
                            p.flag("ALERT_WITHOUT_EXPIRY: the legacy system recorded an alert for a certificate that never expires");
                        } else {
                            alertedOn = r.alertSentAt() != null ? r.alertSentAt().atZone(ZONE).toLocalDate() : today;
                            kind = alertedOn.isAfter(r.expiryDate()) ? "EXPIRED" : "EXPIRING_SOON";
                            if (r.alertSentAt() == null) {
                                p.flag("ALERT_TIME_UNKNOWN: the legacy system sent an alert but kept no time; recorded as "
                                        + kind + " on the import day");
                            }
                        }
                    } else if (r.alertSentAt() != null) {
                        p.flag("ALERT_FLAG_INCONSISTENT: alert_sent is false but alert_sent_at is " + r.alertSentAt());
                    }
                    p.careHome(r.careHomeId());
                    if (dry) {
                        continue;
                    }
                    int i = 0;
                    upsert.setObject(++i, p.id());
                    upsert.setObject(++i, r.careHomeId());
                    upsert.setObject(++i, r.staffId());
                    upsert.setString(++i, r.staffNumber());
                    upsert.setString(++i, type);
                    upsert.setString(++i, r.name());
                    upsert.setDate(++i, Date.valueOf(r.issueDate()));
                    upsert.setDate(++i, r.expiryDate() == null ? null : Date.valueOf(r.expiryDate()));
                    upsert.setString(++i, r.issuingBody());
                    upsert.setString(++i, r.certificateNumber());
                    upsert.setString(++i, r.notes());
                    upsert.setString(++i, "legacy-import:" + caller.getName());
                    upsert.setDate(++i, r.renewalDate() == null ? null : Date.valueOf(r.renewalDate()));
                    upsert.setInt(++i, window);
                    upsert.setString(++i, r.staffName());
                    upsert.setString(++i, r.staffRole());
                    upsert.setTimestamp(++i, now);
                    upsert.setTimestamp(++i, now);
                    upsert.addBatch();
                    if (kind != null) {
                        Instant at = r.alertSentAt() != null ? r.alertSentAt() : clock.instant();
                        int j = 0;
                        alert.setObject(++j, UUID.nameUUIDFromBytes(("legacy-alert:" + p.id() + ":" + kind).getBytes(StandardCharsets.UTF_8)));
                        alert.setObject(++j, p.id());
                        alert.setString(++j, kind);
                        alert.setObject(++j, r.careHomeId());
                        alert.setObject(++j, r.staffId());
                        alert.setString(++j, r.staffNumber());
                        alert.setString(++j, type);
                        alert.setDate(++j, Date.valueOf(r.expiryDate()));
                        alert.setDate(++j, Date.valueOf(alertedOn));
                        alert.setTimestamp(++j, Timestamp.from(at));
                        alert.setTimestamp(++j, Timestamp.from(at));
                        alert.setTimestamp(++j, Timestamp.from(at));
                        alert.addBatch();
                    }
                }
                if (!dry) {
                    upsert.executeBatch();
                    alert.executeBatch();
                }
            }
        });
    }

}
