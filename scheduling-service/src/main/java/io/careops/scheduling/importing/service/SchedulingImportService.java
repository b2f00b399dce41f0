package io.careops.scheduling.importing.service;

import io.careops.platform.importing.ImportBatchResponse;
import io.careops.platform.importing.LegacyImports;
import io.careops.platform.importing.ReconciliationResponse;
import jakarta.persistence.EntityManager;
import io.careops.platform.importing.LegacyImports.Pending;
import io.careops.scheduling.importing.api.SchedulingImports.AgencyCompanyImport;
import io.careops.scheduling.importing.api.SchedulingImports.CareHomeImport;
import io.careops.scheduling.importing.api.SchedulingImports.RoleImport;
import io.careops.scheduling.importing.api.SchedulingImports.ShiftImport;
import io.careops.scheduling.importing.api.SchedulingImports.ShiftTypeImport;
import io.careops.scheduling.importing.api.SchedulingImports.StaffImport;
import io.careops.scheduling.importing.api.SchedulingImports.UnitImport;
import io.careops.scheduling.shift.domain.ShiftTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Stores legacy scheduling records as they were: history that today's rules would refuse (a role
 * on a shift type, a past date) is kept and flagged, never fixed or dropped. Only what the schema
 * cannot hold (a double booking, a home that does not exist) is skipped, with the reason.
 */
@ApplicationScoped
public class SchedulingImportService {

    public static final String ROLE = "scheduling.role";
    public static final String CARE_HOME = "scheduling.carehome";
    public static final String UNIT = "scheduling.unit";
    public static final String SHIFT_TYPE = "scheduling.shifttype";
    public static final String AGENCY = "scheduling.agencycompany";
    public static final String USER = "scheduling.user";
    public static final String SHIFT = "scheduling.shift";

    /** Every legacy home ran on UK time. */
    private static final ZoneId ZONE = ZoneId.of("Europe/London");

    private final LegacyImports imports;
    private final Clock clock;
    private final JsonWebToken caller;
    private final EntityManager entityManager;

    public SchedulingImportService(LegacyImports imports, Clock clock, JsonWebToken caller, EntityManager entityManager) {
        this.imports = imports;
        this.clock = clock;
        this.caller = caller;
        this.entityManager = entityManager;
    }

    /** Staff, shifts by classification and status, and paid hours per month of the imported records, per home. */
    @Transactional
    public ReconciliationResponse reconciliation(LocalDate asOf) {
        List<ReconciliationResponse.Figure> figures = new ArrayList<>();
        figures.addAll(ReconciliationResponse.figures(entityManager, "staff", """
                SELECT s.care_home_id, CASE WHEN s.active THEN 'active' ELSE 'inactive' END, count(*) FROM staff s
                JOIN legacy_key k ON k.legacy_model = 'scheduling.user' AND k.entity_id = s.id GROUP BY 1, 2""", asOf));
        figures.addAll(ReconciliationResponse.figures(entityManager, "shifts", """
                SELECT s.care_home_id, s.classification || '/' || s.status || CASE WHEN s.staff_id IS NULL
                    AND s.classification <> 'AGENCY' AND s.status <> 'CANCELLED' THEN ' open' ELSE '' END, count(*) FROM shift s
                JOIN legacy_key k ON k.legacy_model = 'scheduling.shift' AND k.entity_id = s.id GROUP BY 1, 2""", asOf));
        figures.addAll(ReconciliationResponse.figures(entityManager, "paid hours", """
                SELECT s.care_home_id, to_char(s.shift_date, 'YYYY-MM'),
                    sum(extract(epoch FROM s.ends_at - s.starts_at) / 3600.0 - s.unpaid_break_minutes / 60.0) FROM shift s
                JOIN legacy_key k ON k.legacy_model = 'scheduling.shift' AND k.entity_id = s.id
                WHERE s.status <> 'CANCELLED' GROUP BY 1, 2""", asOf));
        return new ReconciliationResponse(asOf, figures);
    }

