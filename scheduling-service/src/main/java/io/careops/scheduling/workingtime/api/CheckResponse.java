package io.careops.scheduling.workingtime.api;

import io.careops.scheduling.workingtime.domain.Assessment;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Whether the person may work the shift; violations refuse an assignment unless a manager
 * overrides. {@code shiftId} is the shift judged: for a proposed shift, an id that stands for it
 * in the findings and is never saved.
 */
public record CheckResponse(UUID staffId, @Schema(nullable = true) UUID shiftId, boolean proposed, boolean allowed,
        List<FindingResponse> findings, List<CompensatoryRestResponse> compensatoryRest) {

    static CheckResponse of(UUID staffId, UUID shiftId, boolean proposed, Assessment assessment, LocalDate today) {
        return new CheckResponse(staffId, shiftId, proposed, assessment.allowed(),
                assessment.findings().stream().map(FindingResponse::of).toList(),
                assessment.compensatoryRest().stream().map(rest -> CompensatoryRestResponse.of(rest, today)).toList());
    }
}
