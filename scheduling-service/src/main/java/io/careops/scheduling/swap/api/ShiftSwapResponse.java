package io.careops.scheduling.swap.api;

import io.careops.scheduling.swap.domain.ShiftSwap;
import io.careops.scheduling.swap.domain.SwapEvent;
import io.careops.scheduling.swap.domain.SwapPolicy;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A swap with its history, oldest step first. */
public record ShiftSwapResponse(UUID id,
        @Schema(description = "The shift's home, whose managers approve") UUID careHomeId, UUID shiftId, UUID fromStaffId,
        UUID toStaffId, @Schema(nullable = true) UUID returnShiftId,
        @Schema(nullable = true, description = "A swap across homes of the group: the other home (the person offered"
                + " it, or the shift in return, belongs to it), whose managers see it too; null within one home")
        UUID otherCareHomeId,
        ShiftSwap.State state, List<Step> history, Instant createdAt, Instant updatedAt, long version) {

    /** One step: the state reached, who moved it (a user, or policy:auto-approve) and when. */
    public record Step(ShiftSwap.State state, String actor, Instant at, @Schema(nullable = true) String note) {

        static Step of(SwapEvent event) {
            return new Step(event.state(), event.actor(), event.at(), event.note());
        }
    }

    /** A home's swap policy. */
    public record Policy(UUID careHomeId, boolean autoApprove, String updatedBy) {

        static Policy of(SwapPolicy policy) {
            return new Policy(policy.careHomeId(), policy.autoApprove(), policy.updatedBy());
        }
    }

    static ShiftSwapResponse of(ShiftSwap swap) {
        return new ShiftSwapResponse(swap.id(), swap.careHomeId(), swap.shiftId(), swap.fromStaffId(), swap.toStaffId(),
                swap.returnShiftId(), swap.otherCareHomeId(), swap.state(), swap.history().stream().map(Step::of).toList(), swap.createdAt(),
                swap.updatedAt(), swap.version());
    }
}
