package io.careops.scheduling.importing.api;

import io.careops.scheduling.importing.service.WorkingTimeReview;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WorkingTimeReviewResponse", description = "One page of people whose imported shifts were judged against"
        + " today's working-time limits; flagged lists only findings recorded by this call (a re-run adds none)")
public record WorkingTimeReviewResponse(
        @Schema(required = true, examples = "0") int page,
        @Schema(required = true, examples = "200") int size,
        @Schema(required = true, description = "People judged on this page", examples = "200") int reviewedStaff,
        @Schema(required = true, description = "No page after this one") boolean last,
        @Schema(required = true) List<Flag> flagged) {

    @Schema(name = "WorkingTimeReviewFlag", description = "A finding newly recorded on an imported shift")
    public record Flag(
            @Schema(required = true, description = "The legacy pk of the shift", examples = "48211") String legacyPk,
            @Schema(required = true) UUID shiftId,
            @Schema(required = true, examples = "WORKING_TIME: DAILY_REST (reg 10) on 2026-03-02: ...") String finding) {
    }

    static WorkingTimeReviewResponse of(WorkingTimeReview.Result result) {
        return new WorkingTimeReviewResponse(result.page(), result.size(), result.reviewedStaff(), result.last(),
                result.flagged().stream().map(flag -> new Flag(flag.legacyPk(), flag.shiftId(), flag.finding())).toList());
    }
}
