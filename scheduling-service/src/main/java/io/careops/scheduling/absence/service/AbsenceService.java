package io.careops.scheduling.absence.service;

import io.careops.platform.paging.Page;
import io.careops.platform.paging.PageRequest;
import io.careops.platform.problem.ProblemException;
import io.careops.platform.security.CareHomeAccess;
import io.careops.scheduling.absence.domain.Absence;
import io.careops.scheduling.absence.domain.AbsenceRepository;
import io.careops.scheduling.absence.domain.AbsenceState;
import io.careops.scheduling.absence.domain.AbsenceType;
import io.careops.scheduling.carehome.service.CareHomeService;
import io.careops.scheduling.shift.domain.Shift;
import io.careops.scheduling.shift.domain.ShiftRepository;
import io.careops.scheduling.staff.domain.Staff;
import io.careops.scheduling.staff.service.StaffService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

@ApplicationScoped
public class AbsenceService {

    private final AbsenceRepository absences;
    private final ShiftRepository shifts;
    private final StaffService staff;
    private final CareHomeService homes;
    private final CareHomeAccess access;
    private final JsonWebToken caller;
    private final Clock clock;

    public AbsenceService(AbsenceRepository absences, ShiftRepository shifts, StaffService staff, CareHomeService homes,
            CareHomeAccess access, JsonWebToken caller, Clock clock) {
        this.absences = absences;
        this.shifts = shifts;
        this.staff = staff;
        this.homes = homes;
        this.access = access;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public Absence request(UUID staffId, AbsenceType type, LocalDate firstDay, LocalDate lastDay, String notes) {
        Staff member = staff.get(staffId);
        Absence absence = Absence.request(member.id(), member.careHomeId(), type, firstDay, lastDay, notes,
                caller.getName(), clock.instant());
        absences.persist(absence);
        return absence;
    }

    /**
     * Approving, declining or cancelling. An approval that would overlap a shift the person still
     * holds, or another approved absence, is a conflict: reassign or cancel those first.
     */
    @Transactional
    public Absence decide(UUID id, AbsenceState target) {
        Absence absence = get(id);
        if (target == AbsenceState.APPROVED) {
            requireNoOverlapWhenApproved(absence);
        }
        absence.decide(target, caller.getName(), clock.instant());
        return absence;
    }

    @Transactional
    public Absence get(UUID id) {
        return access.visible(absences.findByIdOptional(id), Absence::careHomeId, "Absence", id);
    }

    @Transactional
    public <T> Page<T> list(PageRequest page, AbsenceRepository.Criteria criteria, Function<Absence, T> toResponse) {
        return Page.of(absences.search(access.restriction(), criteria), page, toResponse);
    }

    private void requireNoOverlapWhenApproved(Absence absence) {
        List<Absence> approved = absences.approvedBetween(absence.staffId(), absence.firstDay(), absence.lastDay())
                .stream().filter(other -> !other.id().equals(absence.id())).toList();
        if (!approved.isEmpty()) {
            Absence other = approved.get(0);
            throw ProblemException.conflict("The staff member is already on approved absence from "
                    + other.firstDay() + " to " + other.lastDay() + " (absence " + other.id() + ")");
        }
        ZoneId zone = homes.get(absence.careHomeId()).timeZone();
        List<Shift> held = shifts.overlapping(absence.staffId(), absence.startsAt(zone), absence.endsAt(zone), null);
        if (!held.isEmpty()) {
            throw ProblemException.conflict("The staff member still holds " + held.size() + " shift(s) in those days ("
                    + held.stream().map(shift -> shift.times().date() + " " + shift.times().start() + " shift "
                            + shift.id()).collect(Collectors.joining(", ")) + "); reassign or cancel them first");
        }
    }
}
