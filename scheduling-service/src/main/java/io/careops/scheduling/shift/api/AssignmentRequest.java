package io.careops.scheduling.shift.api;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

public record AssignmentRequest(@NotNull UUID staffId) {
}
