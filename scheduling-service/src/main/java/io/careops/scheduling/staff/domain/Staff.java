package io.careops.scheduling.staff.domain;

import io.careops.platform.persistence.AuditedEntity;
import io.careops.platform.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

/** A member of staff of one care home. */
@Entity
@Table(name = "staff")
public class Staff extends AuditedEntity {

    /** Working Time Regulations: a young worker is under 18. */
    public static final int ADULT_AGE = 18;

    @Id
    private UUID id;
    @Column(name = "staff_number")
    private String staffNumber;
    @Column(name = "first_name")
    private String firstName;
    @Column(name = "last_name")
    private String lastName;
    private String email;
    private String phone;
    @Column(name = "role_code")
    private String roleCode;
    @Column(name = "care_home_id")
    private UUID careHomeId;
    @Column(name = "home_unit_id")
    private UUID homeUnitId;
    @Column(name = "assigned_unit_id")
    private UUID assignedUnitId;
    @Enumerated(EnumType.STRING)
    private Team team;
    @Column(name = "contracted_hours_per_week")
    private BigDecimal contractedHoursPerWeek;
    @Column(name = "hourly_rate")
    private BigDecimal hourlyRate;
    @Column(name = "annual_leave_days")
    private Integer annualLeaveDays;
    @Column(name = "shifts_per_week")
    private Integer shiftsPerWeek;
    @Column(name = "shift_preference")
    private String shiftPreference;
    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;
    @Column(name = "night_worker")
    private boolean nightWorker;
    /** The contract provides for work after 22:00: a young worker's restricted period is then 23:00-07:00 (reg 2, reg 6A). */
    @Column(name = "contracted_after_22")
    private boolean contractedToWorkAfter22;
    @Column(name = "wtr_opt_out_signed_on")
    private LocalDate optOutSignedOn;
    @Column(name = "wtr_opt_out_ended_on")
    private LocalDate optOutEndedOn;
    @Column(name = "employment_start")
    private LocalDate employmentStart;
    @Column(name = "employment_end")
    private LocalDate employmentEnd;
    private boolean active;

    protected Staff() {
        // for JPA
    }

    public record Hiring(String staffNumber, String firstName, String lastName, String email, String roleCode,
            UUID careHomeId, UUID homeUnitId, Team team, BigDecimal contractedHoursPerWeek, BigDecimal hourlyRate,
            String shiftPreference, LocalDate dateOfBirth, boolean nightWorker, LocalDate optOutSignedOn,
            LocalDate optOutEndedOn, LocalDate employmentStart, LocalDate employmentEnd, Extras extras,
            boolean contractedToWorkAfter22) {

        public Hiring(String staffNumber, String firstName, String lastName, String email, String roleCode,
                UUID careHomeId, UUID homeUnitId, Team team, BigDecimal contractedHoursPerWeek, BigDecimal hourlyRate,
                String shiftPreference, LocalDate dateOfBirth, boolean nightWorker, LocalDate optOutSignedOn,
                LocalDate optOutEndedOn, LocalDate employmentStart, LocalDate employmentEnd, Extras extras) {
            this(staffNumber, firstName, lastName, email, roleCode, careHomeId, homeUnitId, team, contractedHoursPerWeek,
                    hourlyRate, shiftPreference, dateOfBirth, nightWorker, optOutSignedOn, optOutEndedOn, employmentStart,
                    employmentEnd, extras, false);
        }
    }

    /** Details carried over from the legacy record; all optional. */
    public record Extras(String phone, Integer annualLeaveDays, Integer shiftsPerWeek, UUID assignedUnitId) {

        public static final Extras NONE = new Extras(null, null, null, null);
    }

    public static Staff hire(Hiring hiring, Instant now) {
        requireDatesInOrder(hiring.employmentStart(), hiring.employmentEnd(), hiring.optOutSignedOn(),
                hiring.optOutEndedOn());
        Staff staff = new Staff();
        staff.id = UUID.randomUUID();
        staff.staffNumber = hiring.staffNumber();
        staff.firstName = hiring.firstName().strip();
        staff.lastName = hiring.lastName().strip();
        staff.email = hiring.email();
        staff.roleCode = hiring.roleCode();
        staff.careHomeId = hiring.careHomeId();
        staff.homeUnitId = hiring.homeUnitId();
        staff.team = hiring.team();
        staff.contractedHoursPerWeek = hiring.contractedHoursPerWeek();
        staff.hourlyRate = hiring.hourlyRate();
        staff.shiftPreference = hiring.shiftPreference();
        staff.dateOfBirth = hiring.dateOfBirth();
        staff.nightWorker = hiring.nightWorker();
        staff.contractedToWorkAfter22 = hiring.contractedToWorkAfter22();
        staff.optOutSignedOn = hiring.optOutSignedOn();
        staff.optOutEndedOn = hiring.optOutEndedOn();
        staff.employmentStart = hiring.employmentStart();
        staff.employmentEnd = hiring.employmentEnd();
        Extras extras = hiring.extras() == null ? Extras.NONE : hiring.extras();
        staff.phone = extras.phone();
        staff.annualLeaveDays = extras.annualLeaveDays();
        staff.shiftsPerWeek = extras.shiftsPerWeek();
        staff.assignedUnitId = extras.assignedUnitId();
        staff.active = true;
        staff.created(now);
        return staff;
    }

