package io.careops.scheduling.absence.api;

import io.careops.scheduling.absence.service.AbsenceService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BulkAbsenceRequest", description = "Absences to record together (a leave planner's upload), all or"
        + " nothing; each starts as REQUESTED")
public record BulkAbsenceRequest(
        @NotEmpty @Size(max = AbsenceService.MAX_BULK) List<@Valid @NotNull AbsenceRequest> absences) {

    List<AbsenceService.Requested> toRequests() {
        return absences.stream().map(absence -> new AbsenceService.Requested(absence.staffId(), absence.type(),
                absence.firstDay(), absence.lastDay(), absence.notes(), absence.leaveHours(),
                absence.blackoutOverrideReason())).toList();
    }
}
