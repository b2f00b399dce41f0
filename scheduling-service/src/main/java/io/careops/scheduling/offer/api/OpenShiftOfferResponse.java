package io.careops.scheduling.offer.api;

import io.careops.scheduling.offer.domain.OpenShiftOffer;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An open shift offered to one person, and what became of it. */
public record OpenShiftOfferResponse(UUID id, UUID shiftId, UUID careHomeId, UUID staffId,
        @Schema(description = "1 for the best ranked person") int rank, OpenShiftOffer.State state, String offeredBy,
        Instant createdAt, @Schema(nullable = true) Instant decidedAt, long version) {

    static OpenShiftOfferResponse of(OpenShiftOffer offer) {
        return new OpenShiftOfferResponse(offer.id(), offer.shiftId(), offer.careHomeId(), offer.staffId(), offer.rank(),
                offer.state(), offer.offeredBy(), offer.createdAt(), offer.decidedAt(), offer.version());
    }
}
