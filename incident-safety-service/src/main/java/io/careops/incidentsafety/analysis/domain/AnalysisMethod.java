package io.careops.incidentsafety.analysis.domain;

public enum AnalysisMethod {
    FIVE_WHYS,
    FISHBONE,
    TIMELINE,
    BARRIER
}
