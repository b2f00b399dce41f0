package io.careops.scheduling.shift.api;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WeekCopyRequest", description = "Copy a unit's (unitId) or a home's (careHomeId) shifts of the 7 days"
        + " from fromWeekStart to the 7 days from toWeekStart, all or nothing; withStaff (default true) keeps the people,"
        + " false leaves the copies open")
public record WeekCopyRequest(UUID unitId, UUID careHomeId,
        @NotNull @Schema(examples = "2026-03-02") LocalDate fromWeekStart,
        @NotNull @Schema(examples = "2026-03-09") LocalDate toWeekStart,
        Boolean withStaff) {
}
