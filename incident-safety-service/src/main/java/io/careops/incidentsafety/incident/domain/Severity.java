package io.careops.incidentsafety.incident.domain;

/** Harm to the person affected, from none to death (docs/domain.md section 5), in rising order. */
public enum Severity {
    NO_HARM,
    LOW_HARM,
    /** Legacy: "medical intervention required". */
    MODERATE_HARM,
    /** Legacy: "hospitalisation". */
    MAJOR_HARM,
    DEATH;

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
