package io.careops.scheduling.agency.domain;

import io.careops.platform.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A staffing agency the homes book workers from, with what it charges by day and by night. */
@Entity
@Table(name = "agency_company")
public class AgencyCompany extends AuditedEntity {

    @Id
    private UUID id;
    private String name;
    @Column(name = "contact_person")
    private String contactPerson;
    @Column(name = "contact_email")
    private String contactEmail;
    @Column(name = "contact_phone")
    private String contactPhone;
    @Column(name = "account_number")
    private String accountNumber;
    private String notes;
    @Column(name = "day_hourly_rate")
    private BigDecimal dayHourlyRate;
    @Column(name = "night_hourly_rate")
    private BigDecimal nightHourlyRate;
    private boolean active;

    protected AgencyCompany() {
        // for JPA
    }

    public record Contact(String person, String email, String phone, String accountNumber, String notes) {
    }

    public static AgencyCompany engage(String name, Contact contact, BigDecimal dayRate, BigDecimal nightRate,
            Instant now) {
        AgencyCompany company = new AgencyCompany();
        company.id = UUID.randomUUID();
        company.name = name.strip();
        company.contactPerson = contact.person();
        company.contactEmail = contact.email();
        company.contactPhone = contact.phone();
        company.accountNumber = contact.accountNumber();
        company.notes = contact.notes();
        company.dayHourlyRate = dayRate;
        company.nightHourlyRate = nightRate;
        company.active = true;
        company.created(now);
        return company;
    }

    /** Name, contact, rates (planned shifts keep the rate they were charged), or deactivation; null stays. */
    public void change(String name, Contact contact, BigDecimal dayRate, BigDecimal nightRate, Boolean active,
            Instant now) {
        if (name != null) {
            this.name = name.strip();
        }
        if (contact != null) {
            if (contact.person() != null) {
                contactPerson = contact.person();
            }
            if (contact.email() != null) {
                contactEmail = contact.email();
            }
            if (contact.phone() != null) {
                contactPhone = contact.phone();
            }
            if (contact.accountNumber() != null) {
                accountNumber = contact.accountNumber();
            }
            if (contact.notes() != null) {
                notes = contact.notes();
            }
        }
        if (dayRate != null) {
            dayHourlyRate = dayRate;
        }
        if (nightRate != null) {
            nightHourlyRate = nightRate;
        }
        if (active != null) {
            this.active = active;
        }
        changed(now);
    }

    /** What an hour costs on a shift of the given period. */
    public BigDecimal hourlyRate(boolean night) {
        return night ? nightHourlyRate : dayHourlyRate;
    }

    public UUID id() { return id; }
    public String name() { return name; }
    public Contact contact() { return new Contact(contactPerson, contactEmail, contactPhone, accountNumber, notes); }
    public BigDecimal dayHourlyRate() { return dayHourlyRate; }
    public BigDecimal nightHourlyRate() { return nightHourlyRate; }
    public boolean active() { return active; }
}
