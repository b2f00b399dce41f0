package io.careops.scheduling.actualhours.service;

import io.careops.platform.problem.ProblemException;
import io.careops.platform.problem.ProblemType;
import io.careops.platform.security.CareHomeAccess;
import io.careops.platform.security.Caller;
import io.careops.platform.security.Roles;
import io.careops.scheduling.shift.domain.Shift;
import io.careops.scheduling.shift.domain.ShiftRepository;
import io.careops.scheduling.staff.service.CurrentStaff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When shifts were really worked: a manager or admin of the home records (or corrects) them with
 * a reason; the person on the shift clocks in and out on the service's one clock. Another home's
 * shift, and for a staff-only caller someone else's, answers 404.
 */
@ApplicationScoped
public class ActualHoursService {

    private final ShiftRepository shifts;
    private final CareHomeAccess access;
    private final CurrentStaff current;
    private final Caller caller;
    private final Clock clock;
    private final Duration clockInWindow;

    public ActualHoursService(ShiftRepository shifts, CareHomeAccess access, CurrentStaff current, Caller caller, Clock clock,
            @ConfigProperty(name = "careops.actual-hours.clock-in-window-minutes", defaultValue = "60") int windowMinutes) {
        this.shifts = shifts;
        this.access = access;
        this.current = current;
        this.caller = caller;
        this.clock = clock;
        this.clockInWindow = Duration.ofMinutes(windowMinutes);
    }

    public Duration clockInWindow() {
        return clockInWindow;
    }

    @Transactional
    public Shift record(UUID shiftId, Instant start, Instant end, String reason) {
        if (!caller.hasRole(Roles.ADMIN) && !caller.hasRole(Roles.MANAGER)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only a manager or admin of the home records actual hours");
        }
        Shift shift = visible(shiftId);
        shift.recordActual(start.truncatedTo(ChronoUnit.SECONDS), end.truncatedTo(ChronoUnit.SECONDS), reason.strip(),
                caller.name(), now());
        return shift;
    }

    @Transactional
    public Shift clockIn(UUID shiftId) {
        Shift shift = own(shiftId);
        shift.clockIn(clockInWindow, caller.name(), now());
        return shift;
    }

    @Transactional
    public Shift clockOut(UUID shiftId) {
        Shift shift = own(shiftId);
        shift.clockOut(caller.name(), now());
        return shift;
    }

    /** PostgreSQL keeps microseconds: the instant stored is the instant answered. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private Shift visible(UUID shiftId) {
        return access.visible(shifts.findByIdOptional(shiftId), Shift::careHomeId, "Shift", shiftId);
    }

    /** Only the person on the shift clocks it; a staff-only caller sees no one else's (404). */
    private Shift own(UUID shiftId) {
        Shift shift = visible(shiftId);
        if (current.isSelf(shift.staffId())) {
            return shift;
        }
        if (current.selfService()) {
            throw ProblemException.notFound("Shift", shiftId);
        }
        throw new ProblemException(ProblemType.FORBIDDEN,
                "Only the person on the shift clocks in and out (a manager records actual hours instead)");
    }
}
