package io.careops.scheduling.workingtime.api;

import io.careops.scheduling.workingtime.domain.CompensatoryRest;
import io.careops.scheduling.workingtime.domain.Rule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Rest owed: {@code key} and {@code arisesOn} are what recording it as given needs. */
public record CompensatoryRestResponse(String key, Rule rule, BigDecimal hours, LocalDate arisesOn, LocalDate dueBy,
        boolean overdue, List<UUID> shiftIds) {

    static CompensatoryRestResponse of(CompensatoryRest rest, LocalDate today) {
        return new CompensatoryRestResponse(rest.key(), rest.rule(), hours(rest.minutes()), rest.arisesOn(),
                rest.dueBy(), today.isAfter(rest.dueBy()), rest.shiftIds());
    }

    static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }
}
