package io.careops.scheduling.rotahealth.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Something wrong with the rota, naming what is behind it: shifts, staff, unit and day where they apply. */
public record Issue(Severity severity, String component, String message, @Schema(nullable = true) UUID unitId, @Schema(nullable = true) LocalDate date,
        List<UUID> shiftIds, List<UUID> staffIds) {

    @Schema(name = "IssueSeverity")
    public enum Severity {
        HIGH,
        MEDIUM,
        LOW
    }
}
