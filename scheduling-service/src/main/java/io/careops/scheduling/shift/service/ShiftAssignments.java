package io.careops.scheduling.shift.service;

import io.careops.scheduling.eligibility.service.CertificationCheck;
import io.careops.scheduling.shift.domain.Shift;
import io.careops.scheduling.shift.domain.ShiftRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Planning and assigning with the certification check: compliance is asked first, in one call and
 * outside any transaction (a slow compliance must not hold a database connection), then
 * {@link ShiftService} applies every rule, the verdict included, in one transaction.
 */
@ApplicationScoped
public class ShiftAssignments {

    private final ShiftService shifts;
    private final ShiftRepository records;
    private final CertificationCheck certifications;

    public ShiftAssignments(ShiftService shifts, ShiftRepository records, CertificationCheck certifications) {
        this.shifts = shifts;
        this.records = records;
        this.certifications = certifications;
    }

    public Shift plan(ShiftPlan plan) {
        return shifts.plan(plan, certifications.verdicts(List.of(new CertificationCheck.Ask(plan.staffId(), plan.date()))));
    }

    public List<Shift> planAll(List<ShiftPlan> plans) {
        return shifts.planAll(plans, certifications.verdicts(plans.stream()
                .map(plan -> new CertificationCheck.Ask(plan.staffId(), plan.date())).toList()));
    }

    public List<Shift> copyWeek(UUID careHomeId, UUID unitId, LocalDate fromWeekStart, LocalDate toWeekStart,
            boolean withStaff) {
        List<ShiftPlan> plans = shifts.weekCopy(careHomeId, unitId, fromWeekStart, toWeekStart, withStaff);
        return shifts.planAll(plans, certifications.verdicts(plans.stream()
                .map(plan -> new CertificationCheck.Ask(plan.staffId(), plan.date())).toList()));
    }

    public Shift assign(UUID id, UUID staffId, String workingTimeOverrideReason, String certificationOverrideReason) {
        LocalDate day = dayOf(id);
        CertificationCheck.Verdicts verdicts = day == null ? CertificationCheck.Verdicts.NONE
                : certifications.verdicts(List.of(new CertificationCheck.Ask(staffId, day)));
        return shifts.assign(id, staffId, workingTimeOverrideReason, verdicts, certificationOverrideReason);
    }

    public Shift change(UUID id, ShiftChange change, Long ifMatch, Long version) {
        CertificationCheck.Verdicts verdicts = CertificationCheck.Verdicts.NONE;
        if (change.date() != null && !change.unassign()) {
            UUID staffId = QuarkusTransaction.joiningExisting().call(() -> records.findByIdOptional(id)
                    .map(Shift::staffId).orElse(null));
            if (staffId != null) {
                verdicts = certifications.verdicts(List.of(new CertificationCheck.Ask(staffId, change.date())));
            }
        }
        return shifts.change(id, change, ifMatch, version, verdicts);
    }

    /** The shift's rota day, read in a short transaction of its own (404s come from the service). */
    private LocalDate dayOf(UUID id) {
        return QuarkusTransaction.joiningExisting().call(() -> records.findByIdOptional(id)
                .map(shift -> shift.times().date()).orElse(null));
    }
}
