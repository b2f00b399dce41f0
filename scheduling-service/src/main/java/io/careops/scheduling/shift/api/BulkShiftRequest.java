package io.careops.scheduling.shift.api;

import io.careops.scheduling.shift.service.ShiftService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BulkShiftRequest", description = "Shifts to plan together, all or nothing")
public record BulkShiftRequest(
        @NotEmpty @Size(max = ShiftService.MAX_BULK) List<@Valid @NotNull ShiftRequest> shifts) {
}
