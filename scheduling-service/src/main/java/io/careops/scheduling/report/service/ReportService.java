package io.careops.scheduling.report.service;

import io.careops.platform.problem.ProblemException;
import io.careops.scheduling.agency.domain.AgencyCompany;
import io.careops.scheduling.agency.domain.AgencyCompanyRepository;
import io.careops.scheduling.carehome.domain.CareHome;
import io.careops.scheduling.carehome.service.CareHomeService;
import io.careops.scheduling.report.domain.Budget;
import io.careops.scheduling.report.domain.Spread;
import io.careops.scheduling.shift.domain.Classification;
import io.careops.scheduling.shift.domain.Shift;
import io.careops.scheduling.shift.domain.ShiftRepository;
import io.careops.scheduling.shift.domain.ShiftStatus;
import io.careops.scheduling.staff.domain.Staff;
import io.careops.scheduling.staff.domain.StaffRepository;
import io.careops.scheduling.unit.domain.Unit;
import io.careops.scheduling.unit.domain.UnitRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Overtime and agency figures for a home over a period, all computed from its live shifts. */
@ApplicationScoped
public class ReportService {

    /** A report covers at most a year, which keeps one request's work bounded. */
    public static final int MAX_DAYS = io.careops.scheduling.support.Period.MAX_REPORT_DAYS;
    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    private final CareHomeService homes;
    private final ShiftRepository shifts;
    private final StaffRepository staff;
    private final UnitRepository units;
    private final AgencyCompanyRepository agencies;
    private final BigDecimal overtimeMultiplier;

    public ReportService(CareHomeService homes, ShiftRepository shifts, StaffRepository staff, UnitRepository units,
            AgencyCompanyRepository agencies,
            @ConfigProperty(name = "careops.overtime.multiplier", defaultValue = "1.5") BigDecimal overtimeMultiplier) {
        this.homes = homes;
        this.shifts = shifts;
        this.staff = staff;
        this.units = units;
        this.agencies = agencies;
        this.overtimeMultiplier = overtimeMultiplier;
    }

    public record PersonOvertime(Staff person, BigDecimal overtimeHours, int overtimeShifts, BigDecimal totalHours,
            BigDecimal shareOfOvertime, BigDecimal overtimeCost) {
    }

    public record OvertimeReport(CareHome home, LocalDate from, LocalDate to, BigDecimal multiplier,
            List<PersonOvertime> people, BigDecimal overtimeHours, int overtimeShifts, BigDecimal allHours,
            BigDecimal knownCost, int peopleWithoutRate, BigDecimal budget, BigDecimal gini, BigDecimal topFiveShare,
            int peopleCounted) {
    }

    public record Line(UUID id, String name, int shifts, BigDecimal hours, BigDecimal spend) {
    }

    public record AgencyReport(CareHome home, LocalDate from, LocalDate to, List<Line> companies, List<Line> units,
            int agencyShifts, BigDecimal agencyHours, BigDecimal allHours, BigDecimal spend, BigDecimal budget) {
    }

    /** A payroll export covers a pay month at most. */
    public static final int MAX_PAYROLL_DAYS = 31;

    /**
     * One person's pay over the period: a member of staff, or an agency worker (by agency and the
     * name on the shifts). Minutes are paid minutes as worked (actual hours where recorded, less
     * the unpaid break); overtime is the paid minutes of shifts flagged overtime, exactly as in the
     * overtime report; agency minutes are those of AGENCY shifts; regular = paid - overtime - agency.
     */
    public record PayLine(String kind, Staff person, String agency, String worker, int shifts, int shiftsWithActualHours,
            long paidMinutes, long regularMinutes, long overtimeMinutes, long agencyMinutes, BigDecimal hourlyRate,
            BigDecimal agencyCost) {

        public BigDecimal paidHours() {
            return BigDecimal.valueOf(paidMinutes).divide(MINUTES_PER_HOUR, 2, RoundingMode.HALF_UP);
        }
    }

    public record Payroll(CareHome home, LocalDate from, LocalDate to, List<PayLine> lines) {

        public long total(java.util.function.ToLongFunction<PayLine> minutes) {
            return lines.stream().mapToLong(minutes).sum();
        }

        /** e.g. payroll-VG-2026-03-01-2026-03-31. */
        public String fileName() {
            return ("payroll-" + home.code() + "-" + from + "-" + to).replaceAll("[^A-Za-z0-9_.-]", "_");
        }
    }

