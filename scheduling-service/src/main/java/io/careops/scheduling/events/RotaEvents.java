package io.careops.scheduling.events;

import io.careops.platform.events.EventCatalogue;
import io.careops.platform.events.Outbox;
import io.careops.scheduling.absence.domain.Absence;
import io.careops.scheduling.notification.service.NotificationWriter;
import io.careops.scheduling.shift.domain.Shift;
import io.careops.scheduling.swap.domain.ShiftSwap;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The domain events scheduling writes to its outbox, each in the transaction of its change (see
 * the README, "Events and webhooks"). Payloads carry identifiers, times and states, never notes.
 * The same moments tell the people concerned ({@link NotificationWriter}: one notification per
 * event and person, in the same transaction).
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
    private final NotificationWriter notifications;

    public RotaEvents(Outbox outbox, NotificationWriter notifications) {
        this.outbox = outbox;
        this.notifications = notifications;
    }

    @Override
    public Set<String> types() {
        return Set.of(SHIFT_PUBLISHED, SHIFT_ASSIGNED, SHIFT_CHANGED, SHIFT_CANCELLED, LEAVE_REQUESTED, LEAVE_DECIDED,
                SWAP_REQUESTED, SWAP_DECIDED);
    }

    /** Shifts planned on the rota (one, a week's batch, a copied week): one event each. */
    public void shiftsPublished(List<Shift> shifts) {
        List<UUID> ids = outbox.recordAll(shifts.stream().map(shift -> event(SHIFT_PUBLISHED, shift)).toList());
        notifications.shiftsAssigned(ids, shifts, null);
    }

    /** A shift given to someone (assignment, offer claim); {@code previousStaffId} held it before (null: open). */
    public void shiftAssigned(Shift shift, UUID previousStaffId) {
        List<UUID> ids = outbox.recordAll(List.of(event(SHIFT_ASSIGNED, shift)));
        notifications.shiftsAssigned(ids, List.of(shift), java.util.Collections.singletonList(previousStaffId));
    }

    /** A shift moved by a swap: the event only; the people are told by the swap's own notification. */
    public void shiftSwapped(Shift shift) {
        outbox.recordAll(List.of(event(SHIFT_ASSIGNED, shift)));
    }

    /** A manager's edit; {@code before} is the shift as it was (who, where, when). */
    public void shiftChanged(Shift shift, Shift.Snapshot before) {
        List<UUID> ids = outbox.recordAll(List.of(event(SHIFT_CHANGED, shift)));
        notifications.shiftChanged(ids.get(0), shift, before);
    }

    public void shiftCancelled(Shift shift) {
        List<UUID> ids = outbox.recordAll(List.of(event(SHIFT_CANCELLED, shift)));
        notifications.shiftCancelled(ids.get(0), shift);
    }

    public void leaveRequested(Absence absence) {
        outbox.record(LEAVE_REQUESTED, "absences/" + absence.id(), absence.careHomeId(), absence(absence));
    }

    /** {@code byThePerson}: the person withdrew their own request (they are not told about it). */
    public void leaveDecided(Absence absence, boolean byThePerson) {
        Map<String, Object> data = absence(absence);
        data.put("decidedBy", absence.decidedBy());
        data.put("decidedAt", absence.decidedAt() == null ? null : absence.decidedAt().toString());
        UUID id = outbox.record(LEAVE_DECIDED, "absences/" + absence.id(), absence.careHomeId(), data);
        notifications.leaveDecided(id, absence, byThePerson);
    }

    public void swapRequested(ShiftSwap swap) {
        UUID id = outbox.record(SWAP_REQUESTED, "shift-swaps/" + swap.id(), swap.careHomeId(), swap(swap));
        notifications.swapOffered(id, swap);
    }

    public void swapDecided(ShiftSwap swap) {
        UUID id = outbox.record(SWAP_DECIDED, "shift-swaps/" + swap.id(), swap.careHomeId(), swap(swap));
        notifications.swapDecided(id, swap);
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
