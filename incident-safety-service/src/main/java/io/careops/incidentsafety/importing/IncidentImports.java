package io.careops.incidentsafety.importing;

import io.careops.platform.importing.LegacyRecord;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Legacy incidents, analyses and action plans, mapped to CareOps terms by the importer. */
public final class IncidentImports {

    private IncidentImports() {
    }

    @Schema(name = "IncidentImport", description = "Holds personal data about a resident: special-category data")
    public record IncidentImport(
            @NotBlank @Size(max = 64) String legacyPk,
            @Schema(examples = "INC-2026-0001") String legacyReference,
            @NotNull UUID careHomeId,
            UUID unitId,
            @NotNull LocalDate incidentDate,
            LocalTime incidentTime,
            @NotBlank String reportedBy,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(examples = "FALL_UNWITNESSED") @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,49}") String incidentType,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(examples = "NO_HARM") @NotNull @Pattern(regexp = "NO_HARM|LOW_HARM|MODERATE_HARM|MAJOR_HARM|DEATH") String severity,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(examples = "LOW") @NotNull @Pattern(regexp = "LOW|MODERATE|HIGH|CRITICAL") String riskRating,
            String location,
            @NotBlank String description,
            String immediateActions,
            String witnesses,
            String injuries,
            boolean bodyMapCompleted,
            boolean gpContacted,
            boolean ambulanceCalled,
            boolean hospitalAttendance,
            boolean hospitalAdmission,
            String medicalNotes,
            String residentName,
            LocalDate residentDateOfBirth,
            boolean investigationRequested,
            boolean careInspectorateNotified,
            String careInspectorateReference,
            boolean policeNotified,
            String policeReference,
            boolean localAuthorityNotified,
            boolean closed,
            LocalDate closedOn,
            String closedBy,
            List<@NotBlank String> findings) implements LegacyRecord {
    }

    @Schema(name = "AnalysisImport")
    public record AnalysisImport(
            @NotBlank @Size(max = 64) String legacyPk,
            @NotNull UUID incidentId,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(examples = "FIVE_WHYS") @NotNull @Pattern(regexp = "FIVE_WHYS|FISHBONE|TIMELINE|BARRIER") String method,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(examples = "IN_PROGRESS") @NotNull @Pattern(regexp = "IN_PROGRESS|UNDER_REVIEW|APPROVED|REJECTED") String status,
            @NotBlank String leadInvestigator,
            List<@NotBlank String> team,
            @NotNull LocalDate startedOn,
            LocalDate reviewDueOn,
            LocalDate completedOn,
            @Schema(description = "The five whys as a chain: each answer is the cause of the one before") List<@NotBlank String> whys,
            @Schema(description = "Fishbone causes by legacy category (PEOPLE, ENVIRONMENT, PROCESSES, ORGANISATION, EXTERNAL)")
            Map<@Pattern(regexp = "PEOPLE|ENVIRONMENT|PROCESSES|ORGANISATION|EXTERNAL") String, List<@NotBlank String>> causes,
            String rootCauseSummary,
            String lessonsLearned,
            String recommendations,
            String reviewedBy,
            Instant reviewedAt,
            String reviewComments,
            List<@NotBlank String> findings) implements LegacyRecord {
    }

    @Schema(name = "ActionPlanImport", description = "A legacy CAPA or safety action plan with its whole history")
    public record ActionPlanImport(
            @NotBlank @Size(max = 64) String legacyPk,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(examples = "CAPA-2025-014") @NotBlank @Pattern(regexp = "(CAPA|HSAP|SAP)-\\d{4}-\\d{3,}") String legacyReference,
            @NotNull UUID incidentId,
            UUID analysisId,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(examples = "CORRECTIVE") @NotNull @Pattern(regexp = "CORRECTIVE|PREVENTIVE|IMPROVEMENT") String actionType,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(examples = "IMMEDIATE") @NotNull @Pattern(regexp = "IMMEDIATE|HIGH|MEDIUM|LOW") String priority,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(examples = "IDENTIFIED") @NotNull @Pattern(regexp = "IDENTIFIED|ASSIGNED|IN_PROGRESS|COMPLETED|VERIFIED|NOT_EFFECTIVE|CLOSED") String status,
            String owner,
            List<@NotBlank String> supportingStaff,
            @NotBlank String problemStatement,
            @NotBlank String actionDescription,
            String expectedOutcome,
            String implementationPlan,
            String resourcesRequired,
            String barriers,
            @NotNull LocalDate identifiedOn,
            @NotNull LocalDate targetDate,
            @Min(0) @Max(100) int percentComplete,
            LocalDate completedOn,
            String progressNotes,
            String verificationMethod,
            String verifiedBy,
            LocalDate verifiedOn,
            String verificationOutcome,
            LocalDate effectivenessReviewDue,
            boolean effectivenessReviewCompleted,
            String effectivenessReviewNotes,
            @NotBlank String createdBy,
            @NotNull Instant createdAt,
            @NotNull Instant updatedAt,
            List<@NotBlank String> findings) implements LegacyRecord {
    }
}
