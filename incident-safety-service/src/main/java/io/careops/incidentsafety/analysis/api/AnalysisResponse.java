package io.careops.incidentsafety.analysis.api;

import io.careops.incidentsafety.analysis.domain.AnalysisMethod;
import io.careops.incidentsafety.analysis.domain.AnalysisStatus;
import io.careops.incidentsafety.analysis.domain.FishboneFramework;
import io.careops.incidentsafety.analysis.domain.RootCauseAnalysis;
import io.careops.incidentsafety.analysis.domain.Why;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record AnalysisResponse(UUID id, UUID incidentId, AnalysisMethod method, String leadInvestigator,
        List<String> team, LocalDate startedOn, @Schema(nullable = true) LocalDate reviewDueOn, @Schema(nullable = true) LocalDate completedOn, List<WhyTree> fiveWhys,
        Fishbone fishbone, @Schema(nullable = true) String rootCauseSummary, @Schema(nullable = true) String lessonsLearned, @Schema(nullable = true) String recommendations,
        AnalysisStatus status, List<AnalysisStatus> allowedTransitions, @Schema(nullable = true) String reviewedBy, @Schema(nullable = true) Instant reviewedAt,
        @Schema(nullable = true) String reviewComments, String createdBy, Instant createdAt, Instant updatedAt) {

    /** A five-whys answer and the causes found for it. */
    public record WhyTree(String answer, List<WhyTree> causes) {
        static List<WhyTree> of(List<Why> whys) {
            return whys.stream().map(why -> new WhyTree(why.answer(), of(why.causes()))).toList();
        }
    }

    public record Fishbone(FishboneFramework framework, List<Category> categories) {
    }

    public record Category(String category, String label, List<String> causes) {
    }

    static AnalysisResponse of(RootCauseAnalysis analysis) {
        List<Category> categories = analysis.fishbone().entrySet().stream()
                .map(entry -> new Category(entry.getKey().name(), entry.getKey().label(), entry.getValue())).toList();
        return new AnalysisResponse(analysis.id(), analysis.incidentId(), analysis.method(),
                analysis.leadInvestigator(), analysis.team(), analysis.startedOn(), analysis.reviewDueOn(),
                analysis.completedOn(), WhyTree.of(analysis.fiveWhys()), new Fishbone(analysis.fishboneFramework(), categories),
                analysis.rootCauseSummary(), analysis.lessonsLearned(), analysis.recommendations(), analysis.status(),
                analysis.status().allowedNext(), analysis.reviewedBy(), analysis.reviewedAt(),
                analysis.reviewComments(), analysis.createdBy(), analysis.createdAt(), analysis.updatedAt());
    }
}
