package io.careops.incidentsafety.incident.domain;

/** The groups of the legacy incident catalogue (docs/domain.md section 5). */
public enum IncidentTypeGroup {
    FALLS_AND_INJURIES("Falls and physical injuries"),
    CLINICAL("Clinical and medication"),
    BEHAVIOUR("Challenging behaviour"),
    SAFEGUARDING("Safeguarding"),
    HEALTH_AND_SAFETY("Health and safety"),
    NEAR_MISS("Near miss");

    private final String label;

    IncidentTypeGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
