package io.careops.scheduling.carehome.domain;

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
import java.time.ZoneId;
import java.util.UUID;

/** A registered care home service: the root every unit, staff member and shift belongs to. */
@Entity
@Table(name = "care_home")
public class CareHome extends AuditedEntity {

    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Europe/London");
    /** Legacy defaults, in pounds a month (docs/domain.md section 1). */
    public static final BigDecimal DEFAULT_AGENCY_BUDGET = new BigDecimal("9000.00");
    public static final BigDecimal DEFAULT_OVERTIME_BUDGET = new BigDecimal("5000.00");

    @Id
    private UUID id;
    private String name;
    private String code;
    @Column(name = "service_number")
    private String serviceNumber;
    @Column(name = "registration_number")
    private String registrationNumber;
    @Enumerated(EnumType.STRING)
    @Column(name = "client_group")
    private ClientGroup clientGroup;
    @Column(name = "bed_capacity")
    private int bedCapacity;
    private int occupancy;
    private String address;
    private String postcode;
    private String phone;
    private String email;
    @Column(name = "opened_on")
    private java.time.LocalDate openedOn;
    @Column(name = "time_zone")
    private String timeZone;
    @Column(name = "agency_budget_monthly")
    private BigDecimal agencyBudgetMonthly;
    @Column(name = "overtime_budget_monthly")
    private BigDecimal overtimeBudgetMonthly;
    private boolean active;
    @Column(name = "working_time_reference_weeks")
    private int workingTimeReferenceWeeks;
    @Column(name = "working_time_special_case")
    private boolean workingTimeSpecialCase;

    protected CareHome() {
        // for JPA
    }

    /** What a care home is registered with; budgets and zone may be left to their defaults. */
    public record Registration(String name, String code, String serviceNumber, ClientGroup clientGroup,
            int bedCapacity, int occupancy, String address, String postcode, ZoneId timeZone,
            BigDecimal agencyBudgetMonthly, BigDecimal overtimeBudgetMonthly, Contact contact, WorkingTime workingTime) {
    }

    /** Contact and registration details carried over from the legacy record; all optional. */
    /**
     * How the Working Time Regulations apply: the weeks the averages run over (26 where reg 21
     * applies, as in residential care; 17 otherwise) and whether reg 21 lets adults' rest and
     * breaks be set aside for compensatory rest.
     */
    public record WorkingTime(int referenceWeeks, boolean specialCase) {

        public static final WorkingTime RESIDENTIAL_CARE = new WorkingTime(26, true);
    }

    public record Contact(String registrationNumber, String phone, String email, java.time.LocalDate openedOn) {

        public static final Contact NONE = new Contact(null, null, null, null);
    }

    public static CareHome register(Registration registration, Instant now) {
        CareHome home = new CareHome();
        home.id = UUID.randomUUID();
        home.name = registration.name().strip();
        home.code = registration.code();
        home.serviceNumber = registration.serviceNumber();
        home.clientGroup = registration.clientGroup() == null ? ClientGroup.OLDER_PEOPLE : registration.clientGroup();
        home.changeBeds(registration.bedCapacity(), registration.occupancy());
        home.address = registration.address().strip();
        home.postcode = normalisePostcode(registration.postcode());
        Contact contact = registration.contact() == null ? Contact.NONE : registration.contact();
        home.registrationNumber = contact.registrationNumber();
        home.phone = contact.phone();
        home.email = contact.email();
        home.openedOn = contact.openedOn();
        home.timeZone = (registration.timeZone() == null ? DEFAULT_TIME_ZONE : registration.timeZone()).getId();
        home.agencyBudgetMonthly = orDefault(registration.agencyBudgetMonthly(), DEFAULT_AGENCY_BUDGET);
        home.overtimeBudgetMonthly = orDefault(registration.overtimeBudgetMonthly(), DEFAULT_OVERTIME_BUDGET);
        WorkingTime workingTime = registration.workingTime() == null ? WorkingTime.RESIDENTIAL_CARE
                : registration.workingTime();
        home.workingTimeReferenceWeeks = workingTime.referenceWeeks();
        home.workingTimeSpecialCase = workingTime.specialCase();
        home.active = true;
        home.created(now);
        return home;
    }

    /** A change of a home; a null field stays as it is. */
    public record Change(String name, Integer bedCapacity, Integer occupancy, BigDecimal agencyBudgetMonthly,
            BigDecimal overtimeBudgetMonthly, Integer workingTimeReferenceWeeks, Boolean workingTimeSpecialCase,
            String phone, String email, Boolean active) {
    }

    /** Budgets, beds and occupancy, the working-time reference period, contact, or deactivation (kept in history). */
    public void change(Change change, Instant now) {
        changeBeds(change.bedCapacity() != null ? change.bedCapacity() : bedCapacity,
                change.occupancy() != null ? change.occupancy() : occupancy);
        if (change.name() != null) {
            name = change.name().strip();
        }
        if (change.agencyBudgetMonthly() != null) {
            agencyBudgetMonthly = orDefault(change.agencyBudgetMonthly(), agencyBudgetMonthly);
        }
        if (change.overtimeBudgetMonthly() != null) {
            overtimeBudgetMonthly = orDefault(change.overtimeBudgetMonthly(), overtimeBudgetMonthly);
        }
        if (change.workingTimeReferenceWeeks() != null) {
            workingTimeReferenceWeeks = change.workingTimeReferenceWeeks();
        }
        if (change.workingTimeSpecialCase() != null) {
            workingTimeSpecialCase = change.workingTimeSpecialCase();
        }
        if (change.phone() != null) {
            phone = change.phone();
        }
        if (change.email() != null) {
            email = change.email();
        }
        if (change.active() != null) {
            active = change.active();
        }
        changed(now);
    }

    /** A home cannot have more residents than registered beds. */
    public void changeBeds(int bedCapacity, int occupancy) {
        if (occupancy > bedCapacity) {
            throw ProblemException.ruleViolation("occupancy",
                    "occupancy " + occupancy + " exceeds bed capacity " + bedCapacity);
        }
        this.bedCapacity = bedCapacity;
        this.occupancy = occupancy;
    }

    /** UK postcodes are compared and shown upper case with one space before the inward code. */
    static String normalisePostcode(String postcode) {
        String compact = postcode.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }

    private static BigDecimal orDefault(BigDecimal value, BigDecimal fallback) {
        return (value == null ? fallback : value).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    public UUID id() { return id; }
    public String name() { return name; }
    public String code() { return code; }
    public String serviceNumber() { return serviceNumber; }
    public ClientGroup clientGroup() { return clientGroup; }
    public int bedCapacity() { return bedCapacity; }
    public int occupancy() { return occupancy; }
    public String address() { return address; }
    public String postcode() { return postcode; }
    public Contact contact() { return new Contact(registrationNumber, phone, email, openedOn); }
    public ZoneId timeZone() { return ZoneId.of(timeZone); }
    public BigDecimal agencyBudgetMonthly() { return agencyBudgetMonthly; }
    public BigDecimal overtimeBudgetMonthly() { return overtimeBudgetMonthly; }
    public boolean active() { return active; }
    public WorkingTime workingTime() { return new WorkingTime(workingTimeReferenceWeeks, workingTimeSpecialCase); }
}
