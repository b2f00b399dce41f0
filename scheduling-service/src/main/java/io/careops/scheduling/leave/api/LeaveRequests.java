package io.careops.scheduling.leave.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The leave API's request records. */
public final class LeaveRequests {

    private LeaveRequests() {
    }

    @Schema(name = "LeavePolicyRequest", description = "The day the home's leave year starts, and whether bank holidays"
            + " count within the entitlement (true) or are given on top (false: a bank holiday in a request uses no leave)")
    public record Policy(
            @NotNull @Min(1) @Max(12) @Schema(examples = "4") Integer leaveYearStartMonth,
            @NotNull @Min(1) @Max(28) @Schema(examples = "1") Integer leaveYearStartDay,
            @NotNull Boolean bankHolidaysInEntitlement) {
    }

    @Schema(name = "LeaveBlackoutRequest", description = "Days a unit cannot spare staff for annual leave, both included")
    public record Blackout(
            @NotNull UUID unitId,
            @NotNull @Schema(examples = "2026-12-21") LocalDate firstDay,
            @NotNull @Schema(examples = "2027-01-03") LocalDate lastDay,
            @NotBlank @Size(min = 3, max = 500) @Schema(examples = "Christmas and New Year cover") String reason) {
    }
}
