package io.careops.incidentsafety.analysis.domain;

/** Fishbone categories of both frameworks; an analysis uses those of its framework only. */
public enum FishboneCategory {
    PEOPLE(FishboneFramework.LEGACY, "People"),
    ENVIRONMENT(FishboneFramework.LEGACY, "Environment"),
    PROCESSES(FishboneFramework.LEGACY, "Processes"),
    ORGANISATION(FishboneFramework.LEGACY, "Organisation"),
    EXTERNAL(FishboneFramework.LEGACY, "External"),

    PATIENT(FishboneFramework.NPSA, "Patient factors"),
    INDIVIDUAL_STAFF(FishboneFramework.NPSA, "Individual (staff) factors"),
    TASK(FishboneFramework.NPSA, "Task factors"),
    COMMUNICATION(FishboneFramework.NPSA, "Communication factors"),
    TEAM_AND_SOCIAL(FishboneFramework.NPSA, "Team and social factors"),
    EDUCATION_AND_TRAINING(FishboneFramework.NPSA, "Education and training factors"),
    EQUIPMENT_AND_RESOURCES(FishboneFramework.NPSA, "Equipment and resources factors"),
    WORKING_CONDITIONS(FishboneFramework.NPSA, "Working condition factors"),
    ORGANISATIONAL_AND_STRATEGIC(FishboneFramework.NPSA, "Organisational and strategic factors");

    private final FishboneFramework framework;
    private final String label;

    FishboneCategory(FishboneFramework framework, String label) {
        this.framework = framework;
        this.label = label;
    }

    public FishboneFramework framework() {
        return framework;
    }

    public String label() {
        return label;
    }
}
