package io.careops.scheduling.workingtime.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One breach, shortfall or warning, with the figures behind it and the shifts that cause it.
 *
 * @param date    the day it is about: the later shift's rota day, the week's Monday, or the last
 *                day of the reference period
 * @param figures named numbers (hours as decimals, dates as ISO strings) a person can check by hand
 */
public record Finding(Rule rule, String regulation, Severity severity, String message, LocalDate date,
        Map<String, Object> figures, List<UUID> shiftIds) {

    public static Finding of(Rule rule, Severity severity, String message, LocalDate date, Map<String, Object> figures,
            List<UUID> shiftIds) {
        return new Finding(rule, rule.regulation(), severity, message, date, figures, List.copyOf(shiftIds));
    }
}