    /**
     * What can change about someone after they were taken on; a null leaves that detail as it is.
     * Clearing an end date is done by setting a later one, never by erasing history.
     */
    public record Change(String roleCode, UUID homeUnitId, Team team, BigDecimal contractedHoursPerWeek,
            BigDecimal hourlyRate, String shiftPreference, Boolean nightWorker, LocalDate optOutSignedOn,
            LocalDate optOutEndedOn, LocalDate employmentEnd, Boolean active, String email, String phone,
            Integer annualLeaveDays, Integer shiftsPerWeek, UUID assignedUnitId, LocalDate dateOfBirth,
            Boolean contractedToWorkAfter22) {

        public Change(String roleCode, UUID homeUnitId, Team team, BigDecimal contractedHoursPerWeek,
                BigDecimal hourlyRate, String shiftPreference, Boolean nightWorker, LocalDate optOutSignedOn,
                LocalDate optOutEndedOn, LocalDate employmentEnd, Boolean active, String email, String phone,
                Integer annualLeaveDays, Integer shiftsPerWeek, UUID assignedUnitId) {
            this(roleCode, homeUnitId, team, contractedHoursPerWeek, hourlyRate, shiftPreference, nightWorker,
                    optOutSignedOn, optOutEndedOn, employmentEnd, active, email, phone, annualLeaveDays, shiftsPerWeek,
                    assignedUnitId, null, null);
        }
    }

    public void change(Change change, Instant now) {
        LocalDate newEnd = orKeep(change.employmentEnd(), employmentEnd);
        LocalDate signed = orKeep(change.optOutSignedOn(), optOutSignedOn);
        LocalDate ended = orKeep(change.optOutEndedOn(), optOutEndedOn);
        requireDatesInOrder(employmentStart, newEnd, signed, ended);
        roleCode = orKeep(change.roleCode(), roleCode);
        homeUnitId = orKeep(change.homeUnitId(), homeUnitId);
        team = orKeep(change.team(), team);
        contractedHoursPerWeek = orKeep(change.contractedHoursPerWeek(), contractedHoursPerWeek);
        hourlyRate = orKeep(change.hourlyRate(), hourlyRate);
        shiftPreference = orKeep(change.shiftPreference(), shiftPreference);
        nightWorker = orKeep(change.nightWorker(), nightWorker);
        contractedToWorkAfter22 = orKeep(change.contractedToWorkAfter22(), contractedToWorkAfter22);
        dateOfBirth = orKeep(change.dateOfBirth(), dateOfBirth);
        optOutSignedOn = signed;
        optOutEndedOn = ended;
        employmentEnd = newEnd;
        active = orKeep(change.active(), active);
        email = orKeep(change.email(), email);
        phone = orKeep(change.phone(), phone);
        annualLeaveDays = orKeep(change.annualLeaveDays(), annualLeaveDays);
        shiftsPerWeek = orKeep(change.shiftsPerWeek(), shiftsPerWeek);
        assignedUnitId = orKeep(change.assignedUnitId(), assignedUnitId);
        changed(now);
    }

    private static void requireDatesInOrder(LocalDate employmentStart, LocalDate employmentEnd,
            LocalDate optOutSignedOn, LocalDate optOutEndedOn) {
        if (employmentEnd != null && employmentEnd.isBefore(employmentStart)) {
            throw ProblemException.ruleViolation("employmentEnd", "employment cannot end before it starts");
        }
        if (optOutEndedOn != null && (optOutSignedOn == null || optOutEndedOn.isBefore(optOutSignedOn))) {
            throw ProblemException.ruleViolation("optOutEndedOn", "an opt-out can only end after it was signed");
        }
    }

    private static <T> T orKeep(T changed, T current) {
        return changed != null ? changed : current;
    }

    /** Employed and active on that day: the first and last day of employment both count. */
    public boolean employedOn(LocalDate day) {
        return active && !day.isBefore(employmentStart) && (employmentEnd == null || !day.isAfter(employmentEnd));
    }

    /** Under 18 on that day; unknown birth dates count as adult. */
    public boolean youngWorkerOn(LocalDate day) {
        return dateOfBirth != null && Period.between(dateOfBirth, day).getYears() < ADULT_AGE;
    }

    /** The 48-hour opt-out (reg 5) is in force from the day it was signed until the day it ended. */
    public boolean optedOutOn(LocalDate day) {
        return optOutSignedOn != null && !day.isBefore(optOutSignedOn) && (optOutEndedOn == null || day.isBefore(optOutEndedOn));
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public UUID id() { return id; }
    public String staffNumber() { return staffNumber; }
    public String firstName() { return firstName; }
    public String lastName() { return lastName; }
    public String email() { return email; }
    public String roleCode() { return roleCode; }
    public UUID careHomeId() { return careHomeId; }
    public UUID homeUnitId() { return homeUnitId; }
    public Team team() { return team; }
    public BigDecimal contractedHoursPerWeek() { return contractedHoursPerWeek; }
    public BigDecimal hourlyRate() { return hourlyRate; }
    public String shiftPreference() { return shiftPreference; }
    public LocalDate dateOfBirth() { return dateOfBirth; }
    public boolean nightWorker() { return nightWorker; }
    public boolean contractedToWorkAfter22() { return contractedToWorkAfter22; }
    public LocalDate optOutSignedOn() { return optOutSignedOn; }
    public LocalDate optOutEndedOn() { return optOutEndedOn; }
    public LocalDate employmentStart() { return employmentStart; }
    public LocalDate employmentEnd() { return employmentEnd; }
    public boolean active() { return active; }
    public Extras extras() { return new Extras(phone, annualLeaveDays, shiftsPerWeek, assignedUnitId); }
}
