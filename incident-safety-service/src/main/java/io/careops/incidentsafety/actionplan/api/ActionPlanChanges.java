package io.careops.incidentsafety.actionplan.api;

import io.careops.incidentsafety.actionplan.domain.ActionStrength;
import io.careops.incidentsafety.actionplan.domain.ActionType;
import io.careops.incidentsafety.actionplan.domain.Priority;
import io.careops.incidentsafety.actionplan.domain.SafetyActionPlan;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActionPlanChanges", description = "Fields to change; absent ones stay. The status is not here: it moves only through transitions")
public record ActionPlanChanges(ActionType actionType, Priority priority, ActionStrength actionStrength,
        @Size(min = 1, max = 200) String owner,
        @Size(max = 30) List<@NotBlank @Size(max = 200) String> supportingStaff,
        @Size(min = 1, max = 5000) String problemStatement,
        @Size(min = 1, max = 5000) String actionDescription,
        @Size(max = 5000) String expectedOutcome,
        @Size(max = 20000) String implementationPlan,
        @Size(max = 5000) String resourcesRequired,
        @Size(max = 5000) String barriers,
        @Size(max = 5000) String verificationMethod,
        LocalDate targetDate) {

    SafetyActionPlan.Details details() {
        return new SafetyActionPlan.Details(actionType, priority, actionStrength, owner, supportingStaff,
                problemStatement, actionDescription, expectedOutcome, implementationPlan, resourcesRequired, barriers,
                verificationMethod, targetDate);
    }
}
