package io.careops.scheduling.shift.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record AssignmentRequest(@NotNull UUID staffId,
        @Size(max = 2000) @Schema(description = "A manager's reason to assign despite working-time violations; "
                + "recorded with the violations it overrides") String workingTimeOverrideReason,
        @Size(max = 2000) @Schema(description = "A manager's reason to assign although a mandatory certification for the"
                + " person's role has lapsed on the shift's day; recorded on the shift") String certificationOverrideReason) {
}
