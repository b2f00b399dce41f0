package io.careops.incidentsafety.analysis.api;

import io.careops.incidentsafety.analysis.service.AnalysisService;
import io.careops.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

@Path("/incidents/{incidentId}/analysis")
@Tag(name = "Root cause analysis")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IncidentAnalysisResource {

    private final AnalysisService service;

    public IncidentAnalysisResource(AnalysisService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "createAnalysis", summary = "Start the incident's root cause analysis (one per incident; 409 if it has one); an open incident goes under investigation")
    @APIResponseSchema(value = AnalysisResponse.class, responseCode = "201", responseDescription = "Started")
    public Response start(@PathParam("incidentId") UUID incidentId, @Valid @NotNull AnalysisRequest request, UriInfo uri) {
        AnalysisResponse created = AnalysisResponse.of(service.start(incidentId, request.toContent()));
        return Response.created(uri.getBaseUriBuilder().path("analyses").path(created.id().toString()).build())
                .entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF, Roles.INSPECTOR})
    @Operation(operationId = "getIncidentAnalysis", summary = "The incident's root cause analysis")
    public AnalysisResponse forIncident(@PathParam("incidentId") UUID incidentId) {
        return AnalysisResponse.of(service.forIncident(incidentId));
    }
}
