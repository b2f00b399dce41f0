package io.careops.incidentsafety.incident.api;

import io.careops.incidentsafety.incident.domain.Incident;
import io.careops.incidentsafety.incident.domain.IncidentStatus;
import io.careops.incidentsafety.incident.domain.Severity;
import io.careops.incidentsafety.incident.service.IncidentService;
import io.careops.platform.paging.Page;
import io.careops.platform.paging.PageRequest;
import io.careops.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

@Path("/incidents")
@Tag(name = "Incidents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IncidentResource {

    private final IncidentService service;
    private final JsonWebToken caller;

    public IncidentResource(IncidentService service, JsonWebToken caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF, Roles.INSPECTOR})
    @Operation(operationId = "listIncidents", summary = "List incidents in the caller's care homes, newest first; the resident is redacted for staff and inspectors")
    public Page<IncidentResponse> list(@BeanParam @Valid PageRequest page, @QueryParam("careHomeId") UUID careHomeId,
            @QueryParam("status") IncidentStatus status, @QueryParam("severity") Severity severity) {
        boolean seesResident = ResidentVisibility.seesResident(caller);
        return service.list(page, careHomeId, status, severity, incident -> IncidentResponse.of(incident, seesResident));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF, Roles.INSPECTOR})
    @Operation(operationId = "getIncident", summary = "One incident; 404 when it belongs to a home outside the caller's care homes")
    public IncidentResponse get(@PathParam("id") UUID id) {
        return respond(service.get(id));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF})
    @Operation(operationId = "createIncident", summary = "Report an incident; its reference INC-YYYY-NNNN is issued here")
    @APIResponseSchema(value = IncidentResponse.class, responseCode = "201", responseDescription = "Reported")
    public Response report(@Valid @NotNull IncidentRequest request, UriInfo uri) {
        IncidentResponse created = respond(service.report(request.toReport()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "transitionIncident", summary = "Move the incident: OPEN -> UNDER_INVESTIGATION -> CLOSED (or OPEN -> CLOSED); 409 with the allowed moves otherwise; "
            + "an incident that needs investigation closes only once its analysis is approved (422)")
    public IncidentResponse transition(@PathParam("id") UUID id, @Valid @NotNull IncidentTransitionRequest request) {
        return respond(service.moveTo(id, request.to()));
    }

    @POST
    @Path("/{id}/notifications")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "recordIncidentNotification", summary = "Record that the Care Inspectorate, the police or the local authority was told, when and under what reference")
    public IncidentResponse notification(@PathParam("id") UUID id, @Valid @NotNull NotificationRequest request) {
        return respond(service.recordNotification(id, request.authority(), request.notifiedAt().toInstant(), request.reference().strip()));
    }

    @POST
    @Path("/{id}/duty-of-candour")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "recordDutyOfCandourStage", summary = "Record a Duty of Candour stage (NOTIFY, APOLOGISE, MEET, REVIEW, REPORT) with its date; 422 where the duty does not apply")
    public IncidentResponse candour(@PathParam("id") UUID id, @Valid @NotNull CandourStageRequest request) {
        return respond(service.recordCandourStage(id, request.stage(), request.on()));
    }

    private IncidentResponse respond(Incident incident) {
        return IncidentResponse.of(incident, ResidentVisibility.seesResident(caller));
    }
}
