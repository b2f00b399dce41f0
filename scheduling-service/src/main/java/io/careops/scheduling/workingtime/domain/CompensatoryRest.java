package io.careops.scheduling.workingtime.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Rest owed under reg 24 for a daily-rest, weekly-rest or break shortfall a special case allowed.
 * It is derived from the rota, so it is never stale; {@code key} names the shortfall stably, so
 * that rest recorded as given can be matched to it.
 */
public record CompensatoryRest(String key, Rule rule, long minutes, LocalDate arisesOn, LocalDate dueBy,
        List<UUID> shiftIds) {
}
