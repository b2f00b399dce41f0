package io.careops.scheduling.staff.api;

import io.careops.scheduling.staff.domain.Staff;
import io.careops.scheduling.staff.domain.Team;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record StaffResponse(UUID id, String staffNumber, String firstName, String lastName, String email,
        String phone, String roleCode, UUID careHomeId, UUID homeUnitId, UUID assignedUnitId, Team team,
        BigDecimal contractedHoursPerWeek,
        BigDecimal hourlyRate, String shiftPreference, LocalDate dateOfBirth, boolean nightWorker,
        LocalDate optOutSignedOn, LocalDate optOutEndedOn, LocalDate employmentStart, LocalDate employmentEnd,
        Integer annualLeaveDays, Integer shiftsPerWeek, boolean active, Instant createdAt, Instant updatedAt) {

    public static StaffResponse of(Staff staff) {
        Staff.Extras extras = staff.extras();
        return new StaffResponse(staff.id(), staff.staffNumber(), staff.firstName(), staff.lastName(), staff.email(),
                extras.phone(), staff.roleCode(), staff.careHomeId(), staff.homeUnitId(), extras.assignedUnitId(),
                staff.team(), staff.contractedHoursPerWeek(),
                staff.hourlyRate(), staff.shiftPreference(), staff.dateOfBirth(), staff.nightWorker(),
                staff.optOutSignedOn(), staff.optOutEndedOn(), staff.employmentStart(), staff.employmentEnd(),
                extras.annualLeaveDays(), extras.shiftsPerWeek(), staff.active(), staff.createdAt(), staff.updatedAt());
    }
}
