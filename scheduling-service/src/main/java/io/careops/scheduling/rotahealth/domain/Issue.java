package io.careops.scheduling.rotahealth.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Something wrong with the rota, naming what is behind it: shifts, staff, unit (id and name, so a
 * screen need not look the unit up) and day where they apply.
 */
public record Issue(Severity severity, String component, String message, @Schema(nullable = true) UUID unitId,
        @Schema(nullable = true) String unitName, @Schema(nullable = true) LocalDate date,
        List<UUID> shiftIds, List<UUID> staffIds) {

    /** An issue whose unit is named later, by {@link #named}. */
    public Issue(Severity severity, String component, String message, UUID unitId, LocalDate date, List<UUID> shiftIds,
            List<UUID> staffIds) {
        this(severity, component, message, unitId, null, date, shiftIds, staffIds);
    }

    /** The same issue with its unit's name from {@code unitNames} (by unit id). */
    public Issue named(java.util.Map<UUID, String> unitNames) {
        return unitId == null ? this
                : new Issue(severity, component, message, unitId, unitNames.get(unitId), date, shiftIds, staffIds);
    }

    @Schema(name = "IssueSeverity")
    public enum Severity {
        HIGH,
        MEDIUM,
        LOW
    }
}
