package io.careops.scheduling.shift.service;

import io.careops.scheduling.workingtime.service.ShiftsToJudge;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The rota's side of {@link ShiftsToJudge}: shifts found and planned the way the shift API does it. */
@ApplicationScoped
public class ShiftWorkingTimeChecks implements ShiftsToJudge {

    private final ShiftService shifts;

    public ShiftWorkingTimeChecks(ShiftService shifts) {
        this.shifts = shifts;
    }

    @Override
    public Judged check(UUID staffId, UUID shiftId, Proposal proposal) {
        ShiftPlan plan = proposal == null ? null : new ShiftPlan(proposal.unitId(), proposal.date(),
                proposal.shiftTypeId(), proposal.startTime(), proposal.endTime(), proposal.unpaidBreakMinutes(),
                null, null, null, null, null, null, null, null, null);
        ShiftService.WorkingTimeCheck check = shifts.checkWorkingTime(staffId, shiftId, plan);
        return new Judged(check.shiftId(), check.assessment());
    }

    @Override
    public void requireVisible(UUID shiftId) {
        shifts.get(shiftId);
    }
}
