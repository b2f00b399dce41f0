package io.careops.scheduling.carehome.api;

import io.careops.platform.paging.Page;
import io.careops.platform.paging.PageRequest;
import io.careops.platform.security.Roles;
import io.careops.scheduling.carehome.service.CareHomeService;
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
import io.careops.platform.problem.Problem;
import jakarta.ws.rs.PATCH;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

@Path("/care-homes")
@Tag(name = "Care homes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CareHomeResource {

    private final CareHomeService service;

    public CareHomeResource(CareHomeService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF, Roles.INSPECTOR})
    @Operation(operationId = "listCareHomes", summary = "List the care homes the caller may see, by name")
    public Page<CareHomeResponse> list(@BeanParam @Valid PageRequest page, @QueryParam("active") Boolean active) {
        return service.list(page, active, CareHomeResponse::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF, Roles.INSPECTOR})
    @Operation(operationId = "getCareHome", summary = "One care home; 404 when it is not among the caller's care homes")
    public CareHomeResponse get(@PathParam("id") UUID id) {
        return CareHomeResponse.of(service.get(id));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createCareHome", summary = "Register a care home (admin)")
    @APIResponseSchema(value = CareHomeResponse.class, responseCode = "201", responseDescription = "Registered")
    public Response register(@Valid @NotNull CareHomeRequest request, UriInfo uri) {
        CareHomeResponse created = CareHomeResponse.of(service.register(request.toRegistration()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "changeCareHome", summary = "Change a home: name, beds and occupancy, budgets, working-time"
            + " reference period and reg 21, contact; active: false deactivates it (no new shifts; history kept)")
    @APIResponse(responseCode = "200", description = "As changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CareHomeResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an admin or manager", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not found among the caller's records", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The body's version is stale: someone else changed it first", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match (the ETag of GET) is stale: someone else changed it first", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A business rule", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CareHomeResponse change(@PathParam("id") UUID id,
            @jakarta.ws.rs.HeaderParam(io.careops.platform.http.Versions.IF_MATCH) String ifMatch,
            @Valid @NotNull CareHomeChangeRequest request) {
        return CareHomeResponse.of(service.change(id, request.toChange(), io.careops.platform.http.Versions.ifMatch(ifMatch), request.version()));
    }
}
