package io.careops.scheduling.swap.service;

import io.careops.platform.paging.Page;
import io.careops.platform.paging.PageRequest;
import io.careops.platform.problem.Problem;
import io.careops.platform.problem.ProblemException;
import io.careops.platform.problem.ProblemType;
import io.careops.platform.security.CareHomeAccess;
import io.careops.platform.security.Roles;
import io.careops.scheduling.carehome.service.CareHomeService;
import io.careops.scheduling.eligibility.service.CertificationCheck;
import io.careops.scheduling.shift.domain.Shift;
import io.careops.scheduling.shift.domain.ShiftStatus;
import io.careops.scheduling.shift.service.ShiftService;
import io.careops.scheduling.staff.domain.Staff;
import io.careops.scheduling.staff.service.CurrentStaff;
import io.careops.scheduling.staff.service.StaffService;
import io.careops.scheduling.swap.domain.ShiftSwap;
import io.careops.scheduling.swap.domain.SwapPolicy;
import io.careops.scheduling.swap.domain.SwapRepositories;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Shift swaps. A (the shift's person, or a manager for them) offers; B accepts, which runs every
 * check for both as if the swap were done (the shifts are moved inside the transaction, judged,
 * and moved back unless the home approves swaps automatically); a manager approves, which moves
 * them for good after judging again. A refusal (422) lists every failed rule of both people.
 * Across homes of the group: B (or B's shift in return) may be of another home when the offering
 * caller sees both; managers of either home see the swap, a manager of the shift's home decides it,
 * and working time counts every shift of both people in every home.
 */
@ApplicationScoped
public class ShiftSwapService {

    private final SwapRepositories.Swaps swaps;
    private final SwapRepositories.Policies policies;
    private final ShiftService shifts;
    private final StaffService staff;
    private final CareHomeService homes;
    private final CareHomeAccess access;
    private final CurrentStaff current;
    private final JsonWebToken caller;
    private final Clock clock;
    private final io.careops.scheduling.events.RotaEvents events;
    private final EntityManager entityManager;
    private final jakarta.transaction.TransactionManager transactions;

    public ShiftSwapService(SwapRepositories.Swaps swaps, SwapRepositories.Policies policies, ShiftService shifts,
            StaffService staff, CareHomeService homes, CareHomeAccess access, CurrentStaff current, JsonWebToken caller,
            Clock clock, EntityManager entityManager, jakarta.transaction.TransactionManager transactions, io.careops.scheduling.events.RotaEvents events) {
        this.events = events;
        this.transactions = transactions;
        this.swaps = swaps;
        this.policies = policies;
        this.shifts = shifts;
        this.staff = staff;
        this.homes = homes;
        this.access = access;
        this.current = current;
        this.caller = caller;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    @Transactional
    public ShiftSwap offer(UUID shiftId, UUID toStaffId, UUID returnShiftId, String note) {
        Shift shift = shifts.get(shiftId);
        if (current.selfService()) {
            current.requireOwn(shift.staffId(), "Shift", shiftId);
        }
        if (shift.staffId() == null) {
            throw ProblemException.ruleViolation("shiftId", "the shift is open: offer it with an open-shift offer");
        }
        requireAhead(shift, "shiftId");
        // B may be of another home of the group (cross-home cover): the caller must see B (else 404).
        Staff to = staff.get(toStaffId);
        UUID otherHome = to.careHomeId();
        if (returnShiftId != null) {
            Shift back = shifts.get(returnShiftId);
            if (!toStaffId.equals(back.staffId())) {
                throw ProblemException.ruleViolation("returnShiftId", "the shift in return is not " + to.fullName() + "'s");
            }
            requireAhead(back, "returnShiftId");
            if (!back.careHomeId().equals(shift.careHomeId())) {
                otherHome = back.careHomeId();
            }
        }
        ShiftSwap swap = ShiftSwap.offer(shift.careHomeId(), shift.id(), shift.staffId(), toStaffId, returnShiftId,
                otherHome, caller.getName(), clock.instant(), note);
        swaps.persist(swap);
        events.swapRequested(swap);
        return swap;
    }

    private void requireAhead(Shift shift, String field) {
        if (shift.status() == ShiftStatus.CANCELLED || shift.status() == ShiftStatus.WORKED
                || !shift.times().startsAt().isAfter(clock.instant())) {
            throw ProblemException.ruleViolation(field, "only a shift still to come can be swapped");
        }
    }

    /**
     * A swap of the caller's homes (either home of a swap across homes); a staff-only caller sees
     * only swaps they are part of (else 404).
     */
    @Transactional
    public ShiftSwap view(UUID id) {
        ShiftSwap swap = swaps.findByIdOptional(id).filter(found -> found.homes().stream().anyMatch(access::canSee))
                .orElseThrow(() -> ProblemException.notFound("Shift swap", id));
        if (current.selfService() && !(current.isSelf(swap.fromStaffId()) || current.isSelf(swap.toStaffId()))) {
            throw ProblemException.notFound("Shift swap", id);
        }
        // Loaded for the answer, which is written after the transaction.
        swap.history().size();
        return swap;
    }

    @Transactional
    public <T> Page<T> list(PageRequest page, SwapRepositories.Swaps.Criteria criteria, Function<ShiftSwap, T> toResponse) {
        SwapRepositories.Swaps.Criteria scoped = current.onlyStaffId()
                .map(own -> new SwapRepositories.Swaps.Criteria(criteria.careHomeId(), criteria.state(), own))
                .orElse(criteria);
        return Page.of(swaps.search(access.restriction(), scoped), page, toResponse);
    }

    /** Who and which days the certification check must ask about, before the transaction. */
    @Transactional
    public List<CertificationCheck.Ask> asks(UUID id) {
        ShiftSwap swap = view(id);
        List<CertificationCheck.Ask> asks = new ArrayList<>();
        // Read whoever asks: in a swap across homes one of the shifts is in the other home.
        asks.add(new CertificationCheck.Ask(swap.toStaffId(), entityManager.find(Shift.class, swap.shiftId()).times().date()));
        if (swap.returnShiftId() != null) {
            asks.add(new CertificationCheck.Ask(swap.fromStaffId(),
                    entityManager.find(Shift.class, swap.returnShiftId()).times().date()));
        }
        return asks;
    }

    /**
     * B accepts (after {@link #check} passed); approved at once, the shifts changing hands, when the
     * home's policy says so.
     */
    @Transactional
    public ShiftSwap accept(UUID id, CertificationCheck.Verdicts verdicts) {
        ShiftSwap swap = view(id);
        if (!current.isSelf(swap.toStaffId())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the person the swap is offered to may accept it");
        }
        swap.accept(caller.getName(), clock.instant());
        if (autoApprove(swap.careHomeId())) {
            refuseOn(moveAndJudge(swap, verdicts));
            swap.approve("policy:auto-approve", clock.instant(), "every check passed; approved by the home's swap policy");
        }
        events.swapDecided(swap);
        return swap;
    }

    @Transactional
    public ShiftSwap decline(UUID id) {
        ShiftSwap swap = view(id);
        if (!current.isSelf(swap.toStaffId())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the person the swap is offered to may decline it");
        }
        swap.decline(caller.getName(), clock.instant());
        events.swapDecided(swap);
        return swap;
    }

    @Transactional
    public ShiftSwap cancel(UUID id) {
        ShiftSwap swap = view(id);
        if (current.selfService() && !current.isSelf(swap.fromStaffId())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the person who offered the swap may cancel it");
        }
        swap.cancel(caller.getName(), clock.instant());
        events.swapDecided(swap);
        return swap;
    }

    /** A manager approves: judged again on the rota as it is now, then the shifts change hands. */
    @Transactional
    public ShiftSwap approve(UUID id, CertificationCheck.Verdicts verdicts, String note) {
        requireManager();
        ShiftSwap swap = view(id);
        requireManagerOfTheShiftsHome(swap);
        swap.approve(caller.getName(), clock.instant(), note);
        refuseOn(moveAndJudge(swap, verdicts));
        events.swapDecided(swap);
        return swap;
    }

    @Transactional
    public ShiftSwap reject(UUID id, String note) {
        requireManager();
        ShiftSwap swap = view(id);
        requireManagerOfTheShiftsHome(swap);
        swap.reject(caller.getName(), clock.instant(), note);
        events.swapDecided(swap);
        return swap;
    }

    @Transactional
    public SwapPolicy policy(UUID careHomeId) {
        homes.get(careHomeId);
        return policies.findByIdOptional(careHomeId)
                .orElseGet(() -> SwapPolicy.of(careHomeId, false, "default", clock.instant()));
    }

    @Transactional
    public SwapPolicy setPolicy(UUID careHomeId, boolean autoApprove) {
        homes.get(careHomeId);
        SwapPolicy policy = policies.findByIdOptional(careHomeId).orElse(null);
        if (policy == null) {
            policy = SwapPolicy.of(careHomeId, autoApprove, caller.getName(), clock.instant());
            policies.persist(policy);
        } else {
            policy.set(autoApprove, caller.getName(), clock.instant());
        }
        return policy;
    }

    private boolean autoApprove(UUID careHomeId) {
        return policies.findByIdOptional(careHomeId).map(SwapPolicy::autoApprove).orElse(false);
    }

    private void requireManager() {
        if (!caller.getGroups().contains(Roles.ADMIN) && !caller.getGroups().contains(Roles.MANAGER)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only a manager may approve or reject a swap");
        }
    }

    /** A swap across homes is decided by a manager of the shift's home; the other home's see it only. */
    private void requireManagerOfTheShiftsHome(ShiftSwap swap) {
        if (!access.canSee(swap.careHomeId())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only a manager of the shift's care home may approve or"
                    + " reject this swap");
        }
    }

    /**
     * Moves the shifts as the swap would and judges both people; the answer lists every failure.
     * The caller keeps the move (approval) or rolls it back ({@link #check}).
     */
    private List<Problem.FieldError> moveAndJudge(ShiftSwap swap, CertificationCheck.Verdicts verdicts) {
        // Both rows locked, so two decisions on the same shifts queue.
        Shift shift = entityManager.find(Shift.class, swap.shiftId(), LockModeType.PESSIMISTIC_WRITE);
        Shift back = swap.returnShiftId() == null ? null
                : entityManager.find(Shift.class, swap.returnShiftId(), LockModeType.PESSIMISTIC_WRITE);
        if (!swap.fromStaffId().equals(shift.staffId()) || (back != null && !swap.toStaffId().equals(back.staffId()))) {
            throw ProblemException.conflict("The shifts have changed hands since the swap was offered");
        }
        requireAhead(shift, "shiftId");
        if (back != null) {
            requireAhead(back, "returnShiftId");
        }
        return shifts.swap(shift, swap.toStaffId(), back, swap.fromStaffId(), verdicts);
    }

    private static void refuseOn(List<Problem.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.RULE_VIOLATION, "The swap breaks " + errors.size()
                    + " rule(s) for the people involved; nothing changed", errors);
        }
    }

    /**
     * Every check for both people as if the swap were done, in a transaction of its own that is
     * always rolled back: the shifts are moved, judged, and the move is never committed.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Problem.FieldError> check(UUID id, CertificationCheck.Verdicts verdicts) {
        ShiftSwap swap = view(id);
        if (swap.state() != ShiftSwap.State.OFFERED) {
            throw ProblemException.conflict("The swap is " + swap.state() + "; only an OFFERED swap can be accepted");
        }
        if (!current.isSelf(swap.toStaffId())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the person the swap is offered to may accept it");
        }
        try {
            return moveAndJudge(swap, verdicts);
        } finally {
            try {
                transactions.setRollbackOnly();
            } catch (jakarta.transaction.SystemException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
