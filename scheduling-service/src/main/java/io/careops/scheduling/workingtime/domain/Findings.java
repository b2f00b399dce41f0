package io.careops.scheduling.workingtime.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Collects what the rules find and decides how much each weighs: a young worker's limits always
 * bind, and an adult's rest and break shortfalls in a special case become compensatory rest owed.
 */
final class Findings {

    private final Regime regime;
    private final Focus focus;
    private final List<Finding> findings = new ArrayList<>();
    private final List<CompensatoryRest> owed = new ArrayList<>();

    Findings(Regime regime, Focus focus) {
        this.regime = regime;
        this.focus = focus;
    }

    Focus focus() {
        return focus;
    }

    /** A rest or break shortfall of {@code minutes}: compensatory rest in a special case, else a violation. */
    void shortfall(Rule rule, long minutes, String message, LocalDate date, Map<String, Object> figures,
            List<WorkPeriod> involved, String key) {
        if (!focus.includes(involved)) {
            return;
        }
        figures.put("shortfallHours", hours(minutes));
        List<UUID> shiftIds = involved.stream().map(WorkPeriod::shiftId).toList();
        if (setAside(rule)) {
            LocalDate dueBy = date.plusDays(regime.compensatoryRestWithinDays());
            findings.add(Finding.of(rule, Severity.COMPENSATORY_REST, message + "; allowed under " + rule.setAsideBy() + " with "
                    + hours(minutes) + " h compensatory rest owed by " + dueBy, date, figures, shiftIds));
            owed.add(new CompensatoryRest(rule.name() + "|" + key, rule, minutes, date, dueBy, shiftIds));
        } else {
            findings.add(Finding.of(rule, Severity.VIOLATION, message, date, figures, shiftIds));
        }
    }

    /** A limit on hours: a violation, or a warning in a special case where the rule is set aside. */
    void overLimit(Rule rule, String message, LocalDate date, Map<String, Object> figures, List<WorkPeriod> involved) {
        Severity severity = setAside(rule) ? Severity.WARNING : Severity.VIOLATION;
        String note = severity == Severity.WARNING ? "; set aside by " + rule.setAsideBy() + ", so compensatory rest and a health"
                + " assessment (reg 7) are due" : "";
        findings.add(Finding.of(rule, severity, message + note, date, figures,
                involved.stream().map(WorkPeriod::shiftId).toList()));
    }

    void violation(Rule rule, String message, LocalDate date, Map<String, Object> figures, List<WorkPeriod> involved) {
        if (focus.includes(involved)) {
            findings.add(Finding.of(rule, Severity.VIOLATION, message, date, figures,
                    involved.stream().map(WorkPeriod::shiftId).toList()));
        }
    }

    void warning(Rule rule, String message, LocalDate date, Map<String, Object> figures, List<WorkPeriod> involved) {
        findings.add(Finding.of(rule, Severity.WARNING, message, date, figures,
                involved.stream().map(WorkPeriod::shiftId).toList()));
    }

    private boolean setAside(Rule rule) {
        return regime.specialCase() && rule.disappliedBySpecialCase();
    }

    Assessment assessment() {
        List<Finding> sorted = findings.stream().sorted(Comparator.comparing(Finding::severity)
                .thenComparing(Finding::date).thenComparing(Finding::rule)).toList();
        List<CompensatoryRest> rest = owed.stream().sorted(Comparator.comparing(CompensatoryRest::arisesOn)
                .thenComparing(CompensatoryRest::key)).toList();
        return new Assessment(sorted, rest);
    }

    static BigDecimal hours(double minutes) {
        return BigDecimal.valueOf(minutes / 60.0).setScale(2, RoundingMode.HALF_UP);
    }

    static Map<String, Object> figures(Object... namesAndValues) {
        Map<String, Object> figures = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            figures.put((String) namesAndValues[i], value instanceof LocalDate date ? date.toString() : value);
        }
        return figures;
    }
}
