package io.careops.incidentsafety.actionplan.api;

import io.careops.incidentsafety.actionplan.domain.ActionStrength;
import io.careops.incidentsafety.actionplan.domain.ActionType;
import io.careops.incidentsafety.actionplan.domain.Priority;
import io.careops.incidentsafety.actionplan.domain.SafetyActionPlan;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActionPlanRequest", description = "A new safety action plan; it starts IDENTIFIED")
public record ActionPlanRequest(
        @NotNull UUID incidentId,
        @Schema(description = "The analysis it answers; must be the incident's") UUID analysisId,
        @NotNull ActionType actionType,
        @NotNull @Schema(description = "Sets the default target: IMMEDIATE +1 day, HIGH +1 week, MEDIUM +1 month, LOW +3 months")
        Priority priority,
        @Schema(description = "Stronger, intermediate or weaker (training and new policies are weaker)") ActionStrength actionStrength,
        @Size(max = 200) String owner,
        @Size(max = 30) List<@NotBlank @Size(max = 200) String> supportingStaff,
        @NotBlank @Size(max = 5000) String problemStatement,
        @NotBlank @Size(max = 5000) String actionDescription,
        @Size(max = 5000) String expectedOutcome,
        @Size(max = 20000) String implementationPlan,
        @Size(max = 5000) String resourcesRequired,
        @Size(max = 5000) String barriers,
        @Size(max = 5000) String verificationMethod,
        @Schema(description = "Defaults to today") LocalDate identifiedOn,
        @Schema(description = "Defaults from the priority") LocalDate targetDate) {

    SafetyActionPlan.Details details() {
        return new SafetyActionPlan.Details(actionType, priority, actionStrength, owner, supportingStaff,
                problemStatement, actionDescription, expectedOutcome, implementationPlan, resourcesRequired, barriers,
                verificationMethod, targetDate);
    }
}
