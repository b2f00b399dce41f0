package io.careops.scheduling.events;

import io.careops.platform.events.EventCatalogue;
import io.careops.platform.events.Outbox;
import io.careops.scheduling.absence.domain.Absence;
import io.careops.scheduling.shift.domain.Shift;
import io.careops.scheduling.swap.domain.ShiftSwap;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The domain events scheduling writes to its outbox, each in the transaction of its change (see
 * the README, "Events and webhooks"). Payloads carry identifiers, times and states, never notes.
 */
@ApplicationScoped
public class RotaEvents implements EventCatalogue {

    private static final String PREFIX = "io.careops.scheduling.";
    public static final String SHIFT_PUBLISHED = PREFIX + "shift.published";
    public static final String SHIFT_ASSIGNED = PREFIX + "shift.assigned";
    public static final String SHIFT_CHANGED = PREFIX + "shift.changed";
    public static final String SHIFT_CANCELLED = PREFIX + "shift.cancelled";
    public static final String LEAVE_REQUESTED = PREFIX + "leave.requested";
    public static final String LEAVE_DECIDED = PREFIX + "leave.decided";
    public static final String SWAP_REQUESTED = PREFIX + "swap.requested";
    public static final String SWAP_DECIDED = PREFIX + "swap.decided";

    private final Outbox outbox;

    public RotaEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Set<String> types() {
        return Set.of(SHIFT_PUBLISHED, SHIFT_ASSIGNED, SHIFT_CHANGED, SHIFT_CANCELLED, LEAVE_REQUESTED, LEAVE_DECIDED,
                SWAP_REQUESTED, SWAP_DECIDED);
    }

    /** Shifts planned on the rota (one, a week's batch, a copied week): one event each. */
    public void shiftsPublished(List<Shift> shifts) {
        outbox.recordAll(shifts.stream().map(shift -> event(SHIFT_PUBLISHED, shift)).toList());
    }

    public void shiftAssigned(Shift shift) {
        outbox.recordAll(List.of(event(SHIFT_ASSIGNED, shift)));
    }

    public void shiftChanged(Shift shift) {
        outbox.recordAll(List.of(event(SHIFT_CHANGED, shift)));
    }

    public void shiftCancelled(Shift shift) {
        outbox.recordAll(List.of(event(SHIFT_CANCELLED, shift)));
    }

    public void leaveRequested(Absence absence) {
        outbox.record(LEAVE_REQUESTED, "absences/" + absence.id(), absence.careHomeId(), absence(absence));
    }

    public void leaveDecided(Absence absence) {
        Map<String, Object> data = absence(absence);
        data.put("decidedBy", absence.decidedBy());
        data.put("decidedAt", absence.decidedAt() == null ? null : absence.decidedAt().toString());
        outbox.record(LEAVE_DECIDED, "absences/" + absence.id(), absence.careHomeId(), data);
    }

    public void swapRequested(ShiftSwap swap) {
        outbox.record(SWAP_REQUESTED, "shift-swaps/" + swap.id(), swap.careHomeId(), swap(swap));
    }

    public void swapDecided(ShiftSwap swap) {
        outbox.record(SWAP_DECIDED, "shift-swaps/" + swap.id(), swap.careHomeId(), swap(swap));
    }

    private static Outbox.Event event(String type, Shift shift) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("shiftId", shift.id());
        data.put("careHomeId", shift.careHomeId());
        data.put("unitId", shift.unitId());
        data.put("shiftTypeId", shift.shiftTypeId());
        data.put("date", shift.times().date().toString());
        data.put("startsAt", shift.times().startsAt().toString());
        data.put("endsAt", shift.times().endsAt().toString());
        data.put("staffId", shift.staffId());
        data.put("agencyCompanyId", shift.agencyCompanyId());
        data.put("status", shift.status());
        return new Outbox.Event(type, "shifts/" + shift.id(), shift.careHomeId(), data);
    }

    private static Map<String, Object> absence(Absence absence) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("absenceId", absence.id());
        data.put("careHomeId", absence.careHomeId());
        data.put("staffId", absence.staffId());
        data.put("type", absence.type());
        data.put("firstDay", absence.firstDay().toString());
        data.put("lastDay", absence.lastDay().toString());
        data.put("state", absence.state());
        data.put("requestedBy", absence.requestedBy());
        return data;
    }

    private static Map<String, Object> swap(ShiftSwap swap) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("swapId", swap.id());
        data.put("careHomeId", swap.careHomeId());
        data.put("shiftId", swap.shiftId());
        data.put("fromStaffId", swap.fromStaffId());
        data.put("toStaffId", swap.toStaffId());
        data.put("returnShiftId", swap.returnShiftId());
        data.put("state", swap.state());
        return data;
    }
}
