package io.careops.scheduling.staff.api;

import io.careops.scheduling.staff.domain.Staff;
import io.careops.scheduling.staff.domain.Team;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record StaffResponse(UUID id, String staffNumber, String firstName, String lastName, @Schema(nullable = true) String email,
        @Schema(nullable = true) String phone, @Schema(nullable = true) String roleCode, UUID careHomeId, @Schema(nullable = true) UUID homeUnitId, @Schema(nullable = true) UUID assignedUnitId, @Schema(nullable = true) Team team,
        BigDecimal contractedHoursPerWeek,
        @Schema(nullable = true) BigDecimal hourlyRate, @Schema(nullable = true) String shiftPreference, @Schema(nullable = true) LocalDate dateOfBirth, boolean nightWorker,
        @Schema(description = "The contract provides for work after 22:00, so a young worker's restricted period is 23:00-07:00 instead of 22:00-06:00 (reg 6A)")
        boolean contractedToWorkAfter22,
        @Schema(nullable = true) LocalDate optOutSignedOn, @Schema(nullable = true) LocalDate optOutEndedOn, LocalDate employmentStart, @Schema(nullable = true) LocalDate employmentEnd,
        @Schema(nullable = true) Integer annualLeaveDays, @Schema(nullable = true) Integer shiftsPerWeek, boolean active, Instant createdAt, Instant updatedAt) {

    public static StaffResponse of(Staff staff) {
        Staff.Extras extras = staff.extras();
        return new StaffResponse(staff.id(), staff.staffNumber(), staff.firstName(), staff.lastName(), staff.email(),
                extras.phone(), staff.roleCode(), staff.careHomeId(), staff.homeUnitId(), extras.assignedUnitId(),
                staff.team(), staff.contractedHoursPerWeek(),
                staff.hourlyRate(), staff.shiftPreference(), staff.dateOfBirth(), staff.nightWorker(),
                staff.contractedToWorkAfter22(),
                staff.optOutSignedOn(), staff.optOutEndedOn(), staff.employmentStart(), staff.employmentEnd(),
                extras.annualLeaveDays(), extras.shiftsPerWeek(), staff.active(), staff.createdAt(), staff.updatedAt());
    }
}
