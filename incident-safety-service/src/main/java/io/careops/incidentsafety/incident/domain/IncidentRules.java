package io.careops.incidentsafety.incident.domain;

/**
 * What follows from an incident's type and severity (docs/domain.md section 5). Derived every time
 * from the stored facts, never stored, so it cannot drift from them.
 */
public final class IncidentRules {

    private IncidentRules() {
    }

    /**
     * The Care Inspectorate must be told, immediately, of deaths, of accidents and injuries that
     * need medical treatment (legacy MODERATE_HARM, "medical intervention required", or worse),
     * of abuse allegations and of outbreaks. An unknown legacy type counts by severity only.
     */
    public static boolean careInspectorateNotifiable(IncidentType type, Severity severity) {
        return severity.atLeast(Severity.MODERATE_HARM) || (type != null && type.notifiableByType());
    }

    /**
     * Duty of Candour (Scotland) Act 2016: applies when an unintended or unexpected incident
     * results in moderate harm or worse, death included. Harm that was the expected course of
     * the person's condition or treatment does not trigger it.
     */
    public static boolean dutyOfCandourApplies(Severity severity, boolean harmExpected) {
        return !harmExpected && severity.atLeast(Severity.MODERATE_HARM);
    }

    /**
     * Everything the regulator must hear about is investigated, as is anything a manager asks
     * to have investigated.
     */
    public static boolean investigationRequired(IncidentType type, Severity severity, boolean requested) {
        return requested || careInspectorateNotifiable(type, severity);
    }
}
