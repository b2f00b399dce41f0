package io.careops.scheduling.importing.api;

import io.careops.platform.importing.LegacyRecord;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The records the import endpoints take: legacy records already mapped to CareOps terms by the
 * importer, each with its legacy pk and the findings the importer made. Ids of other records are
 * CareOps ids (the importer has them from earlier batches' outcomes).
 */
public final class SchedulingImports {

    private SchedulingImports() {
    }

    @Schema(name = "RoleImport", description = "A legacy role, linked to the role catalogue entry of the same code")
    public record RoleImport(@NotBlank @Size(max = 64) String legacyPk, @NotBlank @Size(max = 30) String code,
            List<@NotBlank String> findings) implements LegacyRecord {
    }

    @Schema(name = "CareHomeImport")
    public record CareHomeImport(
            @NotBlank @Size(max = 64) String legacyPk,
            @NotBlank @Size(max = 200) String name,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(examples = "VG") @NotBlank @Pattern(regexp = "[A-Z0-9_]{2,30}", message = "must be 2-30 of A-Z, 0-9 and _") String code,
            @NotBlank String serviceNumber,
            String registrationNumber,
            @NotNull @PositiveOrZero Integer bedCapacity,
            @NotNull @PositiveOrZero Integer occupancy,
            @NotBlank String address,
            @NotBlank String postcode,
            String phone,
            String email,
            LocalDate openedOn,
            @NotNull @PositiveOrZero BigDecimal agencyBudgetMonthly,
            @NotNull @PositiveOrZero BigDecimal overtimeBudgetMonthly,
            boolean active,
            List<@NotBlank String> findings) implements LegacyRecord {
    }

    @Schema(name = "UnitImport")
    public record UnitImport(
            @NotBlank @Size(max = 64) String legacyPk,
            @NotNull UUID careHomeId,
            @NotBlank @Size(max = 100) String name,
            String description,
            @NotNull @PositiveOrZero Integer minDayStaff,
            @NotNull @PositiveOrZero Integer minNightStaff,
            @NotNull @PositiveOrZero Integer minWeekendStaff,
            @NotNull @PositiveOrZero Integer idealDayStaff,
            @NotNull @PositiveOrZero Integer idealNightStaff,
            boolean active,
            List<@NotBlank String> findings) implements LegacyRecord {
    }

    @Schema(name = "ShiftTypeImport", description = "Linked to the catalogue entry of the same code, or created from the export")
    public record ShiftTypeImport(
            @NotBlank @Size(max = 64) String legacyPk,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(examples = "DAY_SENIOR") @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,29}", message = "must be a code like DAY_SENIOR") String code,
            @NotBlank String name,
            @NotNull LocalTime startTime,
            @NotNull LocalTime endTime,
            List<@NotBlank String> allowedRoles,
            boolean active,
            List<@NotBlank String> findings) implements LegacyRecord {
    }

    @Schema(name = "AgencyCompanyImport")
    public record AgencyCompanyImport(
            @NotBlank @Size(max = 64) String legacyPk,
            @NotBlank @Size(max = 200) String name,
            String contactPerson, String contactEmail, String contactPhone, String accountNumber, String notes,
            @NotNull @PositiveOrZero @Digits(integer = 6, fraction = 2) BigDecimal dayHourlyRate,
            @NotNull @PositiveOrZero @Digits(integer = 6, fraction = 2) BigDecimal nightHourlyRate,
            boolean active,
            List<@NotBlank String> findings) implements LegacyRecord {
    }

    @Schema(name = "StaffImport", description = "legacyPk is the 6-digit staff number, which stays the business key")
    public record StaffImport(
            @org.eclipse.microprofile.openapi.annotations.media.Schema(examples = "001253") @NotBlank @Pattern(regexp = "[0-9]{6}", message = "must be a 6-digit staff number") String legacyPk,
            @NotNull String firstName,
            @NotNull String lastName,
            String email,
            String phone,
            String roleCode,
            @NotNull UUID careHomeId,
            UUID homeUnitId,
            UUID assignedUnitId,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(examples = "A") @Pattern(regexp = "A|B|C|MGMT") String team,
            String shiftPreference,
            @NotNull @Min(0) @Max(100) BigDecimal contractedHoursPerWeek,
            @Min(0) @Max(366) Integer annualLeaveDays,
            @Min(0) @Max(14) Integer shiftsPerWeek,
            @NotNull LocalDate employmentStart,
            boolean active,
            List<@NotBlank String> findings) implements LegacyRecord {
    }

    @Schema(name = "ShiftImport", description = "A shift as it happened: exact times (an end at or before the start is "
            + "the next day), no staffId for open and agency shifts")
    public record ShiftImport(
            @NotBlank @Size(max = 64) String legacyPk,
            @NotNull UUID careHomeId,
            @NotNull UUID unitId,
            UUID shiftTypeId,
            @NotNull LocalDate date,
            @NotNull LocalTime startTime,
            @NotNull LocalTime endTime,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(examples = "SCHEDULED") @NotNull @Pattern(regexp = "SCHEDULED|CONFIRMED|WORKED|CANCELLED") String status,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(examples = "REGULAR") @NotNull @Pattern(regexp = "REGULAR|OVERTIME|AGENCY|BANK") String classification,
            boolean overtime,
            UUID staffId,
            @Schema(description = "The staff member's role as the importer mapped it; used only when the staff "
                    + "member is not stored yet (a dry run)") String staffRoleCode,
            UUID agencyCompanyId,
            @Size(max = 200) String agencyWorkerName,
            @PositiveOrZero @Digits(integer = 6, fraction = 2) BigDecimal agencyHourlyRate,
            @Size(max = 2000) String notes,
            List<@NotBlank String> findings) implements LegacyRecord {
    }
}
