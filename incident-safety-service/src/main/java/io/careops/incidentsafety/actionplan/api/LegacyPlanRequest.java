package io.careops.incidentsafety.actionplan.api;

import io.careops.incidentsafety.actionplan.domain.ActionStrength;
import io.careops.incidentsafety.actionplan.domain.ActionType;
import io.careops.incidentsafety.actionplan.domain.PlanStatus;
import io.careops.incidentsafety.actionplan.domain.Priority;
import io.careops.incidentsafety.actionplan.domain.SafetyActionPlan;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LegacyPlanRequest", description = "A plan carried over from the legacy system, with its legacy number and status")
public record LegacyPlanRequest(
        @NotBlank @Pattern(regexp = "(CAPA|HSAP|SAP)-\\d{4}-\\d{3,}", message = "must look like CAPA-YYYY-NNN, HSAP-YYYY-NNN or SAP-YYYY-NNN")
        @Schema(examples = "CAPA-2026-001") String legacyReference,
        @NotNull PlanStatus status,
        @NotNull UUID incidentId,
        UUID analysisId,
        @NotNull ActionType actionType,
        @NotNull Priority priority,
        ActionStrength actionStrength,
        @Size(max = 200) String owner,
        @Size(max = 30) List<@NotBlank @Size(max = 200) String> supportingStaff,
        @NotBlank @Size(max = 5000) String problemStatement,
        @NotBlank @Size(max = 5000) String actionDescription,
        @Size(max = 5000) String expectedOutcome,
        @NotNull LocalDate identifiedOn,
        LocalDate targetDate,
        @Min(0) @Max(100) int percentComplete) {

    SafetyActionPlan.Details details() {
        return new SafetyActionPlan.Details(actionType, priority, actionStrength, owner, supportingStaff,
                problemStatement, actionDescription, expectedOutcome, null, null, null, null, targetDate);
    }
}
