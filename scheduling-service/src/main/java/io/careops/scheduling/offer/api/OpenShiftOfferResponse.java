package io.careops.scheduling.offer.api;

import io.careops.scheduling.offer.domain.OpenShiftOffer;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An open shift offered to one person, and what became of it. */
public record OpenShiftOfferResponse(UUID id, UUID shiftId, UUID careHomeId, UUID staffId,
        @Schema(description = "1 for the best ranked person") int rank, OpenShiftOffer.State state, String offeredBy,
        Instant createdAt, @Schema(nullable = true) Instant decidedAt,
        @Schema(nullable = true, description = "Not claimable from then on; null: until the shift starts") Instant expiresAt,
        @Schema(nullable = true, description = "Who withdrew it (state WITHDRAWN)") String withdrawnBy, long version) {

    static OpenShiftOfferResponse of(OpenShiftOffer offer) {
        return new OpenShiftOfferResponse(offer.id(), offer.shiftId(), offer.careHomeId(), offer.staffId(), offer.rank(),
                offer.state(), offer.offeredBy(), offer.createdAt(), offer.decidedAt(), offer.expiresAt(), offer.withdrawnBy(),
                offer.version());
    }
}
