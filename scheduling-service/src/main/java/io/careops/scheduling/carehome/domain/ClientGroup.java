package io.careops.scheduling.carehome.domain;

/** The client group a care home service is registered for with the Care Inspectorate. */
public enum ClientGroup {
    OLDER_PEOPLE,
    ADULTS,
    CHILDREN_AND_YOUNG_PEOPLE
}
