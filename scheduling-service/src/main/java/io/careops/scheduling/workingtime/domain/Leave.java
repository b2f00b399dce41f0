package io.careops.scheduling.workingtime.domain;

import io.careops.scheduling.absence.domain.AbsenceType;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** Approved days away. Some of them are "excluded days" of the 48-hour average (reg 4(6)). */
public record Leave(AbsenceType type, LocalDate firstDay, LocalDate lastDay) {

    /**
     * Annual, sick, maternity and paternity leave are excluded days; training is working time and
     * "other" leave is not named by the regulation, so neither is excluded.
     */
    private static final Set<AbsenceType> EXCLUDED = EnumSet.of(AbsenceType.ANNUAL_LEAVE, AbsenceType.SICKNESS,
            AbsenceType.MATERNITY_LEAVE, AbsenceType.PATERNITY_LEAVE);

    public boolean excludedFromAverage() {
        return EXCLUDED.contains(type);
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }
}
