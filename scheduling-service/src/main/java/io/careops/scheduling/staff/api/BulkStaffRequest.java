package io.careops.scheduling.staff.api;

import io.careops.scheduling.staff.domain.Staff;
import io.careops.scheduling.staff.service.StaffService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BulkStaffRequest", description = "Staff to add together (an HR upload), all or nothing")
public record BulkStaffRequest(
        @NotEmpty @Size(max = StaffService.MAX_BULK) List<@Valid @NotNull StaffRequest> staff) {

    List<Staff.Hiring> toHirings() {
        return staff.stream().map(StaffRequest::toHiring).toList();
    }
}
