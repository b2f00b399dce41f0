package io.careops.incidentsafety.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.careops.incidentsafety.incident.domain.IncidentRules;
import io.careops.incidentsafety.incident.domain.IncidentType;
import io.careops.incidentsafety.incident.domain.IncidentTypeGroup;
import io.careops.incidentsafety.incident.domain.Severity;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The derivations of docs/domain.md section 5, table-driven with the boundaries. */
class IncidentRulesTest {

    @ParameterizedTest(name = "{0} {1}: notifiable {2}")
    @CsvSource({
            // by severity: an injury needing medical treatment (moderate harm) is the threshold
            "FALL_UNWITNESSED,        NO_HARM,       false",
            "FALL_UNWITNESSED,        LOW_HARM,      false",
            "FALL_UNWITNESSED,        MODERATE_HARM, true",
            "FALL_UNWITNESSED,        MAJOR_HARM,    true",
            "CHOKING,                 DEATH,         true",
            "MED_ERROR_WRONG_DOSE,    LOW_HARM,      false",
            "MED_ERROR_WRONG_DOSE,    MODERATE_HARM, true",
            "NEAR_MISS,               NO_HARM,       false",
            // by type, at any severity: abuse allegations and outbreaks
            "SUSPECTED_NEGLECT,       NO_HARM,       true",
            "ALLEGATION_AGAINST_STAFF, NO_HARM,      true",
            "INFECTION_OUTBREAK,      NO_HARM,       true",
            "SUSPECTED_FINANCIAL_ABUSE, LOW_HARM,    true",
            // safeguarding, but not an allegation of abuse by others
            "SELF_NEGLECT,            LOW_HARM,      false",
            "FIRE_ALARM,              NO_HARM,       false"})
    void careInspectorateNotification(IncidentType type, Severity severity, boolean notifiable) {
        assertEquals(notifiable, IncidentRules.careInspectorateNotifiable(type, severity));
    }

    @ParameterizedTest
    @EnumSource(value = IncidentType.class, names = "SUSPECTED_.*_ABUSE", mode = EnumSource.Mode.MATCH_ALL)
    void everyAbuseAllegationIsNotifiableWithoutHarm(IncidentType type) {
        assertEquals(true, IncidentRules.careInspectorateNotifiable(type, Severity.NO_HARM));
    }

    @Test
    void anUnknownLegacyTypeCountsBySeverityOnly() {
        assertEquals(false, IncidentRules.careInspectorateNotifiable(null, Severity.LOW_HARM));
        assertEquals(true, IncidentRules.careInspectorateNotifiable(null, Severity.MODERATE_HARM));
    }

    @ParameterizedTest(name = "{0}, harm expected {1}: Duty of Candour {2}")
    @CsvSource({
            "NO_HARM,       false, false",
            "LOW_HARM,      false, false",
            "MODERATE_HARM, false, true",
            "MAJOR_HARM,    false, true",
            "DEATH,         false, true",
            "MODERATE_HARM, true,  false",
            "DEATH,         true,  false"})
    void dutyOfCandour(Severity severity, boolean harmExpected, boolean applies) {
        assertEquals(applies, IncidentRules.dutyOfCandourApplies(severity, harmExpected));
    }

    @ParameterizedTest(name = "{0} {1}, requested {2}: investigate {3}")
    @CsvSource({
            "FALL_BED,          LOW_HARM,      false, false",
            "FALL_BED,          LOW_HARM,      true,  true",
            "FALL_BED,          MODERATE_HARM, false, true",
            "SUSPECTED_NEGLECT, NO_HARM,       false, true"})
    void investigation(IncidentType type, Severity severity, boolean requested, boolean required) {
        assertEquals(required, IncidentRules.investigationRequired(type, severity, requested));
    }

    @Test
    void theLegacyCatalogueHasItsFortySixTypesInSixGroups() {
        Map<IncidentTypeGroup, Long> perGroup = Arrays.stream(IncidentType.values())
                .collect(Collectors.groupingBy(IncidentType::group, Collectors.counting()));
        assertEquals(46, IncidentType.values().length);
        assertEquals(Map.of(IncidentTypeGroup.FALLS_AND_INJURIES, 7L, IncidentTypeGroup.CLINICAL, 14L,
                IncidentTypeGroup.BEHAVIOUR, 7L, IncidentTypeGroup.SAFEGUARDING, 9L,
                IncidentTypeGroup.HEALTH_AND_SAFETY, 8L, IncidentTypeGroup.NEAR_MISS, 1L), perGroup);
    }
}
