package io.careops.incidentsafety.incident.service;

import io.careops.incidentsafety.incident.domain.AnalysisApprovals;
import io.careops.incidentsafety.incident.domain.Authority;
import io.careops.incidentsafety.incident.domain.CandourStage;
import io.careops.incidentsafety.incident.domain.Incident;
import io.careops.incidentsafety.incident.domain.IncidentRepository;
import io.careops.incidentsafety.incident.domain.IncidentStatus;
import io.careops.incidentsafety.incident.domain.ReferenceNumbers;
import io.careops.incidentsafety.incident.domain.Severity;
import io.careops.incidentsafety.units.UnitDirectory;
import io.careops.incidentsafety.events.SafetyEvents;
import io.careops.platform.paging.Page;
import io.careops.platform.paging.PageRequest;
import io.careops.platform.security.CareHomeAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.jwt.JsonWebToken;

@ApplicationScoped
public class IncidentService {

    /** References count per calendar year in the UK, where every home is. */
    public static final ZoneId REFERENCE_ZONE = ZoneId.of("Europe/London");

    private final IncidentRepository incidents;
    private final ReferenceNumbers references;
    private final AnalysisApprovals approvals;
    private final CareHomeAccess access;
    private final JsonWebToken caller;
    private final Clock clock;
    private final UnitDirectory units;
    private final SafetyEvents events;

    public IncidentService(IncidentRepository incidents, ReferenceNumbers references, AnalysisApprovals approvals,
            CareHomeAccess access, JsonWebToken caller, Clock clock, UnitDirectory units, SafetyEvents events) {
        this.units = units;
        this.events = events;
        this.incidents = incidents;
        this.references = references;
        this.approvals = approvals;
        this.access = access;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public Incident report(Incident.Report report) {
        access.requireVisible(report.careHomeId(), "Care home", report.careHomeId());
        units.requireUnitOf(report.careHomeId(), report.unitId());
        int year = clock.instant().atZone(REFERENCE_ZONE).getYear();
        String reference = references.next("INC", year, 4);
        Incident incident = Incident.report(report, reference, caller.getName(), clock.instant());
        incidents.persist(incident);
        events.incidentReported(incident);
        return incident;
    }

    @Transactional
    public Incident get(UUID id) {
        return access.visible(incidents.findByIdOptional(id), Incident::careHomeId, "Incident", id);
    }

    @Transactional
    public <T> Page<T> list(PageRequest page, UUID careHomeId, IncidentStatus status, Severity severity,
            Function<Incident, T> toResponse) {
        return Page.of(incidents.search(access.restriction(), careHomeId, status, severity), page, toResponse);
    }

    @Transactional
    public Incident moveTo(UUID id, IncidentStatus target) {
        Incident incident = get(id);
        incident.moveTo(target, approvals.approvedFor(id), caller.getName(), clock.instant());
        return incident;
    }

    @Transactional
    public Incident recordNotification(UUID id, Authority authority, Instant notifiedAt, String reference) {
        Incident incident = get(id);
        incident.recordNotification(authority, notifiedAt, reference, clock.instant());
        return incident;
    }

    @Transactional
    public Incident recordCandourStage(UUID id, CandourStage stage, LocalDate on) {
        Incident incident = get(id);
        incident.recordCandourStage(stage, on, LocalDate.now(clock.withZone(incident.occurredAt().getZone())), clock.instant());
        return incident;
    }
}