    private String by() {
        return "legacy-import:" + caller.getName();
    }

    @Transactional
    public ImportBatchResponse roles(List<RoleImport> records, boolean dryRun) {
        return imports.run(ROLE, "staff-role", records, dryRun, (c, pending, dry) -> {
            Set<String> codes = strings(c, "SELECT code FROM staff_role");
            for (Pending<RoleImport> p : pending) {
                String code = p.record().code();
                if (!codes.contains(code)) {
                    p.skip("role " + code + " is not in the CareOps role catalogue; its users are imported without a role");
                    continue;
                }
                p.id(null);
                p.code(code);
                p.flag("LINKED: legacy role linked to the catalogue role " + code);
            }
        });
    }

    @Transactional
    public ImportBatchResponse careHomes(List<CareHomeImport> records, boolean dryRun) {
        return imports.run(CARE_HOME, "care-home", records, dryRun, (c, pending, dry) -> {
            for (Pending<CareHomeImport> p : pending) {
                CareHomeImport r = p.record();
                if (!r.serviceNumber().matches("CS[0-9]{10}")) {
                    p.skip("care_inspectorate_id '" + r.serviceNumber() + "' is not a Care Inspectorate service number (CS + 10 digits)");
                    continue;
                }
                if (r.occupancy() > r.bedCapacity()) {
                    p.skip("occupancy " + r.occupancy() + " is above the bed capacity " + r.bedCapacity());
                    continue;
                }
                UUID other = uuid(c, "SELECT id FROM care_home WHERE (code = ? OR service_number = ?) AND id <> ?",
                        r.code(), r.serviceNumber(), p.id());
                if (other != null) {
                    p.skip("another care home (" + other + ") already has code " + r.code() + " or service number " + r.serviceNumber());
                    continue;
                }
                p.careHome(p.id());
                if (!p.known()) {
                    p.flag("CLIENT_GROUP_ASSUMED: the legacy export has no client group; OLDER_PEOPLE set, check it");
                }
                if (dry) {
                    continue;
                }
                try (PreparedStatement s = c.prepareStatement("""
                        INSERT INTO care_home (id, name, code, service_number, registration_number, client_group, bed_capacity,
                            occupancy, address, postcode, phone, email, opened_on, agency_budget_monthly, overtime_budget_monthly,
                            active, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, 'OLDER_PEOPLE', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, code = EXCLUDED.code,
                            service_number = EXCLUDED.service_number, registration_number = EXCLUDED.registration_number,
                            bed_capacity = EXCLUDED.bed_capacity, occupancy = EXCLUDED.occupancy, address = EXCLUDED.address,
                            postcode = EXCLUDED.postcode, phone = EXCLUDED.phone, email = EXCLUDED.email,
                            opened_on = EXCLUDED.opened_on, agency_budget_monthly = EXCLUDED.agency_budget_monthly,
                            overtime_budget_monthly = EXCLUDED.overtime_budget_monthly, active = EXCLUDED.active,
                            updated_at = EXCLUDED.updated_at, version = care_home.version + 1""")) {
                    int i = 0;
                    s.setObject(++i, p.id());
                    s.setString(++i, r.name());
                    s.setString(++i, r.code());
                    s.setString(++i, r.serviceNumber());
                    s.setString(++i, r.registrationNumber());
                    s.setInt(++i, r.bedCapacity());
                    s.setInt(++i, r.occupancy());
                    s.setString(++i, r.address());
                    s.setString(++i, r.postcode());
                    s.setString(++i, r.phone());
                    s.setString(++i, r.email());
                    s.setObject(++i, r.openedOn());
                    s.setBigDecimal(++i, r.agencyBudgetMonthly());
                    s.setBigDecimal(++i, r.overtimeBudgetMonthly());
                    s.setBoolean(++i, r.active());
                    s.setTimestamp(++i, now());
                    s.setTimestamp(++i, now());
                    s.executeUpdate();
                }
            }
        });
    }

