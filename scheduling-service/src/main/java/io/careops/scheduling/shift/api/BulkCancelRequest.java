package io.careops.scheduling.shift.api;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BulkShiftCancellation", description = "Up to 500 shifts to cancel, all or nothing")
public record BulkCancelRequest(@NotEmpty @Size(max = 500) List<@NotNull UUID> shiftIds) {
}
