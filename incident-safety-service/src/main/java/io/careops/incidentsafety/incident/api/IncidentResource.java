package io.careops.incidentsafety.incident.api;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/incidents")
@Tag(name = "Incidents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IncidentResource {

    private final IncidentService service;

    public IncidentResource(IncidentService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF, Roles.INSPECTOR})
    @Operation(summary = "List incidents in the caller's care homes, newest first")
    public Page<IncidentResponse> list(@BeanParam @Valid PageRequest page, @QueryParam("careHomeId") UUID careHomeId,
            @QueryParam("status") IncidentStatus status, @QueryParam("severity") Severity severity) {
        return service.list(page, careHomeId, status, severity, IncidentResponse::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF, Roles.INSPECTOR})
    @Operation(summary = "One incident; 404 when it belongs to a home outside the caller's care homes")
    public IncidentResponse get(@PathParam("id") UUID id) {
        return IncidentResponse.of(service.get(id));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF})
    @Operation(summary = "Report an incident; its reference INC-YYYY-NNNN is issued here")
    public Response report(@Valid @NotNull IncidentRequest request, UriInfo uri) {
        IncidentResponse created = IncidentResponse.of(service.report(request.toReport()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }
}