    @Transactional
    public ImportBatchResponse units(List<UnitImport> records, boolean dryRun) {
        return imports.run(UNIT, "unit", records, dryRun, (c, pending, dry) -> {
            Set<UUID> homes = ids(c, "SELECT id FROM care_home");
            for (Pending<UnitImport> p : pending) {
                UnitImport r = p.record();
                if (!dry && !homes.contains(r.careHomeId())) {
                    p.skip("care home " + r.careHomeId() + " does not exist");
                    continue;
                }
                if (r.idealDayStaff() < r.minDayStaff() || r.idealNightStaff() < r.minNightStaff()) {
                    p.skip("ideal staffing below the minimum (day " + r.idealDayStaff() + " < " + r.minDayStaff()
                            + " or night " + r.idealNightStaff() + " < " + r.minNightStaff() + ")");
                    continue;
                }
                UUID other = uuid(c, "SELECT id FROM unit WHERE care_home_id = ? AND name = ? AND id <> ?",
                        r.careHomeId(), r.name(), p.id());
                if (other != null) {
                    p.skip("the home already has another unit named " + r.name());
                    continue;
                }
                p.careHome(r.careHomeId());
                if (dry) {
                    continue;
                }
                try (PreparedStatement s = c.prepareStatement("""
                        INSERT INTO unit (id, care_home_id, name, description, min_day_staff, min_night_staff, min_weekend_staff,
                            ideal_day_staff, ideal_night_staff, active, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (id) DO UPDATE SET care_home_id = EXCLUDED.care_home_id, name = EXCLUDED.name,
                            description = EXCLUDED.description, min_day_staff = EXCLUDED.min_day_staff,
                            min_night_staff = EXCLUDED.min_night_staff, min_weekend_staff = EXCLUDED.min_weekend_staff,
                            ideal_day_staff = EXCLUDED.ideal_day_staff, ideal_night_staff = EXCLUDED.ideal_night_staff,
                            active = EXCLUDED.active, updated_at = EXCLUDED.updated_at, version = unit.version + 1""")) {
                    int i = 0;
                    s.setObject(++i, p.id());
                    s.setObject(++i, r.careHomeId());
                    s.setString(++i, r.name());
                    s.setString(++i, r.description());
                    s.setInt(++i, r.minDayStaff());
                    s.setInt(++i, r.minNightStaff());
                    s.setInt(++i, r.minWeekendStaff());
                    s.setInt(++i, r.idealDayStaff());
                    s.setInt(++i, r.idealNightStaff());
                    s.setBoolean(++i, r.active());
                    s.setTimestamp(++i, now());
                    s.setTimestamp(++i, now());
                    s.executeUpdate();
                }
            }
        });
    }

