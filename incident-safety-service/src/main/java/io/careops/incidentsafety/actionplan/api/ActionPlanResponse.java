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

public record ActionPlanResponse(UUID id, String reference, String legacyReference, UUID careHomeId,
        UUID incidentId, UUID analysisId, ActionType actionType, Priority priority, ActionStrength actionStrength,
        PlanStatus status, List<PlanStatus> allowedTransitions, String owner, List<String> supportingStaff,
        String problemStatement, String actionDescription, String expectedOutcome, String implementationPlan,
        String resourcesRequired, String barriers, LocalDate identifiedOn, LocalDate targetDate, boolean overdue,
        long daysOverdue, int percentComplete, LocalDate completedOn, Verification verification,
        EffectivenessReview effectivenessReview, Instant closedAt, String createdBy, Instant createdAt,
        Instant updatedAt) {

    public record Verification(String method, String verifiedBy, LocalDate verifiedOn, String outcome) {
    }

    public record EffectivenessReview(LocalDate due, LocalDate reviewedOn, String reviewedBy, Boolean effective,
            String notes) {
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
