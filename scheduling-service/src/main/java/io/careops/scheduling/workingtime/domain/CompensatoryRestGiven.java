package io.careops.scheduling.workingtime.domain;

import io.careops.platform.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The record that compensatory rest owed for one shortfall was given. */
@Entity
@Table(name = "compensatory_rest_given")
public class CompensatoryRestGiven extends AuditedEntity {

    @Id
    private UUID id;
    @Column(name = "staff_id")
    private UUID staffId;
    @Column(name = "care_home_id")
    private UUID careHomeId;
    @Column(name = "shortfall_key")
    private String shortfallKey;
    @Column(name = "arises_on")
    private LocalDate arisesOn;
    private int minutes;
    @Column(name = "given_on")
    private LocalDate givenOn;
    private String note;
    @Column(name = "recorded_by")
    private String recordedBy;

    protected CompensatoryRestGiven() {
        // for JPA
    }

    public static CompensatoryRestGiven record(UUID staffId, UUID careHomeId, CompensatoryRest owed, LocalDate givenOn,
            String note, String by, Instant now) {
        CompensatoryRestGiven given = new CompensatoryRestGiven();
        given.id = UUID.randomUUID();
        given.staffId = staffId;
        given.careHomeId = careHomeId;
        given.shortfallKey = owed.key();
        given.arisesOn = owed.arisesOn();
        given.minutes = Math.toIntExact(owed.minutes());
        given.givenOn = givenOn;
        given.note = note;
        given.recordedBy = by;
        given.created(now);
        return given;
    }

    public UUID id() { return id; }
    public UUID staffId() { return staffId; }
    public UUID careHomeId() { return careHomeId; }
    public String shortfallKey() { return shortfallKey; }
    public LocalDate arisesOn() { return arisesOn; }
    public int minutes() { return minutes; }
    public LocalDate givenOn() { return givenOn; }
    public String note() { return note; }
    public String recordedBy() { return recordedBy; }
}
