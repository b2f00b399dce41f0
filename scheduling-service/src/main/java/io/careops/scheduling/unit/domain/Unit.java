package io.careops.scheduling.unit.domain;

import io.careops.platform.persistence.AuditedEntity;
import io.careops.platform.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A unit (wing) of a care home, with the staffing it must have and should have per period. */
@Entity
@Table(name = "unit")
public class Unit extends AuditedEntity {

    /** Legacy defaults (docs/domain.md section 1). */
    public static final Staffing DEFAULT_STAFFING = new Staffing(2, 1, 2, 3, 2);

    @Id
    private UUID id;
    @Column(name = "care_home_id")
    private UUID careHomeId;
    private String name;
    private String description;
    @Column(name = "min_day_staff")
    private int minDayStaff;
    @Column(name = "min_night_staff")
    private int minNightStaff;
    @Column(name = "min_weekend_staff")
    private int minWeekendStaff;
    @Column(name = "ideal_day_staff")
    private int idealDayStaff;
    @Column(name = "ideal_night_staff")
    private int idealNightStaff;
    private boolean active;

    protected Unit() {
        // for JPA
    }

    /** Minimum and ideal headcount; the ideal can never be below the minimum. */
    public record Staffing(int minDay, int minNight, int minWeekend, int idealDay, int idealNight) {

        public Staffing {
            if (idealDay < minDay) {
                throw ProblemException.ruleViolation("idealDayStaff",
                        "ideal day staff " + idealDay + " is below the minimum " + minDay);
            }
            if (idealNight < minNight) {
                throw ProblemException.ruleViolation("idealNightStaff",
                        "ideal night staff " + idealNight + " is below the minimum " + minNight);
            }
        }
    }

    /** Name, description, staffing floors and targets (whole), or deactivation; null stays. */
    public void change(String name, String description, Staffing staffing, Boolean active, Instant now) {
        if (name != null) {
            this.name = name.strip();
        }
        if (description != null) {
            this.description = description;
        }
        if (staffing != null) {
            minDayStaff = staffing.minDay();
            minNightStaff = staffing.minNight();
            minWeekendStaff = staffing.minWeekend();
            idealDayStaff = staffing.idealDay();
            idealNightStaff = staffing.idealNight();
        }
        if (active != null) {
            this.active = active;
        }
        changed(now);
    }

    public static Unit open(UUID careHomeId, String name, String description, Staffing staffing, Instant now) {
        Unit unit = new Unit();
        unit.id = UUID.randomUUID();
        unit.careHomeId = careHomeId;
        unit.name = name.strip();
        unit.description = description;
        unit.minDayStaff = staffing.minDay();
        unit.minNightStaff = staffing.minNight();
        unit.minWeekendStaff = staffing.minWeekend();
        unit.idealDayStaff = staffing.idealDay();
        unit.idealNightStaff = staffing.idealNight();
        unit.active = true;
        unit.created(now);
        return unit;
    }

    public UUID id() { return id; }
    public UUID careHomeId() { return careHomeId; }
    public String name() { return name; }
    public String description() { return description; }
    public Staffing staffing() {
        return new Staffing(minDayStaff, minNightStaff, minWeekendStaff, idealDayStaff, idealNightStaff);
    }
    public boolean active() { return active; }
}
