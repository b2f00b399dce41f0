package io.careops.incidentsafety.incident.domain;

/** Who outside the home was told of an incident. */
public enum Authority {
    CARE_INSPECTORATE,
    POLICE,
    LOCAL_AUTHORITY
}