    @Transactional
    public ImportBatchResponse shiftTypes(List<ShiftTypeImport> records, boolean dryRun) {
        return imports.run(SHIFT_TYPE, "shift-type", records, dryRun, (c, pending, dry) -> {
            Map<String, Object[]> catalogue = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT code, id, start_time, end_time, allowed_roles FROM shift_type");
                    ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    catalogue.put(rows.getString(1), new Object[] {rows.getObject(2, UUID.class), rows.getTime(3).toLocalTime(),
                            rows.getTime(4).toLocalTime(), List.of((String[]) rows.getArray(5).getArray())});
                }
            }
            for (Pending<ShiftTypeImport> p : pending) {
                ShiftTypeImport r = p.record();
                List<String> roles = r.allowedRoles() == null ? List.of() : r.allowedRoles();
                Object[] existing = catalogue.get(r.code());
                if (existing != null && !existing[0].equals(p.id())) {
                    // The catalogue already has this code: the legacy type is linked to it, not changed.
                    p.id((UUID) existing[0]);
                    p.code(r.code());
                    p.flag("LINKED: legacy shift type linked to the catalogue entry " + r.code());
                    if (!existing[1].equals(r.startTime()) || !existing[2].equals(r.endTime())) {
                        p.flag("DEFINITION_DIFFERS: legacy " + r.startTime() + "-" + r.endTime() + ", catalogue " + existing[1]
                                + "-" + existing[2] + "; legacy shifts keep their own exact times");
                    }
                    if (!new HashSet<>(roles).equals(new HashSet<>((List<?>) existing[3]))) {
                        p.flag("ROLES_DIFFER: legacy applicable roles " + roles + ", catalogue " + existing[3]
                                + "; imported shifts are checked against the catalogue");
                    }
                    continue;
                }
                p.code(r.code());
                if (existing == null) {
                    p.flag("CREATED_FROM_EXPORT: shift type " + r.code() + " was missing from the catalogue");
                }
                if (dry) {
                    continue;
                }
                try (PreparedStatement s = c.prepareStatement("""
                        INSERT INTO shift_type (id, code, name, start_time, end_time, allowed_roles, active, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, start_time = EXCLUDED.start_time,
                            end_time = EXCLUDED.end_time, allowed_roles = EXCLUDED.allowed_roles, active = EXCLUDED.active,
                            updated_at = EXCLUDED.updated_at, version = shift_type.version + 1""")) {
                    int i = 0;
                    s.setObject(++i, p.id());
                    s.setString(++i, r.code());
                    s.setString(++i, r.name());
                    s.setTime(++i, Time.valueOf(r.startTime()));
                    s.setTime(++i, Time.valueOf(r.endTime()));
                    s.setArray(++i, c.createArrayOf("text", roles.toArray()));
                    s.setBoolean(++i, r.active());
                    s.setTimestamp(++i, now());
                    s.setTimestamp(++i, now());
                    s.executeUpdate();
                }
            }
        });
    }

    @Transactional
    public ImportBatchResponse agencyCompanies(List<AgencyCompanyImport> records, boolean dryRun) {
        return imports.run(AGENCY, "agency-company", records, dryRun, (c, pending, dry) -> {
            for (Pending<AgencyCompanyImport> p : pending) {
                AgencyCompanyImport r = p.record();
                UUID sameName = uuid(c, "SELECT id FROM agency_company WHERE name = ? AND id <> ?", r.name(), p.id());
                if (sameName != null) {
                    p.id(sameName);
                    p.flag("LINKED: linked to the existing agency company of the same name");
                }
                if (dry) {
                    continue;
                }
                try (PreparedStatement s = c.prepareStatement("""
                        INSERT INTO agency_company (id, name, contact_person, contact_email, contact_phone, account_number, notes,
                            day_hourly_rate, night_hourly_rate, active, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, contact_person = EXCLUDED.contact_person,
                            contact_email = EXCLUDED.contact_email, contact_phone = EXCLUDED.contact_phone,
                            account_number = EXCLUDED.account_number, notes = EXCLUDED.notes,
                            day_hourly_rate = EXCLUDED.day_hourly_rate, night_hourly_rate = EXCLUDED.night_hourly_rate,
                            active = EXCLUDED.active, updated_at = EXCLUDED.updated_at, version = agency_company.version + 1""")) {
                    int i = 0;
                    s.setObject(++i, p.id());
                    s.setString(++i, r.name());
                    s.setString(++i, r.contactPerson());
                    s.setString(++i, r.contactEmail());
                    s.setString(++i, r.contactPhone());
                    s.setString(++i, r.accountNumber());
                    s.setString(++i, r.notes());
                    s.setBigDecimal(++i, r.dayHourlyRate());
                    s.setBigDecimal(++i, r.nightHourlyRate());
                    s.setBoolean(++i, r.active());
                    s.setTimestamp(++i, now());
                    s.setTimestamp(++i, now());
                    s.executeUpdate();
                }
            }
        });
    }

    @Transactional
    public ImportBatchResponse staff(List<StaffImport> records, boolean dryRun) {
        return imports.run(USER, "staff", records, dryRun, (c, pending, dry) -> {
            Set<String> roles = strings(c, "SELECT code FROM staff_role");
            Map<UUID, UUID> unitHomes = unitHomes(c);
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO staff (id, staff_number, first_name, last_name, email, phone, role_code, care_home_id, home_unit_id,
                        assigned_unit_id, team, contracted_hours_per_week, annual_leave_days, shifts_per_week, shift_preference,
                        employment_start, active, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET first_name = EXCLUDED.first_name, last_name = EXCLUDED.last_name,
                        email = EXCLUDED.email, phone = EXCLUDED.phone, role_code = EXCLUDED.role_code,
                        care_home_id = EXCLUDED.care_home_id, home_unit_id = EXCLUDED.home_unit_id,
                        assigned_unit_id = EXCLUDED.assigned_unit_id, team = EXCLUDED.team,
                        contracted_hours_per_week = EXCLUDED.contracted_hours_per_week,
                        annual_leave_days = EXCLUDED.annual_leave_days, shifts_per_week = EXCLUDED.shifts_per_week,
                        shift_preference = EXCLUDED.shift_preference, employment_start = EXCLUDED.employment_start,
                        active = EXCLUDED.active, updated_at = EXCLUDED.updated_at, version = staff.version + 1""")) {
                for (Pending<StaffImport> p : pending) {
                    StaffImport r = p.record();
                    if (!dry && !unitHomes.containsValue(r.careHomeId())
                            && uuid(c, "SELECT id FROM care_home WHERE id = ?", r.careHomeId()) == null) {
                        p.skip("care home " + r.careHomeId() + " does not exist");
                        continue;
                    }
                    if (r.roleCode() != null && !roles.contains(r.roleCode())) {
                        p.skip("role " + r.roleCode() + " is not in the role catalogue");
                        continue;
                    }
                    String wrongUnit = wrongUnit(unitHomes, r.careHomeId(), dry, r.homeUnitId(), r.assignedUnitId());
                    if (wrongUnit != null) {
                        p.skip(wrongUnit);
                        continue;
                    }
                    // The staff number is the business key: someone already on CareOps with it is this person.
                    UUID sameNumber = uuid(c, "SELECT id FROM staff WHERE staff_number = ? AND id <> ?", r.legacyPk(), p.id());
                    if (sameNumber != null) {
                        p.id(sameNumber);
                        p.flag("LINKED: linked to the CareOps staff record with the same staff number");
                    }
                    p.careHome(r.careHomeId());
                    p.code(r.legacyPk());
                    if (dry) {
                        continue;
                    }
                    int i = 0;
                    s.setObject(++i, p.id());
                    s.setString(++i, r.legacyPk());
                    s.setString(++i, r.firstName().strip());
                    s.setString(++i, r.lastName().strip());
                    s.setString(++i, r.email());
                    s.setString(++i, r.phone());
                    s.setString(++i, r.roleCode());
                    s.setObject(++i, r.careHomeId());
                    s.setObject(++i, r.homeUnitId());
                    s.setObject(++i, r.assignedUnitId());
                    s.setString(++i, r.team());
                    s.setBigDecimal(++i, r.contractedHoursPerWeek());
                    s.setObject(++i, r.annualLeaveDays());
                    s.setObject(++i, r.shiftsPerWeek());
                    s.setString(++i, r.shiftPreference());
                    s.setDate(++i, Date.valueOf(r.employmentStart()));
                    s.setBoolean(++i, r.active());
                    s.setTimestamp(++i, now());
                    s.setTimestamp(++i, now());
                    s.addBatch();
                }
                if (!dry) {
                    s.executeBatch();
                }
            }
        });
    }

    private static String wrongUnit(Map<UUID, UUID> unitHomes, UUID home, boolean dry, UUID... units) {
        for (UUID unit : units) {
            if (unit == null) {
                continue;
            }
            UUID unitHome = unitHomes.get(unit);
            if (unitHome == null && !dry) {
                return "unit " + unit + " does not exist";
            }
            if (unitHome != null && !unitHome.equals(home)) {
                return "unit " + unit + " belongs to another care home";
            }
        }
        return null;
    }

    @Transactional
    public ImportBatchResponse shifts(List<ShiftImport> records, boolean dryRun) {
        return imports.run(SHIFT, "shift", records, dryRun, (c, pending, dry) -> {
            Map<UUID, UUID> unitHomes = unitHomes(c);
            Map<UUID, List<String>> typeRoles = new HashMap<>();
            Map<UUID, String> typeCodes = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, code, allowed_roles FROM shift_type");
                    ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    typeCodes.put(rows.getObject(1, UUID.class), rows.getString(2));
                    typeRoles.put(rows.getObject(1, UUID.class), List.of((String[]) rows.getArray(3).getArray()));
                }
            }
            Set<UUID> staffIds = new HashSet<>();
            pending.forEach(p -> {
                if (p.record().staffId() != null) {
                    staffIds.add(p.record().staffId());
                }
            });
            Map<UUID, String[]> staff = staff(c, staffIds);
            Set<UUID> agencies = ids(c, "SELECT id FROM agency_company");
            LocalDate today = LocalDate.now(clock.withZone(ZONE));
            Map<UUID, List<Booked>> booked = booked(c, pending, staffIds);
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO shift (id, care_home_id, unit_id, shift_type_id, shift_date, start_time, end_time, starts_at, ends_at,
                        staff_id, status, classification, overtime, agency_company_id, agency_worker_name, agency_hourly_rate,
                        notes, created_by, updated_by, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET care_home_id = EXCLUDED.care_home_id, unit_id = EXCLUDED.unit_id,
                        shift_type_id = EXCLUDED.shift_type_id, shift_date = EXCLUDED.shift_date,
                        start_time = EXCLUDED.start_time, end_time = EXCLUDED.end_time, starts_at = EXCLUDED.starts_at,
                        ends_at = EXCLUDED.ends_at, staff_id = EXCLUDED.staff_id, status = EXCLUDED.status,
                        classification = EXCLUDED.classification, overtime = EXCLUDED.overtime,
                        agency_company_id = EXCLUDED.agency_company_id, agency_worker_name = EXCLUDED.agency_worker_name,
                        agency_hourly_rate = EXCLUDED.agency_hourly_rate, notes = EXCLUDED.notes,
                        updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at, version = shift.version + 1""")) {
                for (Pending<ShiftImport> p : pending) {
                    ShiftImport r = p.record();
                    String problem = shiftProblem(r, unitHomes, staff, agencies, typeCodes, dry);
                    if (problem != null) {
                        p.skip(problem);
                        continue;
                    }
                    ShiftTimes times = ShiftTimes.of(r.date(), r.startTime(), r.endTime(), ZONE);
                    boolean live = r.staffId() != null && !"CANCELLED".equals(r.status());
                    if (live) {
                        Booked clash = clash(booked.get(r.staffId()), p.id(), times.startsAt(), times.endsAt());
                        if (clash != null) {
                            p.skip("double booking: the same person already works " + clash.describe()
                                    + " at an overlapping time; CareOps cannot hold both");
                            continue;
                        }
                        booked.computeIfAbsent(r.staffId(), k -> new ArrayList<>())
                                .add(new Booked(p.id(), r.legacyPk(), times.startsAt(), times.endsAt()));
                    }
                    String role = r.staffId() == null ? null
                            : staff.containsKey(r.staffId()) ? staff.get(r.staffId())[0] : r.staffRoleCode();
                    List<String> allowed = r.shiftTypeId() == null ? List.of() : typeRoles.getOrDefault(r.shiftTypeId(), List.of());
                    if (r.staffId() != null && !allowed.isEmpty() && (role == null || !allowed.contains(role))) {
                        p.flag("ROLE_NOT_ALLOWED: " + (role == null ? "a person without a role" : "role " + role)
                                + " may not work " + typeCodes.get(r.shiftTypeId()) + " (allowed " + allowed + ") under today's rules");
                    }
                    if (r.staffId() != null && staff.containsKey(r.staffId())
                            && !staff.get(r.staffId())[1].equals(r.careHomeId().toString())) {
                        p.flag("CROSS_HOME: worked by a member of staff of another care home");
                    }
                    if (r.date().isBefore(today) && "SCHEDULED".equals(r.status()) && r.staffId() != null) {
                        p.flag("PAST_UNCONFIRMED: a past shift still SCHEDULED in the legacy system; kept as it was");
                    }
                    p.careHome(r.careHomeId());
                    if (dry) {
                        continue;
                    }
                    int i = 0;
                    s.setObject(++i, p.id());
                    s.setObject(++i, r.careHomeId());
                    s.setObject(++i, r.unitId());
                    s.setObject(++i, r.shiftTypeId());
                    s.setDate(++i, Date.valueOf(r.date()));
                    s.setTime(++i, Time.valueOf(r.startTime()));
                    s.setTime(++i, Time.valueOf(r.endTime()));
                    s.setTimestamp(++i, Timestamp.from(times.startsAt()));
                    s.setTimestamp(++i, Timestamp.from(times.endsAt()));
                    s.setObject(++i, r.staffId());
                    s.setString(++i, r.status());
                    s.setString(++i, r.classification());
                    s.setBoolean(++i, r.overtime());
                    s.setObject(++i, r.agencyCompanyId());
                    s.setString(++i, r.agencyWorkerName());
                    s.setBigDecimal(++i, r.agencyHourlyRate());
                    s.setString(++i, r.notes());
                    s.setString(++i, by());
                    s.setString(++i, by());
                    s.setTimestamp(++i, now());
                    s.setTimestamp(++i, now());
                    s.addBatch();
                }
                if (!dry) {
                    s.executeBatch();
                }
            }
        });
    }

    private static String shiftProblem(ShiftImport r, Map<UUID, UUID> unitHomes, Map<UUID, String[]> staff, Set<UUID> agencies,
            Map<UUID, String> typeCodes, boolean dry) {
        UUID unitHome = unitHomes.get(r.unitId());
        if (unitHome == null && !dry) {
            return "unit " + r.unitId() + " does not exist";
        }
        if (unitHome != null && !unitHome.equals(r.careHomeId())) {
            return "unit " + r.unitId() + " is not in care home " + r.careHomeId();
        }
        if (r.shiftTypeId() != null && !typeCodes.containsKey(r.shiftTypeId()) && !dry) {
            return "shift type " + r.shiftTypeId() + " does not exist";
        }
        if (r.staffId() != null && !staff.containsKey(r.staffId()) && !dry) {
            return "staff member " + r.staffId() + " does not exist";
        }
        boolean agency = "AGENCY".equals(r.classification());
        if (agency) {
            if (r.agencyCompanyId() == null || (!agencies.contains(r.agencyCompanyId()) && !dry)) {
                return "an agency shift needs an existing agency company";
            }
            if (r.agencyHourlyRate() == null) {
                return "an agency shift needs the rate charged";
            }
            if (r.staffId() != null) {
                return "an agency shift is worked by the agency's worker, not staff";
            }
            if (r.overtime()) {
                return "agency work is never overtime";
            }
        } else if (r.agencyCompanyId() != null || r.agencyHourlyRate() != null || r.agencyWorkerName() != null) {
            return "only an AGENCY shift has agency details";
        }
        if ("OVERTIME".equals(r.classification()) && !r.overtime()) {
            return "an OVERTIME shift is always overtime";
        }
        if (r.staffId() == null && !agency && !"SCHEDULED".equals(r.status()) && !"CANCELLED".equals(r.status())) {
            return "an open shift can only be SCHEDULED or CANCELLED, not " + r.status();
        }
        return null;
    }

    private record Booked(UUID id, String legacyPk, Instant startsAt, Instant endsAt) {
        String describe() {
            return legacyPk != null ? "legacy shift " + legacyPk : "shift " + id;
        }
    }

    private static Booked clash(List<Booked> booked, UUID self, Instant startsAt, Instant endsAt) {
        if (booked == null) {
            return null;
        }
        for (Booked b : booked) {
            if (!b.id.equals(self) && b.startsAt.isBefore(endsAt) && startsAt.isBefore(b.endsAt)) {
                return b;
            }
        }
        return null;
    }

    /** The live shifts stored for the batch's staff around the batch's days, for the double-booking check. */
    private static Map<UUID, List<Booked>> booked(Connection c, List<Pending<ShiftImport>> pending, Collection<UUID> staffIds)
            throws SQLException {
        Map<UUID, List<Booked>> result = new HashMap<>();
        if (staffIds.isEmpty()) {
            return result;
        }
        LocalDate from = pending.stream().map(p -> p.record().date()).min(LocalDate::compareTo).orElseThrow().minusDays(2);
        LocalDate to = pending.stream().map(p -> p.record().date()).max(LocalDate::compareTo).orElseThrow().plusDays(2);
        try (PreparedStatement s = c.prepareStatement("""
                SELECT s.id, s.staff_id, s.starts_at, s.ends_at, k.legacy_pk FROM shift s
                LEFT JOIN legacy_key k ON k.legacy_model = 'scheduling.shift' AND k.entity_id = s.id
                WHERE s.staff_id = ANY (?) AND s.status <> 'CANCELLED' AND s.shift_date BETWEEN ? AND ?""")) {
            s.setArray(1, c.createArrayOf("uuid", staffIds.toArray()));
            s.setDate(2, Date.valueOf(from));
            s.setDate(3, Date.valueOf(to));
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    result.computeIfAbsent(rows.getObject(2, UUID.class), k -> new ArrayList<>()).add(new Booked(
                            rows.getObject(1, UUID.class), rows.getString(5), rows.getTimestamp(3).toInstant(),
                            rows.getTimestamp(4).toInstant()));
                }
            }
        }
        // The batch's own shifts are checked against each other as they are written, not against
        // their stored versions (a re-import moves a shift rather than clashing with itself).
        Set<UUID> batch = new HashSet<>();
        pending.forEach(p -> batch.add(p.id()));
        result.values().forEach(list -> list.removeIf(b -> batch.contains(b.id)));
        return result;
    }

    private static Map<UUID, String[]> staff(Connection c, Set<UUID> ids) throws SQLException {
        Map<UUID, String[]> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        try (PreparedStatement s = c.prepareStatement("SELECT id, role_code, care_home_id FROM staff WHERE id = ANY (?)")) {
            s.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    result.put(rows.getObject(1, UUID.class), new String[] {rows.getString(2), rows.getString(3)});
                }
            }
        }
        return result;
    }

    private static Map<UUID, UUID> unitHomes(Connection c) throws SQLException {
        Map<UUID, UUID> result = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, care_home_id FROM unit"); ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                result.put(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class));
            }
        }
        return result;
    }

    private static Set<String> strings(Connection c, String sql) throws SQLException {
        Set<String> result = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                result.add(rows.getString(1));
            }
        }
        return result;
    }

    private static Set<UUID> ids(Connection c, String sql) throws SQLException {
        Set<UUID> result = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                result.add(rows.getObject(1, UUID.class));
            }
        }
        return result;
    }

    private static UUID uuid(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? rows.getObject(1, UUID.class) : null;
            }
        }
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
