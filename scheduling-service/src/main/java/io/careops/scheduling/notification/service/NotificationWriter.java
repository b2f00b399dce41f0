package io.careops.scheduling.notification.service;

import io.careops.scheduling.absence.domain.Absence;
import io.careops.scheduling.absence.domain.AbsenceState;
import io.careops.scheduling.carehome.domain.CareHome;
import io.careops.scheduling.notification.domain.EmailStatus;
import io.careops.scheduling.notification.domain.NotificationKind;
import io.careops.scheduling.shift.domain.Shift;
import io.careops.scheduling.shift.domain.ShiftTimes;
import io.careops.scheduling.shifttype.domain.ShiftType;
import io.careops.scheduling.staff.domain.Staff;
import io.careops.scheduling.swap.domain.ShiftSwap;
import io.careops.scheduling.swap.domain.SwapEvent;
import io.careops.scheduling.unit.domain.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Writes what people are told, in the caller's transaction (the change's), one row per outbox
 * event and recipient: {@code INSERT ... ON CONFLICT (event_id, staff_id) DO NOTHING}, so the same
 * message can never reach a person twice. The text is written now, with the facts as they are at
 * the change (home, unit, day and times in the home's zone, who did it), and is what the app lists
 * and the e-mail says. {@code RotaEvents} calls it beside each event it records.
 */
@ApplicationScoped
public class NotificationWriter {

    private static final int ROWS_A_STATEMENT = 500;
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT = """
            INSERT INTO notification (id, event_id, staff_id, care_home_id, kind, about, title, body, created_at,
                                      email_status, email_next_attempt_at)
            VALUES %s
            ON CONFLICT (event_id, staff_id) DO NOTHING""";
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final String FOOTER = "\n\nYou can see all your notifications in CareOps. This message was sent"
            + " automatically; please do not reply to it.\n";

    private final EntityManager entityManager;
    private final Clock clock;

    public NotificationWriter(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** One message to one person about one event. */
    record Draft(UUID eventId, Staff to, UUID careHomeId, NotificationKind kind, String about, String title, String body) {
    }

    /** The records a message names, each read once per call (a week's plan names few homes and units). */
    private final class Facts {
        private final Map<UUID, CareHome> homes = new HashMap<>();
        private final Map<UUID, Unit> units = new HashMap<>();
        private final Map<UUID, ShiftType> types = new HashMap<>();
        private final Map<UUID, Staff> people = new HashMap<>();

        CareHome home(UUID id) {
            return homes.computeIfAbsent(id, key -> entityManager.find(CareHome.class, key));
        }

        String unit(UUID id) {
            Unit unit = units.computeIfAbsent(id, key -> entityManager.find(Unit.class, key));
            return unit == null ? "(unknown unit)" : unit.name();
        }

        ShiftType type(UUID id) {
            return id == null ? null : types.computeIfAbsent(id, key -> entityManager.find(ShiftType.class, key));
        }

        Staff person(UUID id) {
            return id == null ? null : people.computeIfAbsent(id, key -> entityManager.find(Staff.class, key));
        }

        ZoneId zone(UUID homeId) {
            CareHome home = home(homeId);
            return home == null ? ZoneId.of("Europe/London") : home.timeZone();
        }

        String homeName(UUID homeId) {
            CareHome home = home(homeId);
            return home == null ? "(unknown home)" : home.name();
        }
    }

    // --- Shifts ---------------------------------------------------------------------------------

    /**
     * Shifts given to someone: planned with a person, assigned, claimed. {@code eventIds} are the
     * shifts' events in the same order; {@code previousStaff} who held each before (null: no one).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void shiftsAssigned(List<UUID> eventIds, List<Shift> shifts, List<UUID> previousStaff) {
        Facts facts = new Facts();
        List<Draft> drafts = new ArrayList<>();
        Instant now = clock.instant();
        for (int i = 0; i < shifts.size(); i++) {
            Shift shift = shifts.get(i);
            if (over(shift, now)) {
                continue;
            }
            UUID before = previousStaff == null ? null : previousStaff.get(i);
            if (shift.staffId() != null && !shift.staffId().equals(before)) {
                drafts.add(assigned(eventIds.get(i), shift, facts));
            }
            if (before != null && !before.equals(shift.staffId())) {
                drafts.add(takenOff(eventIds.get(i), shift, before, shift.snapshot(), facts));
            }
        }
        write(drafts);
    }

    /** A manager's edit: the person on it is told what changed; someone taken off it, that it is no longer theirs. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void shiftChanged(UUID eventId, Shift shift, Shift.Snapshot before) {
        if (over(shift, clock.instant()) && !before.times().endsAt().isAfter(clock.instant())) {
            return;
        }
        Facts facts = new Facts();
        List<Draft> drafts = new ArrayList<>();
        UUID now = shift.staffId();
        if (now != null && now.equals(before.staffId())) {
            if (!before.times().equals(shift.times()) || !before.unitId().equals(shift.unitId())) {
                Staff to = facts.person(now);
                ZoneId zone = facts.zone(shift.careHomeId());
                String body = "Hello " + to.firstName() + ",\n\nYour shift has been changed by " + shift.updatedBy()
                        + ".\n\nIt is now:\n" + details(shift.careHomeId(), shift.unitId(), shift.shiftTypeId(),
                                shift.times(), facts)
                        + "\n\nIt was:\nUnit: " + facts.unit(before.unitId()) + "\nDate: " + day(before.times(), zone)
                        + "\nTime: " + times(before.times(), zone) + FOOTER;
                drafts.add(new Draft(eventId, to, shift.careHomeId(), NotificationKind.SHIFT_CHANGED, about(shift),
                        "Shift changed: now " + headline(shift, facts), body));
            }
        } else {
            if (now != null) {
                drafts.add(assigned(eventId, shift, facts));
            }
            if (before.staffId() != null) {
                drafts.add(takenOff(eventId, shift, before.staffId(), before, facts));
            }
        }
        write(drafts);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void shiftCancelled(UUID eventId, Shift shift) {
        if (shift.staffId() == null || over(shift, clock.instant())) {
            return;
        }
        Facts facts = new Facts();
        Staff to = facts.person(shift.staffId());
        String body = "Hello " + to.firstName() + ",\n\nThis shift of yours has been cancelled by " + shift.updatedBy()
                + "; you are no longer expected to work it:\n\n" + details(shift.careHomeId(), shift.unitId(),
                        shift.shiftTypeId(), shift.times(), facts) + FOOTER;
        write(List.of(new Draft(eventId, to, shift.careHomeId(), NotificationKind.SHIFT_CANCELLED, about(shift),
                "Shift cancelled: " + headline(shift, facts), body)));
    }

    private Draft assigned(UUID eventId, Shift shift, Facts facts) {
        Staff to = facts.person(shift.staffId());
        String body = "Hello " + to.firstName() + ",\n\nYou have a shift, given to you by " + shift.updatedBy() + ":\n\n"
                + details(shift.careHomeId(), shift.unitId(), shift.shiftTypeId(), shift.times(), facts) + FOOTER;
        return new Draft(eventId, to, shift.careHomeId(), NotificationKind.SHIFT_ASSIGNED, about(shift),
                "Shift assigned: " + headline(shift, facts), body);
    }

    private Draft takenOff(UUID eventId, Shift shift, UUID from, Shift.Snapshot was, Facts facts) {
        Staff to = facts.person(from);
        String body = "Hello " + to.firstName() + ",\n\nThis shift is no longer yours (changed by " + shift.updatedBy()
                + "); you are not expected to work it:\n\n" + details(shift.careHomeId(), was.unitId(),
                        shift.shiftTypeId(), was.times(), facts) + FOOTER;
        return new Draft(eventId, to, shift.careHomeId(), NotificationKind.SHIFT_UNASSIGNED, about(shift),
                "Shift no longer yours: " + facts.homeName(shift.careHomeId()) + ", " + facts.unit(was.unitId()) + ", "
                        + shortDay(was.times(), facts.zone(shift.careHomeId())) + " "
                        + times(was.times(), facts.zone(shift.careHomeId())), body);
    }

    /** A shift already over (history being recorded, e.g. the past weeks of a rota) tells no one. */
    private static boolean over(Shift shift, Instant now) {
        return !shift.times().endsAt().isAfter(now);
    }

    private static String about(Shift shift) {
        return "shifts/" + shift.id();
    }

    /** "Hawthorn House, Rowan, Sat 5 Dec 2026 07:00 to 19:30" */
    private static String headline(Shift shift, Facts facts) {
        ZoneId zone = facts.zone(shift.careHomeId());
        return facts.homeName(shift.careHomeId()) + ", " + facts.unit(shift.unitId()) + ", "
                + shortDay(shift.times(), zone) + " " + times(shift.times(), zone);
    }

    private static String details(UUID homeId, UUID unitId, UUID typeId, ShiftTimes shiftTimes, Facts facts) {
        ZoneId zone = facts.zone(homeId);
        ShiftType type = facts.type(typeId);
        return "Care home: " + facts.homeName(homeId) + "\nUnit: " + facts.unit(unitId) + "\nDate: "
                + day(shiftTimes, zone) + "\nTime: " + times(shiftTimes, zone) + " (" + zone.getId() + ")"
                + (type == null ? "" : "\nShift type: " + type.name() + " (" + type.code() + ")");
    }

    /** The day the shift starts, in the home's zone: "Saturday 5 December 2026". */
    static String day(ShiftTimes shiftTimes, ZoneId zone) {
        return shiftTimes.startsAt().atZone(zone).format(DAY);
    }

    private static String shortDay(ShiftTimes shiftTimes, ZoneId zone) {
        return shiftTimes.startsAt().atZone(zone).format(SHORT_DAY);
    }

    /** "07:00 to 19:30", or "19:00 to 07:30 the next day", as the home's clocks read. */
    static String times(ShiftTimes shiftTimes, ZoneId zone) {
        ZonedDateTime start = shiftTimes.startsAt().atZone(zone);
        ZonedDateTime end = shiftTimes.endsAt().atZone(zone);
        long days = ChronoUnit.DAYS.between(start.toLocalDate(), end.toLocalDate());
        return start.format(TIME) + " to " + end.format(TIME) + (days == 1 ? " the next day" : days > 1
                ? " " + days + " days later" : "");
    }

    // --- Leave ----------------------------------------------------------------------------------

    /**
     * An absence decided: the person is told of an approval or a refusal, with the reason and who
     * decided, and of a cancellation unless they withdrew it themselves ({@code byThePerson}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void leaveDecided(UUID eventId, Absence absence, boolean byThePerson) {
        if (byThePerson || absence.state() == AbsenceState.REQUESTED) {
            return;
        }
        Facts facts = new Facts();
        Staff to = facts.person(absence.staffId());
        String what = switch (absence.state()) {
            case APPROVED -> "approved";
            case DECLINED -> "declined";
            case CANCELLED -> "cancelled";
            default -> absence.state().name().toLowerCase(Locale.UK);
        };
        String type = absence.type().name().replace('_', ' ').toLowerCase(Locale.UK);
        String days = absence.firstDay().equals(absence.lastDay()) ? absence.firstDay().format(DAY)
                : absence.firstDay().format(DAY) + " to " + absence.lastDay().format(DAY);
        String body = "Hello " + to.firstName() + ",\n\nYour " + type + " has been " + what + " by "
                + absence.decidedBy() + ".\n\nCare home: " + facts.homeName(absence.careHomeId()) + "\nType: " + type
                + "\nDays: " + days + " (" + (ChronoUnit.DAYS.between(absence.firstDay(), absence.lastDay()) + 1)
                + " calendar days, first and last included)"
                + (absence.leaveHours() == null ? "" : "\nLeave hours: " + absence.leaveHours().toPlainString())
                + "\nReason: " + (absence.decisionReason() == null ? "none given" : absence.decisionReason()) + FOOTER;
        String title = "Leave " + what + ": " + type + ", " + days;
        write(List.of(new Draft(eventId, to, absence.careHomeId(), NotificationKind.LEAVE_DECIDED,
                "absences/" + absence.id(), title, body)));
    }

    // --- Swaps ----------------------------------------------------------------------------------

    /** The colleague a swap is offered to is told what is offered, and what is asked in return. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void swapOffered(UUID eventId, ShiftSwap swap) {
        Facts facts = new Facts();
        Staff to = facts.person(swap.toStaffId());
        Staff from = facts.person(swap.fromStaffId());
        Shift shift = entityManager.find(Shift.class, swap.shiftId());
        Shift back = swap.returnShiftId() == null ? null : entityManager.find(Shift.class, swap.returnShiftId());
        String note = lastNote(swap);
        String body = "Hello " + to.firstName() + ",\n\n" + from.fullName() + " offers you this shift:\n\n"
                + details(shift.careHomeId(), shift.unitId(), shift.shiftTypeId(), shift.times(), facts)
                + (back == null ? "\n\nNothing is asked in return." : "\n\nIn return for this shift of yours:\n\n"
                        + details(back.careHomeId(), back.unitId(), back.shiftTypeId(), back.times(), facts))
                + (note == null ? "" : "\n\nTheir note: " + note)
                + "\n\nAccept or decline it in CareOps." + FOOTER;
        write(List.of(new Draft(eventId, to, swap.careHomeId(), NotificationKind.SWAP_OFFERED,
                "shift-swaps/" + swap.id(), "Shift swap offered by " + from.fullName() + ": " + headline(shift, facts),
                body)));
    }

    /**
     * A swap moved on: accepted or declined (the offerer is told), cancelled (the colleague),
     * approved or rejected (both), with who did it and their note.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void swapDecided(UUID eventId, ShiftSwap swap) {
        List<UUID> recipients = switch (swap.state()) {
            case ACCEPTED, DECLINED -> List.of(swap.fromStaffId());
            case CANCELLED -> List.of(swap.toStaffId());
            case APPROVED, REJECTED -> List.of(swap.fromStaffId(), swap.toStaffId());
            default -> List.of();
        };
        if (recipients.isEmpty()) {
            return;
        }
        Facts facts = new Facts();
        Shift shift = entityManager.find(Shift.class, swap.shiftId());
        Shift back = swap.returnShiftId() == null ? null : entityManager.find(Shift.class, swap.returnShiftId());
        SwapEvent last = swap.history().isEmpty() ? null : swap.history().get(swap.history().size() - 1);
        String by = last == null ? "someone" : last.actor();
        String what = switch (swap.state()) {
            case ACCEPTED -> "accepted by " + facts.person(swap.toStaffId()).fullName()
                    + "; it now waits for a manager's approval";
            case DECLINED -> "declined by " + facts.person(swap.toStaffId()).fullName();
            case CANCELLED -> "withdrawn by " + facts.person(swap.fromStaffId()).fullName();
            case APPROVED -> "approved by " + by + ": the shifts have changed hands";
            case REJECTED -> "rejected by " + by + ": nothing changes";
            default -> swap.state().name();
        };
        List<Draft> drafts = new ArrayList<>();
        for (UUID recipient : recipients) {
            Staff to = facts.person(recipient);
            String body = "Hello " + to.firstName() + ",\n\nThe shift swap between "
                    + facts.person(swap.fromStaffId()).fullName() + " and " + facts.person(swap.toStaffId()).fullName()
                    + " has been " + what + ".\n\nThe shift offered (" + facts.person(swap.fromStaffId()).fullName()
                    + "'s):\n" + details(shift.careHomeId(), shift.unitId(), shift.shiftTypeId(), shift.times(), facts)
                    + (back == null ? "" : "\n\nThe shift in return (" + facts.person(swap.toStaffId()).fullName()
                            + "'s):\n" + details(back.careHomeId(), back.unitId(), back.shiftTypeId(), back.times(), facts))
                    + (last == null || last.note() == null ? "" : "\n\nNote: " + last.note()) + FOOTER;
            drafts.add(new Draft(eventId, to, swap.careHomeId(), NotificationKind.SWAP_DECIDED,
                    "shift-swaps/" + swap.id(), "Shift swap " + swap.state().name().toLowerCase(Locale.UK) + ": "
                            + headline(shift, facts), body));
        }
        write(drafts);
    }

    private static String lastNote(ShiftSwap swap) {
        List<SwapEvent> history = swap.history();
        return history.isEmpty() ? null : history.get(history.size() - 1).note();
    }

    // --- Writing --------------------------------------------------------------------------------

    /** Inserts the drafts in the caller's transaction, one statement per 500; a repeat (same event, same person) is skipped. */
    void write(List<Draft> drafts) {
        List<Draft> rows = drafts.stream().filter(Objects::nonNull).filter(draft -> draft.to() != null).toList();
        if (rows.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        entityManager.unwrap(Session.class).doWork(connection -> {
            for (int first = 0; first < rows.size(); first += ROWS_A_STATEMENT) {
                int count = Math.min(ROWS_A_STATEMENT, rows.size() - first);
                try (PreparedStatement insert = connection.prepareStatement(
                        INSERT.formatted(String.join(", ", Collections.nCopies(count, ROW))))) {
                    int p = 1;
                    for (int k = first; k < first + count; k++) {
                        Draft draft = rows.get(k);
                        boolean mail = draft.to().email() != null && !draft.to().email().isBlank();
                        insert.setObject(p++, UUID.randomUUID());
                        insert.setObject(p++, draft.eventId());
                        insert.setObject(p++, draft.to().id());
                        insert.setObject(p++, draft.careHomeId(), Types.OTHER);
                        insert.setString(p++, draft.kind().name());
                        insert.setString(p++, draft.about());
                        insert.setString(p++, cut(draft.title(), 300));
                        insert.setString(p++, cut(draft.body(), 10_000));
                        insert.setObject(p++, now.atOffset(ZoneOffset.UTC));
                        insert.setString(p++, (mail ? EmailStatus.PENDING : EmailStatus.NONE).name());
                        if (mail) {
                            insert.setObject(p++, now.atOffset(ZoneOffset.UTC));
                        } else {
                            insert.setNull(p++, Types.TIMESTAMP_WITH_TIMEZONE);
                        }
                    }
                    insert.executeUpdate();
                }
            }
        });
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }
}
