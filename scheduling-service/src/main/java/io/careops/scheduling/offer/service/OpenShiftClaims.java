package io.careops.scheduling.offer.service;

import io.careops.scheduling.eligibility.service.CertificationCheck;
import io.careops.scheduling.offer.domain.OpenShiftOffer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** A claim asks compliance first (one call, no transaction open), then claims under the row lock. */
@ApplicationScoped
public class OpenShiftClaims {

    private final OpenShiftOfferService offers;
    private final CertificationCheck certifications;

    public OpenShiftClaims(OpenShiftOfferService offers, CertificationCheck certifications) {
        this.offers = offers;
        this.certifications = certifications;
    }

    public OpenShiftOffer claim(UUID offerId) {
        CertificationCheck.Ask ask = offers.toClaim(offerId);
        return offers.claim(offerId, certifications.verdicts(List.of(ask)));
    }
}
