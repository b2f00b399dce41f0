package io.careops.compliance.certification.domain;

import io.careops.platform.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A kind of certification, and how long one stays valid. */
@Entity
@Table(name = "certification_type")
public class CertificationType extends AuditedEntity {

    public static final int DEFAULT_ALERT_WINDOW_DAYS = 30;

    @Id
    private String code;
    private String name;
    @Column(name = "validity_months")
    private Integer validityMonths;
    @Column(name = "alert_window_days")
    private int alertWindowDays;
    private boolean critical;
    private boolean active;

    protected CertificationType() {
        // for JPA
    }

    public static CertificationType define(String code, String name, Integer validityMonths, Integer alertWindowDays,
            boolean critical, Instant now) {
        CertificationType type = new CertificationType();
        type.code = code;
        type.name = name.strip();
        type.validityMonths = validityMonths;
        type.alertWindowDays = alertWindowDays == null ? DEFAULT_ALERT_WINDOW_DAYS : alertWindowDays;
        type.critical = critical;
        type.active = true;
        type.created(now);
        return type;
    }

    /** The expiry of a certificate issued on {@code issued}, or empty when this type never expires. */
    public Optional<LocalDate> expiryFor(LocalDate issued) {
        return Optional.ofNullable(validityMonths).map(issued::plusMonths);
    }

    public String code() { return code; }
    public String name() { return name; }
    public Optional<Integer> validityMonths() { return Optional.ofNullable(validityMonths); }
    public int alertWindowDays() { return alertWindowDays; }
    public boolean critical() { return critical; }
    public boolean active() { return active; }
}
