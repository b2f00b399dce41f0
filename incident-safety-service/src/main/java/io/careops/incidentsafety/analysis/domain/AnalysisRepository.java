package io.careops.incidentsafety.analysis.domain;

import io.careops.incidentsafety.incident.domain.AnalysisApprovals;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AnalysisRepository implements PanacheRepositoryBase<RootCauseAnalysis, UUID>, AnalysisApprovals {

    public Optional<RootCauseAnalysis> forIncident(UUID incidentId) {
        return find("incidentId", incidentId).firstResultOptional();
    }

    @Override
    public boolean approvedFor(UUID incidentId) {
        return count("incidentId = ?1 and status = ?2", incidentId, AnalysisStatus.APPROVED) > 0;
    }
}
