package io.careops.incidentsafety.actionplan.domain;

import io.careops.incidentsafety.lifecycle.IllegalTransitionException;
import io.careops.platform.persistence.AuditedEntity;
import io.careops.platform.problem.ProblemException;
import io.careops.platform.problem.ProblemType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A safety action plan (formerly CAPA). Its status changes only through {@link #moveTo}, which
 * enforces the lifecycle and returns the transition to keep.
 */
@Entity
@Table(name = "safety_action_plan")
public class SafetyActionPlan extends AuditedEntity {

    /** An effectiveness review follows 3-6 months after verification (docs/domain.md section 5). */
    static final int EFFECTIVENESS_REVIEW_MONTHS = 3;

    @Id
    private UUID id;
    private String reference;
    @Column(name = "legacy_reference")
    private String legacyReference;
    @Column(name = "care_home_id")
    private UUID careHomeId;
    @Column(name = "incident_id")
    private UUID incidentId;
    @Column(name = "analysis_id")
    private UUID analysisId;
    @Enumerated(EnumType.STRING)
    @Column(name = "action_type")
    private ActionType actionType;
    @Enumerated(EnumType.STRING)
    private Priority priority;
    @Enumerated(EnumType.STRING)
    @Column(name = "action_strength")
    private ActionStrength actionStrength;
    @Enumerated(EnumType.STRING)
    private PlanStatus status;
    private String owner;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "supporting_staff")
    private String[] supportingStaff;
    @Column(name = "problem_statement")
    private String problemStatement;
    @Column(name = "action_description")
    private String actionDescription;
    @Column(name = "expected_outcome")
    private String expectedOutcome;
    @Column(name = "implementation_plan")
    private String implementationPlan;
    @Column(name = "resources_required")
    private String resourcesRequired;
    private String barriers;
    @Column(name = "identified_on")
    private LocalDate identifiedOn;
    @Column(name = "target_date")
    private LocalDate targetDate;
    @Column(name = "percent_complete")
    private int percentComplete;
    @Column(name = "completed_on")
    private LocalDate completedOn;
    @Column(name = "verification_method")
    private String verificationMethod;
    @Column(name = "verified_by")
    private String verifiedBy;
    @Column(name = "verified_on")
    private LocalDate verifiedOn;
    @Column(name = "verification_outcome")
    private String verificationOutcome;
    @Column(name = "effectiveness_review_due")
    private LocalDate effectivenessReviewDue;
    @Column(name = "effectiveness_reviewed_on")
    private LocalDate effectivenessReviewedOn;
    @Column(name = "effectiveness_reviewed_by")
    private String effectivenessReviewedBy;
    private Boolean effective;
    @Column(name = "effectiveness_review_notes")
    private String effectivenessReviewNotes;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "created_by")
    private String createdBy;

    protected SafetyActionPlan() {
        // for JPA
    }

    /** The plan's content, as a manager writes it; {@code null} fields keep their value on change. */
    public record Details(ActionType actionType, Priority priority, ActionStrength actionStrength, String owner,
            List<String> supportingStaff, String problemStatement, String actionDescription, String expectedOutcome,
            String implementationPlan, String resourcesRequired, String barriers, String verificationMethod,
            LocalDate targetDate) {
    }

    public static SafetyActionPlan identify(String reference, UUID careHomeId, UUID incidentId, UUID analysisId,
            Details details, LocalDate identifiedOn, LocalDate today, String by, Instant now) {
        if (identifiedOn.isAfter(today)) {
            throw ProblemException.ruleViolation("identifiedOn", "must not be in the future");
        }
        SafetyActionPlan plan = new SafetyActionPlan();
        plan.id = UUID.randomUUID();
        plan.reference = reference;
        plan.careHomeId = careHomeId;
        plan.incidentId = incidentId;
        plan.analysisId = analysisId;
        plan.identifiedOn = identifiedOn;
        plan.actionType = details.actionType();
        plan.priority = details.priority();
        plan.supportingStaff = new String[0];
        plan.status = PlanStatus.IDENTIFIED;
        plan.createdBy = by;
        plan.apply(details);
        if (details.targetDate() == null) {
            plan.targetDate = plan.priority.defaultTarget(identifiedOn);
        }
        plan.created(now);
        return plan;
    }

    /** The first transition of every plan: it came into being. */
    public PlanTransition identified(String by, Instant now, String note) {
        return new PlanTransition(id, null, status, by, now, note);
    }

    /**
     * A plan carried over from the legacy system, in the status it had there: a historical fact,
     * recorded as one transition saying so, not a status set by hand. The legacy system kept no
     * closing date, so a carried-over closed plan has none (and no time to close in trends).
     */
    public void carriedOver(String legacyAlias, PlanStatus legacyStatus, int legacyPercentComplete) {
        this.legacyReference = legacyAlias;
        this.status = legacyStatus;
        this.percentComplete = legacyPercentComplete;
    }

    /** Changes content; never the status, which only {@link #moveTo} changes. */
    public void revise(Details details, Instant now) {
        if (status == PlanStatus.CLOSED) {
            throw ProblemException.conflict("plan " + reference + " is closed and can no longer change");
        }
        if (details.owner() != null && !details.owner().equals(owner) && !PlanStatus.WORK_OUTSTANDING.contains(status)) {
            throw ProblemException.ruleViolation("owner", "the owner cannot change once the work is completed");
        }
        if (details.actionType() != null) {
            actionType = details.actionType();
        }
        if (details.priority() != null) {
            priority = details.priority();
        }
        apply(details);
        changed(now);
    }

    private void apply(Details details) {
        if (details.actionStrength() != null) actionStrength = details.actionStrength();
        if (details.owner() != null) owner = details.owner().strip();
        if (details.supportingStaff() != null) {
            supportingStaff = details.supportingStaff().stream().map(String::strip).distinct().toArray(String[]::new);
        }
        if (details.problemStatement() != null) problemStatement = details.problemStatement().strip();
        if (details.actionDescription() != null) actionDescription = details.actionDescription().strip();
        if (details.expectedOutcome() != null) expectedOutcome = details.expectedOutcome();
        if (details.implementationPlan() != null) implementationPlan = details.implementationPlan();
        if (details.resourcesRequired() != null) resourcesRequired = details.resourcesRequired();
        if (details.barriers() != null) barriers = details.barriers();
        if (details.verificationMethod() != null) verificationMethod = details.verificationMethod();
        if (details.targetDate() != null) {
            if (details.targetDate().isBefore(identifiedOn)) {
                throw ProblemException.ruleViolation("targetDate", "must not be before the plan was identified (" + identifiedOn + ")");
            }
            targetDate = details.targetDate();
        }
    }

    /** A progress report while the work is being done. */
    public ProgressNote recordProgress(int percent, String note, String by, Instant now) {
        if (status != PlanStatus.IN_PROGRESS) {
            throw ProblemException.conflict("progress is recorded while the plan is IN_PROGRESS; it is " + status);
        }
        percentComplete = percent;
        changed(now);
        return new ProgressNote(id, by, now, percent, note.strip());
    }

    /**
     * Records the effectiveness review of a verified plan. A plan closes only after one that found
     * it effective; one that did not sends the plan to NOT_EFFECTIVE through a transition.
     */
    public void reviewEffectiveness(LocalDate reviewedOn, boolean wasEffective, String notes, String by,
            LocalDate today, Instant now) {
        if (status != PlanStatus.VERIFIED) {
            throw ProblemException.conflict("an effectiveness review follows verification; the plan is " + status);
        }
        if (reviewedOn.isAfter(today) || reviewedOn.isBefore(verifiedOn)) {
            throw ProblemException.ruleViolation("reviewedOn", "must be between the verification (" + verifiedOn + ") and today");
        }
        effectivenessReviewedOn = reviewedOn;
        effectivenessReviewedBy = by;
        effective = wasEffective;
        effectivenessReviewNotes = notes;
        changed(now);
    }

    /** What a move may carry: a new owner when assigning, the reason or outcome as a note. */
    public record Move(PlanStatus to, String owner, String note) {
    }

    /**
     * The only way a plan's status changes. Illegal moves fail with the allowed ones; the rules of
     * each step (an owner to assign, verification by someone else, no closing without an
     * effectiveness review) fail as rule violations.
     */
    public PlanTransition moveTo(Move move, String by, boolean byManager, LocalDate today, Instant now) {
        PlanStatus target = move.to();
        if (!status.allowedNext().contains(target)) {
            throw new IllegalTransitionException("Plan " + reference, status, target, status.allowedNext());
        }
        switch (target) {
            case ASSIGNED -> {
                if (move.owner() != null && !move.owner().isBlank()) {
                    owner = move.owner().strip();
                }
                if (owner == null) {
                    throw ProblemException.ruleViolation("owner", "a plan is assigned to an owner: name one");
                }
            }
            case IN_PROGRESS -> {
                if (status == PlanStatus.NOT_EFFECTIVE) {
                    // Back to work: the next completion is verified and reviewed afresh; the old
                    // outcome stays in the transition history.
                    completedOn = null;
                    verifiedBy = null;
                    verifiedOn = null;
                    verificationOutcome = null;
                    effectivenessReviewDue = null;
                    effectivenessReviewedOn = null;
                    effectivenessReviewedBy = null;
                    effective = null;
                    effectivenessReviewNotes = null;
                }
            }
            case COMPLETED -> {
                percentComplete = 100;
                completedOn = today;
            }
            case VERIFIED, NOT_EFFECTIVE -> {
                requireManager(byManager, "verify a plan");
                if (by.equals(owner)) {
                    throw ProblemException.ruleViolation("to", "verification is by someone other than the owner (" + owner + ")");
                }
                if (target == PlanStatus.NOT_EFFECTIVE && (move.note() == null || move.note().isBlank())) {
                    throw ProblemException.ruleViolation("note", "say why the plan was not effective");
                }
                if (status == PlanStatus.COMPLETED) {
                    verifiedBy = by;
                    verifiedOn = today;
                    verificationOutcome = move.note();
                }
                if (target == PlanStatus.VERIFIED) {
                    effectivenessReviewDue = today.plusMonths(EFFECTIVENESS_REVIEW_MONTHS);
                }
            }
            case CLOSED -> {
                requireManager(byManager, "close a plan");
                if (effectivenessReviewedOn == null) {
                    throw ProblemException.ruleViolation("effectivenessReview",
                            "a plan cannot close without an effectiveness review (due " + effectivenessReviewDue + ")");
                }
                if (!Boolean.TRUE.equals(effective)) {
                    throw ProblemException.ruleViolation("effectivenessReview",
                            "the effectiveness review found the plan not effective: move it to NOT_EFFECTIVE");
                }
                closedAt = now;
            }
            default -> throw new IllegalStateException("no rules for " + target);
        }
        PlanTransition transition = new PlanTransition(id, status, target, by, now, move.note());
        status = target;
        changed(now);
        return transition;
    }

    private static void requireManager(boolean byManager, String what) {
        if (!byManager) {
            throw new ProblemException(ProblemType.FORBIDDEN, "only a manager or an admin may " + what);
        }
    }

    /** Derived from the target date: the work is not done and the date has passed. */
    public boolean overdue(LocalDate today) {
        return PlanStatus.WORK_OUTSTANDING.contains(status) && targetDate.isBefore(today);
    }

    public long daysOverdue(LocalDate today) {
        return overdue(today) ? ChronoUnit.DAYS.between(targetDate, today) : 0;
    }

    public UUID id() { return id; }
    public String reference() { return reference; }
    public String legacyReference() { return legacyReference; }
    public UUID careHomeId() { return careHomeId; }
    public UUID incidentId() { return incidentId; }
    public UUID analysisId() { return analysisId; }
    public ActionType actionType() { return actionType; }
    public Priority priority() { return priority; }
    public ActionStrength actionStrength() { return actionStrength; }
    public PlanStatus status() { return status; }
    public String owner() { return owner; }
    public List<String> supportingStaff() { return List.of(supportingStaff); }
    public String problemStatement() { return problemStatement; }
    public String actionDescription() { return actionDescription; }
    public String expectedOutcome() { return expectedOutcome; }
    public String implementationPlan() { return implementationPlan; }
    public String resourcesRequired() { return resourcesRequired; }
    public String barriers() { return barriers; }
    public LocalDate identifiedOn() { return identifiedOn; }
    public LocalDate targetDate() { return targetDate; }
    public int percentComplete() { return percentComplete; }
    public LocalDate completedOn() { return completedOn; }
    public String verificationMethod() { return verificationMethod; }
    public String verifiedBy() { return verifiedBy; }
    public LocalDate verifiedOn() { return verifiedOn; }
    public String verificationOutcome() { return verificationOutcome; }
    public LocalDate effectivenessReviewDue() { return effectivenessReviewDue; }
    public LocalDate effectivenessReviewedOn() { return effectivenessReviewedOn; }
    public String effectivenessReviewedBy() { return effectivenessReviewedBy; }
    public Boolean effective() { return effective; }
    public String effectivenessReviewNotes() { return effectivenessReviewNotes; }
    public Instant closedAt() { return closedAt; }
    public String createdBy() { return createdBy; }
}
