package io.careops.compliance.certification.domain;

import io.careops.platform.persistence.AuditedEntity;
import io.careops.platform.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A certification one staff member holds. Its status is never stored: it depends on the day asked. */
@Entity
@Table(name = "staff_certification")
public class StaffCertification extends AuditedEntity {

    @Id
    private UUID id;
    @Column(name = "care_home_id")
    private UUID careHomeId;
    @Column(name = "staff_id")
    private UUID staffId;
    @Column(name = "staff_number")
    private String staffNumber;
    @Column(name = "certification_type")
    private String certificationType;
    private String name;
    @Column(name = "issue_date")
    private LocalDate issueDate;
    @Column(name = "expiry_date")
    private LocalDate expiryDate;
    @Column(name = "issuing_body")
    private String issuingBody;
    @Column(name = "certificate_number")
    private String certificateNumber;
    private String notes;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "renewal_date")
    private LocalDate renewalDate;
    @Column(name = "alert_window_days")
    private Integer alertWindowDays;
    @Column(name = "awaiting_evidence")
    private boolean awaitingEvidence;
    @Column(name = "staff_name")
    private String staffName;
    @Column(name = "staff_role")
    private String staffRole;
    @Column(name = "staff_verified")
    private boolean staffVerified;
    @Column(name = "superseded_by")
    private UUID supersededBy;
    @Column(name = "superseded_at")
    private Instant supersededAt;
    @Column(name = "submitted_by_staff")
    private boolean submittedByStaff;
    @Column(name = "verified_by")
    private String verifiedBy;
    @Column(name = "verified_at")
    private Instant verifiedAt;
    @Column(name = "rejected_by")
    private String rejectedBy;
    @Column(name = "rejected_at")
    private Instant rejectedAt;
    @Column(name = "rejection_reason")
    private String rejectionReason;

    protected StaffCertification() {
        // for JPA
    }

    public record Record(UUID careHomeId, UUID staffId, String staffNumber, String name, LocalDate issueDate,
            LocalDate expiryDate, LocalDate renewalDate, String issuingBody, String certificateNumber,
            Integer alertWindowDays, boolean awaitingEvidence, String notes) {

        /** The same certificate details for another care home and person (a renewal keeps both). */
        public Record forHolder(UUID home, UUID staff, String number) {
            return new Record(home, staff, number, name, issueDate, expiryDate, renewalDate, issuingBody,
                    certificateNumber, alertWindowDays, awaitingEvidence, notes);
        }
    }

    /** Who holds it, as the scheduling service described them when it was recorded (if it answered). */
    public record StaffSnapshot(String name, String roleCode, boolean verified) {
        public static final StaffSnapshot UNVERIFIED = new StaffSnapshot(null, null, false);
    }

    /** Expiry defaults to the issue date plus the type's validity; it can never precede the issue. */
    public static StaffCertification record(CertificationType type, Record record, StaffSnapshot holder,
            String createdBy, LocalDate today, Instant now) {
        if (record.issueDate().isAfter(today)) {
            throw ProblemException.ruleViolation("issueDate", "a certificate cannot be issued in the future");
        }
        LocalDate expiry = record.expiryDate() != null ? record.expiryDate() : type.expiryFor(record.issueDate()).orElse(null);
        if (expiry != null && expiry.isBefore(record.issueDate())) {
            throw ProblemException.ruleViolation("expiryDate", "expiry " + expiry + " is before issue " + record.issueDate());
        }
        StaffCertification certification = new StaffCertification();
        certification.id = UUID.randomUUID();
        certification.careHomeId = record.careHomeId();
        certification.staffId = record.staffId();
        certification.staffNumber = record.staffNumber();
        certification.certificationType = type.code();
        certification.name = record.name() == null || record.name().isBlank() ? type.name() : record.name().strip();
        certification.issueDate = record.issueDate();
        certification.expiryDate = expiry;
        certification.issuingBody = record.issuingBody();
        certification.certificateNumber = record.certificateNumber();
        certification.notes = record.notes();
        certification.createdBy = createdBy;
        certification.renewalDate = record.renewalDate();
        certification.alertWindowDays = record.alertWindowDays() != null ? record.alertWindowDays() : type.alertWindowDays();
        certification.awaitingEvidence = record.awaitingEvidence();
        certification.staffName = holder.name();
        certification.staffRole = holder.roleCode();
        certification.staffVerified = holder.verified();
        certification.created(now);
        return certification;
    }

    /**
     * Records the renewal of this certification: a new certification of the same type for the same
     * person, which supersedes this one. This one stays, as history.
     */
    public StaffCertification renewWith(CertificationType type, Record renewal, StaffSnapshot holder, String createdBy,
            LocalDate today, Instant now) {
        if (supersededBy != null) {
            throw ProblemException.conflict("Certification " + id + " was already renewed by " + supersededBy);
        }
        if (renewal.issueDate().isBefore(issueDate)) {
            throw ProblemException.ruleViolation("issueDate", "a renewal cannot be issued before the certificate it renews ("
                    + issueDate + ")");
        }
        StaffCertification next = record(type, renewal.forHolder(careHomeId, staffId, staffNumber), holder, createdBy,
                today, now);
        this.supersededBy = next.id;
        this.supersededAt = now;
        if (this.renewalDate == null) {
            this.renewalDate = renewal.issueDate();
        }
        changed(now);
        return next;
    }

    /**
     * A staff member's own evidence: recorded PENDING (awaiting a manager's verification), so it
     * never counts as valid until verified.
     */
    public static StaffCertification submitByStaff(CertificationType type, Record record, StaffSnapshot holder,
            String submittedBy, LocalDate today, Instant now) {
        Record pending = new Record(record.careHomeId(), record.staffId(), record.staffNumber(), record.name(),
                record.issueDate(), record.expiryDate(), null, record.issuingBody(), record.certificateNumber(), null, true,
                record.notes());
        StaffCertification certification = record(type, pending, holder, submittedBy, today, now);
        certification.submittedByStaff = true;
        return certification;
    }

    /** A manager checked the evidence: it now counts by its dates (VALID, EXPIRING_SOON or EXPIRED). */
    public void verify(String by, Instant now) {
        requireAwaitingDecision();
        this.awaitingEvidence = false;
        this.verifiedBy = by;
        this.verifiedAt = now;
        changed(now);
    }

    /** A manager rejected the evidence: kept, with the reason, but it never counts and is no longer PENDING. */
    public void reject(String reason, String by, Instant now) {
        requireAwaitingDecision();
        this.rejectedBy = by;
        this.rejectedAt = now;
        this.rejectionReason = reason.strip();
        changed(now);
    }

    private void requireAwaitingDecision() {
        if (rejectedAt != null) {
            throw ProblemException.conflict("Certification " + id + " was already rejected");
        }
        if (!awaitingEvidence) {
            throw ProblemException.conflict("Certification " + id + " is not awaiting verification");
        }
        if (supersededBy != null) {
            throw ProblemException.conflict("Certification " + id + " was renewed by " + supersededBy);
        }
    }

    /** The evidence arrived: no longer PENDING. */
    public void evidenceReceived(Instant now) {
        if (rejectedAt != null) {
            throw ProblemException.conflict("Certification " + id + " was rejected; submit it again");
        }
        this.awaitingEvidence = false;
        changed(now);
    }

    public CertificationStatus statusOn(LocalDate asOf) {
        return CertificationStatus.on(asOf, expiryDate, alertWindowDays(), awaitingEvidence, rejectedAt != null);
    }

    public UUID id() { return id; }
    public UUID careHomeId() { return careHomeId; }
    public UUID staffId() { return staffId; }
    public String staffNumber() { return staffNumber; }
    public String certificationType() { return certificationType; }
    public String name() { return name; }
    public LocalDate issueDate() { return issueDate; }
    public LocalDate expiryDate() { return expiryDate; }
    public String issuingBody() { return issuingBody; }
    public String certificateNumber() { return certificateNumber; }
    public String notes() { return notes; }
    public String createdBy() { return createdBy; }
    public LocalDate renewalDate() { return renewalDate; }
    public int alertWindowDays() { return alertWindowDays == null ? CertificationType.DEFAULT_ALERT_WINDOW_DAYS : alertWindowDays; }
    public boolean awaitingEvidence() { return awaitingEvidence; }
    public String staffName() { return staffName; }
    public String staffRole() { return staffRole; }
    public boolean staffVerified() { return staffVerified; }
    public UUID supersededBy() { return supersededBy; }
    public Instant supersededAt() { return supersededAt; }
    public boolean submittedByStaff() { return submittedByStaff; }
    public String verifiedBy() { return verifiedBy; }
    public Instant verifiedAt() { return verifiedAt; }
    public String rejectedBy() { return rejectedBy; }
    public Instant rejectedAt() { return rejectedAt; }
    public String rejectionReason() { return rejectionReason; }
}
