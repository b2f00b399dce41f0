package io.careops.scheduling.agency.api;

import io.careops.platform.paging.Page;
import io.careops.platform.paging.PageRequest;
import io.careops.platform.security.Roles;
import io.careops.scheduling.agency.domain.AgencyCompany;
import io.careops.scheduling.agency.service.AgencyCompanyService;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import io.careops.platform.problem.Problem;
import jakarta.ws.rs.PATCH;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

@Path("/agency-companies")
@Tag(name = "Agency companies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgencyCompanyResource {

    private final AgencyCompanyService service;

    public AgencyCompanyResource(AgencyCompanyService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.INSPECTOR})
    @Operation(operationId = "listAgencyCompanies", summary = "Agency companies, by name")
    public Page<AgencyCompanyResponse> list(@BeanParam @Valid PageRequest page) {
        return service.list(page, AgencyCompanyResponse::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.INSPECTOR})
    @Operation(operationId = "getAgencyCompany", summary = "One agency company")
    public AgencyCompanyResponse get(@PathParam("id") UUID id) {
        return AgencyCompanyResponse.of(service.get(id));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "createAgencyCompany", summary = "Add an agency company")
    @APIResponseSchema(value = AgencyCompanyResponse.class, responseCode = "201", responseDescription = "Created")
    public Response engage(@Valid @NotNull AgencyCompanyRequest request, UriInfo uri) {
        AgencyCompanyResponse created = AgencyCompanyResponse.of(service.engage(request.name(),
                new AgencyCompany.Contact(request.contactPerson(), request.contactEmail(), request.contactPhone(),
                        request.accountNumber(), request.notes()),
                request.dayHourlyRate(), request.nightHourlyRate()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "changeAgencyCompany", summary = "Change an agency: name, contact, day and night rates"
            + " (planned shifts keep the rate charged); active: false stops new agency shifts with it")
    @APIResponse(responseCode = "200", description = "As changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyCompanyResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an admin or manager", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not found among the caller's records", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The body's version is stale: someone else changed it first", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match (the ETag of GET) is stale: someone else changed it first", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A business rule", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AgencyCompanyResponse change(@PathParam("id") UUID id,
            @jakarta.ws.rs.HeaderParam(io.careops.platform.http.Versions.IF_MATCH) String ifMatch,
            @Valid @NotNull AgencyCompanyChangeRequest request) {
        return AgencyCompanyResponse.of(service.change(id, request.name(), new io.careops.scheduling.agency.domain
                .AgencyCompany.Contact(request.contactPerson(), request.contactEmail(), request.contactPhone(),
                        request.accountNumber(), request.notes()), request.dayHourlyRate(), request.nightHourlyRate(),
                request.active(), io.careops.platform.http.Versions.ifMatch(ifMatch), request.version()));
    }
}
