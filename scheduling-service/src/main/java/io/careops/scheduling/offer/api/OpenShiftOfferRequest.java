package io.careops.scheduling.offer.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OpenShiftOfferRequest", description = "Offer an open shift to the eligible staff of its home, best ranked"
        + " first (as the rota-health suggestions rank them)")
public record OpenShiftOfferRequest(
        @NotNull @Schema(examples = "3f0c2a4e-8d1b-4c6e-9a7f-2b5d8e1c4a90") UUID shiftId,
        @Min(1) @Max(50) @Schema(description = "How many people to offer it to (default 5, at most 50)", examples = "5")
        Integer limit,
        @Schema(nullable = true, description = "When the offers stop being claimable; optional, in the future and before"
                + " the shift starts (an offer is never claimable once the shift has started)",
                examples = "2026-07-09T18:00:00Z") Instant expiresAt) {
}
