package io.careops.incidentsafety.incident.api;

import io.careops.incidentsafety.incident.domain.Authority;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NotificationRequest", description = "An authority was told of the incident")
public record NotificationRequest(@NotNull Authority authority, @NotNull @Schema(examples = "2026-01-16T12:10:00Z") OffsetDateTime notifiedAt,
        @NotBlank @Size(max = 100) @Schema(description = "The reference the authority gave") String reference) {
}
