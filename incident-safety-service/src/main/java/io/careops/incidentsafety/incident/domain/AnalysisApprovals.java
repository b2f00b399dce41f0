package io.careops.incidentsafety.incident.domain;

import java.util.UUID;

/** Whether an incident's root cause analysis is approved; answered by the analysis feature. */
public interface AnalysisApprovals {

    boolean approvedFor(UUID incidentId);
}
