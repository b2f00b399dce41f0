package io.careops.incidentsafety.actionplan.api;

import io.careops.incidentsafety.actionplan.domain.ActionStrength;
import io.careops.incidentsafety.actionplan.domain.ActionType;
import io.careops.incidentsafety.actionplan.domain.PlanStatus;
import io.careops.incidentsafety.actionplan.domain.Priority;
import io.careops.incidentsafety.actionplan.domain.SafetyActionPlan;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ActionPlanResponse(UUID id, String reference, @Schema(nullable = true) String legacyReference, UUID careHomeId,
        UUID incidentId, @Schema(nullable = true) UUID analysisId, ActionType actionType, Priority priority, @Schema(nullable = true) ActionStrength actionStrength,
        PlanStatus status, List<PlanStatus> allowedTransitions, @Schema(nullable = true) String owner, List<String> supportingStaff,
        String problemStatement, String actionDescription, @Schema(nullable = true) String expectedOutcome, @Schema(nullable = true) String implementationPlan,
        @Schema(nullable = true) String resourcesRequired, @Schema(nullable = true) String barriers, LocalDate identifiedOn, LocalDate targetDate, boolean overdue,
        long daysOverdue, int percentComplete, @Schema(nullable = true) LocalDate completedOn, Verification verification,
        EffectivenessReview effectivenessReview, @Schema(nullable = true) Instant closedAt, String createdBy, Instant createdAt,
        Instant updatedAt) {

    public record Verification(@Schema(nullable = true) String method, @Schema(nullable = true) String verifiedBy, @Schema(nullable = true) LocalDate verifiedOn, @Schema(nullable = true) String outcome) {
    }

    public record EffectivenessReview(@Schema(nullable = true) LocalDate due, @Schema(nullable = true) LocalDate reviewedOn, @Schema(nullable = true) String reviewedBy, @Schema(nullable = true) Boolean effective,
            @Schema(nullable = true) String notes) {
    }

    static ActionPlanResponse of(SafetyActionPlan plan, LocalDate today) {
        return new ActionPlanResponse(plan.id(), plan.reference(), plan.legacyReference(), plan.careHomeId(),
                plan.incidentId(), plan.analysisId(), plan.actionType(), plan.priority(), plan.actionStrength(),
                plan.status(), plan.status().allowedNext(), plan.owner(), plan.supportingStaff(),
                plan.problemStatement(), plan.actionDescription(), plan.expectedOutcome(), plan.implementationPlan(),
                plan.resourcesRequired(), plan.barriers(), plan.identifiedOn(), plan.targetDate(), plan.overdue(today),
                plan.daysOverdue(today), plan.percentComplete(), plan.completedOn(),
                new Verification(plan.verificationMethod(), plan.verifiedBy(), plan.verifiedOn(), plan.verificationOutcome()),
                new EffectivenessReview(plan.effectivenessReviewDue(), plan.effectivenessReviewedOn(),
                        plan.effectivenessReviewedBy(), plan.effective(), plan.effectivenessReviewNotes()),
                plan.closedAt(), plan.createdBy(), plan.createdAt(), plan.updatedAt());
    }
}
