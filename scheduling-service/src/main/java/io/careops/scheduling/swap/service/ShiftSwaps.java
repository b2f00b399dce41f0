package io.careops.scheduling.swap.service;

import io.careops.scheduling.eligibility.service.CertificationCheck;
import io.careops.scheduling.swap.domain.ShiftSwap;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Acceptance and approval ask compliance first (one call for both people, no transaction open). */
@ApplicationScoped
public class ShiftSwaps {

    private final ShiftSwapService swaps;
    private final CertificationCheck certifications;

    public ShiftSwaps(ShiftSwapService swaps, CertificationCheck certifications) {
        this.swaps = swaps;
        this.certifications = certifications;
    }

    /** The checks run first, as if the swap were done (rolled back); a failure answers 422 listing each rule. */
    public ShiftSwap accept(UUID id) {
        CertificationCheck.Verdicts verdicts = certifications.verdicts(swaps.asks(id));
        java.util.List<io.careops.platform.problem.Problem.FieldError> errors = swaps.check(id, verdicts);
        if (!errors.isEmpty()) {
            throw new io.careops.platform.problem.ProblemException(io.careops.platform.problem.ProblemType.RULE_VIOLATION,
                    "The swap breaks " + errors.size() + " rule(s) for the people involved; it was not accepted", errors);
        }
        return swaps.accept(id, verdicts);
    }

    public ShiftSwap approve(UUID id, String note) {
        return swaps.approve(id, certifications.verdicts(swaps.asks(id)), note);
    }
}
