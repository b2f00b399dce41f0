package io.careops.scheduling.staff.api;

import io.careops.scheduling.staff.domain.Staff;
import io.careops.scheduling.staff.domain.Team;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StaffRequest", description = "A member of staff to add")
public record StaffRequest(
        @NotBlank @Pattern(regexp = "\\d{6}", message = "must be the 6-digit staff number") @Schema(examples = "001253")
        String staffNumber,
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @Email @Size(max = 200) String email,
        @Schema(description = "A code from /roles; without one, only shift types open to any role", examples = "SCW")
        String roleCode,
        @NotNull UUID careHomeId,
        UUID homeUnitId,
        @Schema(description = "Where the person works at present, when not their home unit") UUID assignedUnitId,
        Team team,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) @Schema(examples = "37.5")
        BigDecimal contractedHoursPerWeek,
        @PositiveOrZero @Digits(integer = 6, fraction = 2) @Schema(description = "GBP an hour, for cost figures")
        BigDecimal hourlyRate,
        @Size(max = 50) String shiftPreference,
        @Past @Schema(description = "Needed for the young-worker rules") LocalDate dateOfBirth,
        Boolean nightWorker,
        @Schema(description = "The contract provides for work after 22:00: a young worker's restricted period is then"
                + " 23:00-07:00 instead of 22:00-06:00 (reg 6A); defaults to false")
        Boolean contractedToWorkAfter22,
        @Schema(description = "Working Time Regulations 48-hour opt-out signed on") LocalDate optOutSignedOn,
        @Schema(description = "Opt-out ended on (notice given)") LocalDate optOutEndedOn,
        @NotNull LocalDate employmentStart,
        LocalDate employmentEnd,
        @Size(max = 50) String phone,
        @PositiveOrZero @jakarta.validation.constraints.Max(366) Integer annualLeaveDays,
        @PositiveOrZero @jakarta.validation.constraints.Max(14) @Schema(description = "Contracted shifts a week, where set")
        Integer shiftsPerWeek) {

    Staff.Hiring toHiring() {
        return new Staff.Hiring(staffNumber, firstName, lastName, email, roleCode, careHomeId, homeUnitId, team,
                contractedHoursPerWeek, hourlyRate, shiftPreference, dateOfBirth, Boolean.TRUE.equals(nightWorker),
                optOutSignedOn, optOutEndedOn, employmentStart, employmentEnd,
                new Staff.Extras(phone, annualLeaveDays, shiftsPerWeek, assignedUnitId),
                Boolean.TRUE.equals(contractedToWorkAfter22));
    }
}
