package io.careops.incidentsafety.analysis.api;

import io.careops.incidentsafety.analysis.domain.AnalysisMethod;
import io.careops.incidentsafety.analysis.domain.FishboneCategory;
import io.careops.incidentsafety.analysis.domain.FishboneFramework;
import io.careops.incidentsafety.analysis.domain.RootCauseAnalysis;
import io.careops.incidentsafety.analysis.domain.Why;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AnalysisRequest", description = "A root cause analysis as the investigators write it")
public record AnalysisRequest(
        @NotNull AnalysisMethod method,
        @NotBlank @Size(max = 200) String leadInvestigator,
        @Size(max = 30) List<@NotBlank @Size(max = 200) String> team,
        @NotNull LocalDate startedOn,
        LocalDate reviewDueOn,
        LocalDate completedOn,
        @Schema(description = "LEGACY (people, environment, processes, organisation, external; the default) or NPSA (nine)")
        FishboneFramework fishboneFramework,
        @Size(max = 50) @Schema(description = "The five-whys tree: each answer with the causes found for it")
        List<@Valid WhyAnswer> fiveWhys,
        @Size(max = 9) List<@Valid FishboneCategoryCauses> fishbone,
        @Size(max = 20000) String rootCauseSummary,
        @Size(max = 20000) String lessonsLearned,
        @Size(max = 20000) String recommendations) {

    @Schema(name = "WhyAnswer")
    public record WhyAnswer(@NotBlank @Size(max = 2000) String answer, @Size(max = 50) List<@Valid WhyAnswer> causes) {

        Why toWhy() {
            return new Why(answer, causes == null ? List.of() : causes.stream().map(WhyAnswer::toWhy).toList());
        }
    }

    @Schema(name = "FishboneCategoryCauses")
    public record FishboneCategoryCauses(@NotNull FishboneCategory category,
            @NotNull @Size(max = 50) List<@NotBlank @Size(max = 2000) String> causes) {
    }

    RootCauseAnalysis.Content toContent() {
        Map<FishboneCategory, List<String>> causes = new LinkedHashMap<>();
        if (fishbone != null) {
            fishbone.forEach(entry -> causes.merge(entry.category(), List.copyOf(entry.causes()),
                    (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList()));
        }
        return new RootCauseAnalysis.Content(method, leadInvestigator, team == null ? List.of() : team, startedOn,
                reviewDueOn, completedOn, fishboneFramework,
                fiveWhys == null ? List.of() : fiveWhys.stream().map(WhyAnswer::toWhy).toList(), causes,
                rootCauseSummary, lessonsLearned, recommendations);
    }
}
