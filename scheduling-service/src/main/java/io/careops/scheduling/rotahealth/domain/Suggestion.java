package io.careops.scheduling.rotahealth.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An open shift and who could take it without a working-time violation, best first. */
public record Suggestion(String message, UUID shiftId, UUID unitId, LocalDate date, List<Candidate> candidates) {

    /** A person free and allowed to work it; compensatory rest it would create, if any. */
    public record Candidate(UUID staffId, String staffNumber, String name, @Schema(nullable = true) String roleCode,
            BigDecimal compensatoryRestHours) {
    }
}
