package io.careops.scheduling.swap.domain;

import io.careops.platform.persistence.AuditedEntity;
import io.careops.platform.problem.ProblemException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A swap: A (from) offers their shift to B (to), alone (B takes it) or for one of B's shifts (A
 * takes that in return). OFFERED, then B accepts (ACCEPTED) or declines; a manager approves
 * (APPROVED: the shifts have changed hands) or rejects; A may cancel before approval. Every move
 * is kept in the history. A and B may be of different homes of the group (the shift's home, whose
 * managers approve, and the other home, whose managers see it too).
 */
@Entity
@Table(name = "shift_swap")
public class ShiftSwap extends AuditedEntity {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "ShiftSwapState")
    public enum State { OFFERED, ACCEPTED, APPROVED, DECLINED, REJECTED, CANCELLED }

    @Id
    private UUID id;
    @Column(name = "care_home_id")
    private UUID careHomeId;
    @Column(name = "shift_id")
    private UUID shiftId;
    @Column(name = "from_staff_id")
    private UUID fromStaffId;
    @Column(name = "to_staff_id")
    private UUID toStaffId;
    @Column(name = "return_shift_id")
    private UUID returnShiftId;
    /** The other home of a swap across homes (B's, or the shift in return's); null within one home. */
    @Column(name = "other_care_home_id")
    private UUID otherCareHomeId;
    @Enumerated(EnumType.STRING)
    private State state;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "swap_id", nullable = false, updatable = false)
    @OrderBy("at, id")
    private List<SwapEvent> history = new ArrayList<>();

    protected ShiftSwap() {
        // for JPA
    }

    public static ShiftSwap offer(UUID careHomeId, UUID shiftId, UUID fromStaffId, UUID toStaffId, UUID returnShiftId,
            UUID otherCareHomeId, String by, Instant now, String note) {
        if (fromStaffId.equals(toStaffId)) {
            throw ProblemException.ruleViolation("toStaffId", "a swap needs two people");
        }
        ShiftSwap swap = new ShiftSwap();
        swap.id = UUID.randomUUID();
        swap.careHomeId = careHomeId;
        swap.shiftId = shiftId;
        swap.fromStaffId = fromStaffId;
        swap.toStaffId = toStaffId;
        swap.returnShiftId = returnShiftId;
        swap.otherCareHomeId = careHomeId.equals(otherCareHomeId) ? null : otherCareHomeId;
        swap.state = State.OFFERED;
        swap.created(now);
        swap.history.add(SwapEvent.of(State.OFFERED, by, now, note));
        return swap;
    }

    public void accept(String by, Instant now) {
        move(State.OFFERED, State.ACCEPTED, by, now, null);
    }

    public void decline(String by, Instant now) {
        move(State.OFFERED, State.DECLINED, by, now, null);
    }

    public void approve(String by, Instant now, String note) {
        move(State.ACCEPTED, State.APPROVED, by, now, note);
    }

    public void reject(String by, Instant now, String note) {
        move(State.ACCEPTED, State.REJECTED, by, now, note);
    }

    public void cancel(String by, Instant now) {
        if (state != State.OFFERED && state != State.ACCEPTED) {
            throw ProblemException.conflict("The swap is " + state + " and can no longer be cancelled");
        }
        state = State.CANCELLED;
        history.add(SwapEvent.of(state, by, now, null));
        changed(now);
    }

    private void move(State from, State to, String by, Instant now, String note) {
        if (state != from) {
            throw ProblemException.conflict("The swap is " + state + "; only a swap " + from + " can become " + to);
        }
        state = to;
        history.add(SwapEvent.of(to, by, now, note));
        changed(now);
    }

    public boolean involves(UUID staffId) {
        return fromStaffId.equals(staffId) || toStaffId.equals(staffId);
    }

    public UUID id() { return id; }
    public UUID careHomeId() { return careHomeId; }
    public UUID shiftId() { return shiftId; }
    public UUID fromStaffId() { return fromStaffId; }
    public UUID toStaffId() { return toStaffId; }
    public UUID returnShiftId() { return returnShiftId; }
    public UUID otherCareHomeId() { return otherCareHomeId; }

    /** The homes whose managers see the swap: the shift's, and the other one of a swap across homes. */
    public java.util.Set<UUID> homes() {
        return otherCareHomeId == null ? java.util.Set.of(careHomeId) : java.util.Set.of(careHomeId, otherCareHomeId);
    }
    public State state() { return state; }
    public List<SwapEvent> history() { return List.copyOf(history); }
}
