package io.careops.compliance.certification.domain;

import io.careops.platform.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

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
    /** Role codes of the scheduling service for which a certification of this type is required. */
    @Column(name = "mandatory_roles")
    private String[] mandatoryRoles;

    protected CertificationType() {
        // for JPA
    }

    public static CertificationType define(String code, String name, Integer validityMonths, Integer alertWindowDays,
            boolean critical, Set<String> mandatoryRoles, Instant now) {
        CertificationType type = new CertificationType();
        type.code = code;
        type.active = true;
        type.set(name, validityMonths, alertWindowDays, critical, mandatoryRoles);
        type.created(now);
        return type;
    }

    /**
     * Changes the type. Certifications already recorded keep the expiry and alert window they were
     * given (a certificate's validity is fixed when issued); new ones take the new defaults.
     */
    public void change(String name, Integer validityMonths, Integer alertWindowDays, boolean critical,
            Set<String> mandatoryRoles, boolean active, Instant now) {
        set(name, validityMonths, alertWindowDays, critical, mandatoryRoles);
        this.active = active;
        changed(now);
    }

    private void set(String name, Integer validityMonths, Integer alertWindowDays, boolean critical,
            Set<String> mandatoryRoles) {
        this.name = name.strip();
        this.validityMonths = validityMonths;
        this.alertWindowDays = alertWindowDays == null ? DEFAULT_ALERT_WINDOW_DAYS : alertWindowDays;
        this.critical = critical;
        this.mandatoryRoles = new TreeSet<>(mandatoryRoles == null ? Set.of() : mandatoryRoles).toArray(String[]::new);
    }

    public boolean mandatoryFor(String roleCode) {
        return roleCode != null && mandatoryRoles().contains(roleCode);
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
    public List<String> mandatoryRoles() { return mandatoryRoles == null ? List.of() : List.of(mandatoryRoles); }
}
