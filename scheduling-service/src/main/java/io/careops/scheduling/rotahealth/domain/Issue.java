package io.careops.scheduling.rotahealth.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Something wrong with the rota, naming what is behind it: shifts, staff, unit and day where they apply. */
public record Issue(Severity severity, String component, String message, UUID unitId, LocalDate date,
        List<UUID> shiftIds, List<UUID> staffIds) {

    public enum Severity {
        HIGH,
        MEDIUM,
        LOW
    }
}
