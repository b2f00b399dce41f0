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

    protected StaffCertification() {
        // for JPA
    }

    public record Record(UUID careHomeId, UUID staffId, String staffNumber, String name, LocalDate issueDate,
            LocalDate expiryDate, String issuingBody, String certificateNumber, String notes) {
    }

    /** Expiry defaults to the issue date plus the type's validity; it can never precede the issue. */
    public static StaffCertification record(CertificationType type, Record record, String createdBy, LocalDate today,
            Instant now) {
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
        certification.created(now);
        return certification;
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
}
