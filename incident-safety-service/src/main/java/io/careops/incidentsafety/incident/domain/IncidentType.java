package io.careops.incidentsafety.incident.domain;

import static io.careops.incidentsafety.incident.domain.IncidentTypeGroup.BEHAVIOUR;
import static io.careops.incidentsafety.incident.domain.IncidentTypeGroup.CLINICAL;
import static io.careops.incidentsafety.incident.domain.IncidentTypeGroup.FALLS_AND_INJURIES;
import static io.careops.incidentsafety.incident.domain.IncidentTypeGroup.HEALTH_AND_SAFETY;
import static io.careops.incidentsafety.incident.domain.IncidentTypeGroup.SAFEGUARDING;

import java.util.Arrays;
import java.util.Optional;

/**
 * The legacy incident catalogue (IncidentReport.INCIDENT_TYPE_CHOICES), with its groups. The codes
 * are the legacy ones, so imported incidents keep their type.
 */
public enum IncidentType {
    FALL_UNWITNESSED(FALLS_AND_INJURIES, "Fall - unwitnessed"),
    FALL_WITNESSED(FALLS_AND_INJURIES, "Fall - witnessed"),
    FALL_BED(FALLS_AND_INJURIES, "Fall - from bed"),
    FALL_CHAIR(FALLS_AND_INJURIES, "Fall - from chair"),
    FALL_BATHROOM(FALLS_AND_INJURIES, "Fall - in bathroom"),
    SLIP_TRIP(FALLS_AND_INJURIES, "Slip or trip"),
    PHYSICAL_INJURY(FALLS_AND_INJURIES, "Physical injury (not a fall)"),

    MED_ERROR_OMISSION(CLINICAL, "Medication error - omission"),
    MED_ERROR_WRONG_DOSE(CLINICAL, "Medication error - wrong dose"),
    MED_ERROR_WRONG_MED(CLINICAL, "Medication error - wrong medication"),
    MED_ERROR_WRONG_TIME(CLINICAL, "Medication error - wrong time"),
    MED_ERROR_WRONG_PERSON(CLINICAL, "Medication error - wrong person"),
    CONTROLLED_DRUG(CLINICAL, "Controlled drug discrepancy"),
    CHOKING(CLINICAL, "Choking"),
    SEIZURE(CLINICAL, "Seizure"),
    DIABETIC_EMERGENCY(CLINICAL, "Diabetic emergency"),
    ALLERGIC_REACTION(CLINICAL, "Allergic reaction"),
    PRESSURE_ULCER(CLINICAL, "Pressure ulcer"),
    UNEXPLAINED_INJURY(CLINICAL, "Unexplained bruising or injury"),
    MEDICAL_EMERGENCY(CLINICAL, "Medical emergency"),
    HEALTH_DETERIORATION(CLINICAL, "Deterioration in health"),

    AGGRESSION_STAFF(BEHAVIOUR, "Physical aggression toward staff"),
    AGGRESSION_SERVICE_USER(BEHAVIOUR, "Physical aggression toward a resident"),
    VERBAL_AGGRESSION(BEHAVIOUR, "Verbal aggression"),
    SEXUAL_BEHAVIOUR(BEHAVIOUR, "Sexual behaviour concerns"),
    PROPERTY_DAMAGE(BEHAVIOUR, "Property damage"),
    SELF_HARM(BEHAVIOUR, "Self-harm"),
    ABSCONDING(BEHAVIOUR, "Absconding or missing person"),

    SUSPECTED_PHYSICAL_ABUSE(SAFEGUARDING, "Suspected physical abuse", true),
    SUSPECTED_PSYCHOLOGICAL_ABUSE(SAFEGUARDING, "Suspected psychological or emotional abuse", true),
    SUSPECTED_FINANCIAL_ABUSE(SAFEGUARDING, "Suspected financial abuse", true),
    SUSPECTED_NEGLECT(SAFEGUARDING, "Suspected neglect", true),
    SUSPECTED_SEXUAL_ABUSE(SAFEGUARDING, "Suspected sexual abuse", true),
    SUSPECTED_DISCRIMINATORY_ABUSE(SAFEGUARDING, "Suspected discriminatory abuse", true),
    SUSPECTED_INSTITUTIONAL_ABUSE(SAFEGUARDING, "Suspected institutional abuse", true),
    SELF_NEGLECT(SAFEGUARDING, "Self-neglect"),
    ALLEGATION_AGAINST_STAFF(SAFEGUARDING, "Allegation against a staff member", true),

    FIRE_ALARM(HEALTH_AND_SAFETY, "Fire alarm activation"),
    EQUIPMENT_FAILURE(HEALTH_AND_SAFETY, "Equipment failure"),
    BUILDING_ISSUE(HEALTH_AND_SAFETY, "Building or facilities issue"),
    // Outbreaks are notifiable whatever the harm to one person (docs/domain.md section 5).
    INFECTION_OUTBREAK(HEALTH_AND_SAFETY, "Infection control outbreak", true),
    FOOD_SAFETY(HEALTH_AND_SAFETY, "Food safety"),
    SECURITY_BREACH(HEALTH_AND_SAFETY, "Security breach"),
    VISITOR_INCIDENT(HEALTH_AND_SAFETY, "Visitor incident"),
    STAFF_INJURY(HEALTH_AND_SAFETY, "Staff injury"),

    NEAR_MISS(IncidentTypeGroup.NEAR_MISS, "Near miss - no harm");

    private final IncidentTypeGroup group;
    private final String label;
    /** Notifiable to the Care Inspectorate by its nature (abuse allegations, outbreaks). */
    private final boolean notifiableByType;

    IncidentType(IncidentTypeGroup group, String label) {
        this(group, label, false);
    }

    IncidentType(IncidentTypeGroup group, String label, boolean notifiableByType) {
        this.group = group;
        this.label = label;
        this.notifiableByType = notifiableByType;
    }

    public IncidentTypeGroup group() {
        return group;
    }

    public String label() {
        return label;
    }

    public boolean notifiableByType() {
        return notifiableByType;
    }

    /** A stored code that is not (or no longer) in the catalogue has no type. */
    public static Optional<IncidentType> ofCode(String code) {
        return Arrays.stream(values()).filter(type -> type.name().equals(code)).findFirst();
    }
}
