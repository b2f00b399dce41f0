package io.careops.scheduling.offer.api;

import java.util.List;
import java.util.UUID;

/** The offers just made for one open shift, best ranked first. */
public record OpenShiftOffersResponse(UUID shiftId, List<OpenShiftOfferResponse> offers) {
}
