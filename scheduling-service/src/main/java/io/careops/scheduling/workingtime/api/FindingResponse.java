package io.careops.scheduling.workingtime.api;

import io.careops.scheduling.workingtime.domain.Finding;
import io.careops.scheduling.workingtime.domain.Rule;
import io.careops.scheduling.workingtime.domain.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

public record FindingResponse(Rule rule, String regulation, Severity severity, String message, LocalDate date,
        Map<String, Object> figures, List<UUID> shiftIds) {

    static FindingResponse of(Finding finding) {
        return new FindingResponse(finding.rule(), finding.regulation(), finding.severity(), finding.message(),
                finding.date(), finding.figures(), finding.shiftIds());
    }
}