    /**
     * Paid minutes per person over at most a month of rota days, staff first (by staff number),
     * then agency workers (by agency and name); shifts not cancelled and with someone on them.
     */
    @Transactional
    public Payroll payroll(UUID careHomeId, LocalDate from, LocalDate to) {
        requirePeriod(from, to);
        if (to.toEpochDay() - from.toEpochDay() + 1 > MAX_PAYROLL_DAYS) {
            throw ProblemException.ruleViolation("to", "a payroll export covers at most " + MAX_PAYROLL_DAYS + " days");
        }
        CareHome home = homes.get(careHomeId);
        List<Shift> live = liveShifts(careHomeId, from, to);
        Map<UUID, List<Shift>> byPerson = live.stream().filter(shift -> shift.staffId() != null)
                .collect(Collectors.groupingBy(Shift::staffId));
        Map<UUID, Staff> people = byId(() -> staff.list("id in ?1", List.copyOf(byPerson.keySet())), Staff::id,
                byPerson.isEmpty());
        List<PayLine> lines = new java.util.ArrayList<>(byPerson.entrySet().stream().map(entry -> {
            List<Shift> theirs = entry.getValue();
            long paid = minutes(theirs);
            long overtime = minutes(theirs.stream().filter(Shift::overtime).toList());
            Staff person = people.get(entry.getKey());
            return new PayLine("STAFF", person, null, person.fullName(), theirs.size(), withActual(theirs), paid,
                    paid - overtime, overtime, 0, person.hourlyRate(), null);
        }).sorted(Comparator.comparing(line -> line.person().staffNumber())).toList());
        List<Shift> agencyShifts = live.stream().filter(shift -> shift.classification() == Classification.AGENCY).toList();
        Map<UUID, String> companyNames = byId(() -> agencies.list("id in ?1",
                agencyShifts.stream().map(Shift::agencyCompanyId).distinct().toList()), AgencyCompany::id,
                agencyShifts.isEmpty()).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().name()));
        Map<List<String>, List<Shift>> byWorker = agencyShifts.stream().collect(Collectors.groupingBy(
                shift -> java.util.Arrays.asList(companyNames.get(shift.agencyCompanyId()),
                        shift.agencyWorkerName() == null ? "" : shift.agencyWorkerName())));
        byWorker.entrySet().stream().sorted(Comparator.comparing((Map.Entry<List<String>, List<Shift>> entry) -> entry.getKey().get(0))
                .thenComparing(entry -> entry.getKey().get(1))).forEach(entry -> {
                    long paid = minutes(entry.getValue());
                    lines.add(new PayLine("AGENCY", null, entry.getKey().get(0),
                            entry.getKey().get(1).isEmpty() ? null : entry.getKey().get(1), entry.getValue().size(),
                            withActual(entry.getValue()), paid, 0, 0, paid, null, spend(entry.getValue())));
                });
        return new Payroll(home, from, to, List.copyOf(lines));
    }

    private static long minutes(List<Shift> of) {
        return of.stream().mapToLong(Shift::paidMinutesWorked).sum();
    }

    private static int withActual(List<Shift> of) {
        return (int) of.stream().filter(Shift::hasActualHours).count();
    }

    @Transactional
    public OvertimeReport overtime(UUID careHomeId, LocalDate from, LocalDate to) {
        CareHome home = homes.get(careHomeId);
        List<Shift> worked = liveShifts(careHomeId, from, to).stream().filter(shift -> shift.staffId() != null).toList();
        Map<UUID, List<Shift>> byPerson = worked.stream().collect(Collectors.groupingBy(Shift::staffId));
        Map<UUID, Staff> people = byId(() -> staff.list("id in ?1", List.copyOf(byPerson.keySet())), Staff::id,
                byPerson.isEmpty());
        BigDecimal overtimeHours = hours(worked.stream().filter(Shift::overtime).toList());
        List<PersonOvertime> rows = byPerson.entrySet().stream().map(entry -> {
            List<Shift> overtime = entry.getValue().stream().filter(Shift::overtime).toList();
            Staff person = people.get(entry.getKey());
            BigDecimal hours = hours(overtime);
            BigDecimal cost = person.hourlyRate() == null ? null
                    : person.hourlyRate().multiply(overtimeMultiplier).multiply(hours).setScale(2, RoundingMode.HALF_UP);
            return new PersonOvertime(person, hours, overtime.size(), hours(entry.getValue()), share(hours, overtimeHours),
                    cost);
        }).toList();
        List<BigDecimal> perPerson = rows.stream().map(PersonOvertime::overtimeHours).toList();
        List<PersonOvertime> withOvertime = rows.stream().filter(row -> row.overtimeShifts() > 0)
                .sorted(Comparator.comparing(PersonOvertime::overtimeHours).reversed()
                        .thenComparing(row -> row.person().staffNumber()))
                .toList();
        BigDecimal knownCost = withOvertime.stream().map(PersonOvertime::overtimeCost).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        int withoutRate = (int) withOvertime.stream().filter(row -> row.overtimeCost() == null).count();
        return new OvertimeReport(home, from, to, overtimeMultiplier, withOvertime, overtimeHours,
                (int) worked.stream().filter(Shift::overtime).count(), hours(worked), knownCost, withoutRate,
                Budget.forPeriod(home.overtimeBudgetMonthly(), from, to), Spread.gini(perPerson),
                Spread.topShare(perPerson, 5), rows.size());
    }

    @Transactional
    public AgencyReport agency(UUID careHomeId, LocalDate from, LocalDate to) {
        CareHome home = homes.get(careHomeId);
        List<Shift> live = liveShifts(careHomeId, from, to);
        List<Shift> agencyShifts = live.stream().filter(shift -> shift.classification() == Classification.AGENCY).toList();
        Map<UUID, String> companyNames = byId(() -> agencies.list("id in ?1",
                agencyShifts.stream().map(Shift::agencyCompanyId).distinct().toList()), AgencyCompany::id,
                agencyShifts.isEmpty()).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().name()));
        Map<UUID, String> unitNames = units.list("careHomeId", careHomeId).stream()
                .collect(Collectors.toMap(Unit::id, Unit::name));
        List<Line> byCompany = lines(agencyShifts, Shift::agencyCompanyId, companyNames);
        List<Line> byUnit = lines(agencyShifts, Shift::unitId, unitNames);
        BigDecimal spend = byCompany.stream().map(Line::spend).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new AgencyReport(home, from, to, byCompany, byUnit, agencyShifts.size(), hours(agencyShifts), hours(live),
                spend, Budget.forPeriod(home.agencyBudgetMonthly(), from, to));
    }

    /** The one rule for report periods, {@link io.careops.scheduling.support.Period#report}. */
    public static void requirePeriod(LocalDate from, LocalDate to) {
        io.careops.scheduling.support.Period.report(from, to);
    }

    private List<Shift> liveShifts(UUID careHomeId, LocalDate from, LocalDate to) {
        requirePeriod(from, to);
        return shifts.list("careHomeId = ?1 and date >= ?2 and date <= ?3 and status <> ?4", Sort.by("startsAt"),
                careHomeId, from, to, ShiftStatus.CANCELLED);
    }

    private static List<Line> lines(List<Shift> agencyShifts, Function<Shift, UUID> key, Map<UUID, String> names) {
        Map<UUID, List<Shift>> grouped = agencyShifts.stream()
                .collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
        return grouped.entrySet().stream()
                .map(entry -> new Line(entry.getKey(), names.get(entry.getKey()), entry.getValue().size(),
                        hours(entry.getValue()), spend(entry.getValue())))
                .sorted(Comparator.comparing(Line::spend).reversed().thenComparing(Line::name))
                .toList();
    }

    private static BigDecimal hours(List<Shift> of) {
        long minutes = of.stream().mapToLong(shift -> shift.paidMinutesWorked()).sum();
        return BigDecimal.valueOf(minutes).divide(MINUTES_PER_HOUR, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal spend(List<Shift> agencyShifts) {
        return agencyShifts.stream()
                .map(shift -> shift.agencyHourlyRate().multiply(BigDecimal.valueOf(shift.paidMinutesWorked()))
                        .divide(MINUTES_PER_HOUR, 10, RoundingMode.HALF_UP))
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO.setScale(3) : part.divide(whole, 3, RoundingMode.HALF_UP);
    }

    /** Loads records by id in one query; skipped when there are none to load. */
    private static <T> Map<UUID, T> byId(Supplier<List<T>> load, Function<T, UUID> id, boolean none) {
        return none ? Map.of() : load.get().stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
