package io.careops.scheduling.staff.service;

import io.careops.platform.problem.ProblemException;
import io.careops.platform.problem.ProblemType;
import io.careops.platform.security.CareHomeAccess;
import io.careops.platform.security.Caller;
import io.careops.scheduling.staff.domain.Staff;
import io.careops.scheduling.staff.domain.StaffRepository;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * The staff record the caller's token names (platform {@link Caller#staffNumber()}), looked up
 * once per request among the homes the token may see. A staff-only caller ("self-service") is
 * limited to their own records: anyone else's answers 404, as a record of another home does.
 */
@RequestScoped
public class CurrentStaff {

    /** Matches no staff record: a self-service caller without a linked record sees nothing personal. */
    public static final UUID NO_ONE = new UUID(0, 0);

    private final Caller caller;
    private final StaffRepository staff;
    private final CareHomeAccess access;
    private Optional<Staff> linked;

    public CurrentStaff(Caller caller, StaffRepository staff, CareHomeAccess access) {
        this.caller = caller;
        this.staff = staff;
        this.access = access;
    }

    /** The caller's own staff record, if the token names one in a home it may see. */
    public Optional<Staff> linked() {
        if (linked == null) {
            linked = caller.staffNumber().flatMap(staff::findByStaffNumber)
                    .filter(member -> access.canSee(member.careHomeId()));
        }
        return linked;
    }

    public boolean selfService() {
        return caller.selfService();
    }

    /** For a self-service caller, the only staff id they may see ({@link #NO_ONE} when unlinked). */
    public Optional<UUID> onlyStaffId() {
        return selfService() ? Optional.of(linked().map(Staff::id).orElse(NO_ONE)) : Optional.empty();
    }

    /** A self-service caller may see the record only if it is their own: otherwise 404. */
    public void requireOwn(UUID staffId, String what, Object id) {
        if (selfService() && !isSelf(staffId)) {
            throw ProblemException.notFound(what, id);
        }
    }

    public boolean isSelf(UUID staffId) {
        return staffId != null && linked().map(member -> member.id().equals(staffId)).orElse(false);
    }

    /** The caller's own record, to act for themselves; 403 when the token names none. */
    public Staff requireLinked() {
        return linked().orElseThrow(() -> new ProblemException(ProblemType.FORBIDDEN,
                "The token names no staff record of a home it may see (claim with the staff number missing or unknown)"));
    }
}
