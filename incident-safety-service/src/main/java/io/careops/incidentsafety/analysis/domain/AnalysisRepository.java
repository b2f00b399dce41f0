package io.careops.incidentsafety.analysis.domain;

import io.careops.incidentsafety.incident.domain.AnalysisApprovals;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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

    /** The status of each of these incidents' analyses; incidents without one are absent. */
    public Map<UUID, AnalysisStatus> statusByIncident(Collection<UUID> incidentIds) {
        if (incidentIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = getEntityManager()
                .createQuery("select a.incidentId, a.status from RootCauseAnalysis a where a.incidentId in :ids", Object[].class)
                .setParameter("ids", incidentIds).getResultList();
        return rows.stream().collect(Collectors.toMap(row -> (UUID) row[0], row -> (AnalysisStatus) row[1]));
    }
}
