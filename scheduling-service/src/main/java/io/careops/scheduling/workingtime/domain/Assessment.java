package io.careops.scheduling.workingtime.domain;

import java.util.List;

/** What the engine found for one person: findings most severe first, and the rest they owe. */
public record Assessment(List<Finding> findings, List<CompensatoryRest> compensatoryRest) {

    public boolean allowed() {
        return findings.stream().noneMatch(finding -> finding.severity() == Severity.VIOLATION);
    }

    public List<Finding> violations() {
        return findings.stream().filter(finding -> finding.severity() == Severity.VIOLATION).toList();
    }
}
