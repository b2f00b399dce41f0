package io.careops.incidentsafety.incident.service;

import io.careops.incidentsafety.incident.domain.Incident;
import io.careops.incidentsafety.incident.domain.IncidentRepository;
import io.careops.incidentsafety.incident.domain.IncidentStatus;
import io.careops.incidentsafety.incident.domain.ReferenceNumbers;
import io.careops.incidentsafety.incident.domain.Severity;
import io.careops.platform.paging.Page;
import io.careops.platform.paging.PageRequest;
import io.careops.platform.security.CareHomeAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.jwt.JsonWebToken;

@ApplicationScoped
public class IncidentService {

    /** References count per calendar year in the UK, where every home is. */
    private static final ZoneId REFERENCE_ZONE = ZoneId.of("Europe/London");

    private final IncidentRepository incidents;
    private final ReferenceNumbers references;
    private final CareHomeAccess access;
    private final JsonWebToken caller;
    private final Clock clock;

    public IncidentService(IncidentRepository incidents, ReferenceNumbers references, CareHomeAccess access,
            JsonWebToken caller, Clock clock) {
        this.incidents = incidents;
        this.references = references;
        this.access = access;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public Incident report(Incident.Report report) {
        access.requireVisible(report.careHomeId(), "Care home", report.careHomeId());
        int year = clock.instant().atZone(REFERENCE_ZONE).getYear();
        String reference = references.next("INC", year, 4);
        Incident incident = Incident.report(report, reference, caller.getName(), clock.instant());
        incidents.persist(incident);
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
}
