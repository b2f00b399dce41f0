package io.careops.incidentsafety.analysis.api;

import io.careops.incidentsafety.analysis.service.AnalysisService;
import io.careops.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/analyses")
@Tag(name = "Root cause analysis")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AnalysisResource {

    private final AnalysisService service;

    public AnalysisResource(AnalysisService service) {
        this.service = service;
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF, Roles.INSPECTOR})
    @Operation(operationId = "getAnalysis", summary = "One root cause analysis")
    public AnalysisResponse get(@PathParam("id") UUID id) {
        return AnalysisResponse.of(service.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF})
    @Operation(operationId = "updateAnalysis", summary = "Replace the analysis content (only while IN_PROGRESS; 409 otherwise)")
    public AnalysisResponse revise(@PathParam("id") UUID id, @Valid @NotNull AnalysisRequest request) {
        return AnalysisResponse.of(service.revise(id, request.toContent()));
    }

    @POST
    @Path("{id}/transitions")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF})
    @Operation(operationId = "transitionAnalysis", summary = "IN_PROGRESS -> UNDER_REVIEW -> APPROVED or REJECTED; REJECTED -> IN_PROGRESS. Approval and rejection by a manager "
            + "who is not the lead investigator; 409 with the allowed moves otherwise")
    public AnalysisResponse transition(@PathParam("id") UUID id, @Valid @NotNull AnalysisTransitionRequest request) {
        return AnalysisResponse.of(service.moveTo(id, request.to(), request.note()));
    }
}
