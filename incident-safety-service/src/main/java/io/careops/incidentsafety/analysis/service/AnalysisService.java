package io.careops.incidentsafety.analysis.service;

import io.careops.incidentsafety.analysis.domain.AnalysisRepository;
import io.careops.incidentsafety.analysis.domain.AnalysisStatus;
import io.careops.incidentsafety.analysis.domain.RootCauseAnalysis;
import io.careops.incidentsafety.incident.domain.Incident;
import io.careops.incidentsafety.incident.service.IncidentService;
import io.careops.platform.problem.ProblemException;
import io.careops.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

@ApplicationScoped
public class AnalysisService {

    private final AnalysisRepository analyses;
    private final IncidentService incidents;
    private final JsonWebToken caller;
    private final Clock clock;

    public AnalysisService(AnalysisRepository analyses, IncidentService incidents, JsonWebToken caller, Clock clock) {
        this.analyses = analyses;
        this.incidents = incidents;
        this.caller = caller;
        this.clock = clock;
    }

    /** Starts the one analysis of an incident, which puts an open incident under investigation. */
    @Transactional
    public RootCauseAnalysis start(UUID incidentId, RootCauseAnalysis.Content content) {
        Incident incident = incidents.get(incidentId);
        if (analyses.forIncident(incidentId).isPresent()) {
            throw ProblemException.conflict("incident " + incident.reference() + " already has its root cause analysis");
        }
        incident.investigationStarted(clock.instant());
        RootCauseAnalysis analysis = RootCauseAnalysis.start(incidentId, content, caller.getName(), today(), clock.instant());
        analyses.persist(analysis);
        return analysis;
    }

    @Transactional
    public RootCauseAnalysis get(UUID id) {
        RootCauseAnalysis analysis = analyses.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Analysis", id));
        try {
            incidents.get(analysis.incidentId());
        } catch (ProblemException notVisible) {
            throw ProblemException.notFound("Analysis", id);
        }
        return analysis;
    }

    @Transactional
    public RootCauseAnalysis forIncident(UUID incidentId) {
        incidents.get(incidentId);
        return analyses.forIncident(incidentId)
                .orElseThrow(() -> ProblemException.notFound("Analysis of incident", incidentId));
    }

    @Transactional
    public RootCauseAnalysis revise(UUID id, RootCauseAnalysis.Content content) {
        RootCauseAnalysis analysis = get(id);
        analysis.revise(content, today(), clock.instant());
        return analysis;
    }

    @Transactional
    public RootCauseAnalysis moveTo(UUID id, AnalysisStatus target, String note) {
        RootCauseAnalysis analysis = get(id);
        boolean manager = caller.getGroups().contains(Roles.MANAGER) || caller.getGroups().contains(Roles.ADMIN);
        analysis.moveTo(target, note, caller.getName(), manager, today(), clock.instant());
        return analysis;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(IncidentService.REFERENCE_ZONE));
    }
}
