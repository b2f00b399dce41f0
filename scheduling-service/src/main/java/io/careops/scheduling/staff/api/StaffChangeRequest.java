package io.careops.scheduling.staff.api;

import io.careops.scheduling.staff.domain.Staff;
import io.careops.scheduling.staff.domain.Team;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StaffChangeRequest", description = "Fields to change; omitted or null fields stay as they are. "
        + "A leaver gets employmentEnd; an opt-out withdrawn with notice gets optOutEndedOn.")
public record StaffChangeRequest(
        String roleCode,
        UUID homeUnitId,
        UUID assignedUnitId,
        Team team,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal contractedHoursPerWeek,
        @PositiveOrZero @Digits(integer = 6, fraction = 2) BigDecimal hourlyRate,
        @Size(max = 50) String shiftPreference,
        Boolean nightWorker,
        @Schema(description = "The contract provides for work after 22:00 (a young worker's restricted period is then 23:00-07:00, reg 6A)")
        Boolean contractedToWorkAfter22,
        @Past @Schema(description = "Needed for the young-worker rules; a recorded date can be corrected, not removed")
        LocalDate dateOfBirth,
        LocalDate optOutSignedOn,
        LocalDate optOutEndedOn,
        LocalDate employmentEnd,
        Boolean active,
        @Email @Size(max = 200) String email,
        @Size(max = 50) String phone,
        @PositiveOrZero @Max(366) Integer annualLeaveDays,
        @PositiveOrZero @Max(14) Integer shiftsPerWeek) {

    Staff.Change toChange() {
        return new Staff.Change(roleCode, homeUnitId, team, contractedHoursPerWeek, hourlyRate, shiftPreference,
                nightWorker, optOutSignedOn, optOutEndedOn, employmentEnd, active, email, phone, annualLeaveDays,
                shiftsPerWeek, assignedUnitId, dateOfBirth, contractedToWorkAfter22);
    }
}
