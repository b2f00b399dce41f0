package io.careops.scheduling.swap.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ShiftSwapRequest", description = "Offer a shift to a colleague (toStaffId), alone or for one of their"
        + " shifts in return (returnShiftId)")
public record ShiftSwapRequest(
        @NotNull @Schema(examples = "3f0c2a4e-8d1b-4c6e-9a7f-2b5d8e1c4a90") UUID shiftId,
        @NotNull @Schema(examples = "7a1e5c3d-2b4f-4e6a-8c9d-0f1e2d3c4b5a") UUID toStaffId,
        @Schema(description = "One of toStaffId's shifts, taken in return; none: a give-away",
                examples = "9b2d4f6a-1c3e-4a5b-8d7c-6e5f4a3b2c1d") UUID returnShiftId,
        @Size(max = 2000) @Schema(examples = "Family wedding that Saturday") String note) {
}
