package io.careops.scheduling.rotahealth.api;

import io.careops.scheduling.rotahealth.domain.Component;
import io.careops.scheduling.rotahealth.domain.Issue;
import io.careops.scheduling.rotahealth.domain.Score;
import io.careops.scheduling.rotahealth.domain.Suggestion;
import io.careops.scheduling.rotahealth.service.RotaHealthService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The rota health of a home (or a unit) over a period, as the API answers it: the score, the nine
 * components with their figures and issues, the issues of all of them most severe first, and
 * suggestions for open shifts. The schema names are those of the first release of the contract.
 */
@Schema(name = "Health")
public record RotaHealthResponse(UUID careHomeId, @Schema(nullable = true) UUID unitId, LocalDate from, LocalDate to,
        ScoreResponse score, List<ComponentResponse> components, List<IssueResponse> issues, int issuesTotal,
        List<SuggestionResponse> suggestions) {

    /** The weighted mean of the components computed; partial when one could not be. */
    @Schema(name = "Score")
    public record ScoreResponse(BigDecimal value, Score.Grade grade, boolean partial) {

        static ScoreResponse of(Score score) {
            return new ScoreResponse(score.value(), score.grade(), score.partial());
        }
    }

    /** One component: weight, score (null when it could not be computed, with the reason), figures, issues. */
    @Schema(name = "Component")
    public record ComponentResponse(String name, int weight, @Schema(nullable = true) BigDecimal score,
            boolean available, @Schema(nullable = true) String note, Map<String, Object> metrics,
            List<IssueResponse> issues) {

        static ComponentResponse of(Component component) {
            return new ComponentResponse(component.name(), component.weight(), component.score(), component.available(),
                    component.note(), component.metrics(), component.issues().stream().map(IssueResponse::of).toList());
        }
    }

    /** Something wrong with the rota, naming the shifts, staff, unit and day behind it. */
    @Schema(name = "Issue")
    public record IssueResponse(Issue.Severity severity, String component, String message,
            @Schema(nullable = true) UUID unitId, @Schema(nullable = true) String unitName,
            @Schema(nullable = true) LocalDate date, List<UUID> shiftIds, List<UUID> staffIds) {

        static IssueResponse of(Issue issue) {
            return new IssueResponse(issue.severity(), issue.component(), issue.message(), issue.unitId(),
                    issue.unitName(), issue.date(), issue.shiftIds(), issue.staffIds());
        }
    }

    /** An open shift and who could take it without a working-time violation, best first. */
    @Schema(name = "Suggestion")
    public record SuggestionResponse(String message, UUID shiftId, UUID unitId, LocalDate date,
            List<CandidateResponse> candidates) {

        static SuggestionResponse of(Suggestion suggestion) {
            return new SuggestionResponse(suggestion.message(), suggestion.shiftId(), suggestion.unitId(),
                    suggestion.date(), suggestion.candidates().stream().map(CandidateResponse::of).toList());
        }
    }

    /** A person free and allowed to work the open shift; the compensatory rest it would create, if any. */
    @Schema(name = "Candidate")
    public record CandidateResponse(UUID staffId, String staffNumber, String name,
            @Schema(nullable = true) String roleCode, BigDecimal compensatoryRestHours) {

        static CandidateResponse of(Suggestion.Candidate candidate) {
            return new CandidateResponse(candidate.staffId(), candidate.staffNumber(), candidate.name(),
                    candidate.roleCode(), candidate.compensatoryRestHours());
        }
    }

    static RotaHealthResponse of(RotaHealthService.Health health) {
        return new RotaHealthResponse(health.careHomeId(), health.unitId(), health.from(), health.to(),
                ScoreResponse.of(health.score()), health.components().stream().map(ComponentResponse::of).toList(),
                health.issues().stream().map(IssueResponse::of).toList(), health.issuesTotal(),
                health.suggestions().stream().map(SuggestionResponse::of).toList());
    }
}
