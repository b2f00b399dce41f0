package io.careops.scheduling.absence.api;

import io.careops.scheduling.absence.domain.AbsenceState;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BulkAbsenceDecision", description = "Approve or decline up to 200 requests, all or nothing")
public record BulkDecisionRequest(
        @NotEmpty @Size(max = 200) List<@NotNull UUID> absenceIds,
        @NotNull @Schema(description = "APPROVED or DECLINED") AbsenceState state,
        @Size(min = 10, max = 2000) @Schema(description = "Approve annual leave inside blackouts; kept with each")
        String blackoutOverrideReason,
        @Size(max = 2000) @Schema(description = "Why (optional): kept with each absence and told to each person",
                nullable = true)
        String reason) {
}
