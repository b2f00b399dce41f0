package io.careops.scheduling.unit.api;

import io.careops.platform.paging.Page;
import io.careops.platform.paging.PageRequest;
import io.careops.platform.security.Roles;
import io.careops.scheduling.unit.service.UnitService;
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

@Path("/units")
@Tag(name = "Units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnitResource {

    private final UnitService service;

    public UnitResource(UnitService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF, Roles.INSPECTOR})
    @Operation(operationId = "listUnits", summary = "List units in the caller's care homes, by name")
    public Page<UnitResponse> list(@BeanParam @Valid PageRequest page, @QueryParam("careHomeId") UUID careHomeId,
            @QueryParam("active") Boolean active) {
        return service.list(page, careHomeId, active, UnitResponse::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF, Roles.INSPECTOR})
    @Operation(operationId = "getUnit", summary = "One unit; 404 outside the caller's care homes")
    public UnitResponse get(@PathParam("id") UUID id) {
        return UnitResponse.of(service.get(id));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "createUnit", summary = "Open a unit in a care home")
    @APIResponseSchema(value = UnitResponse.class, responseCode = "201", responseDescription = "Opened")
    public Response open(@Valid @NotNull UnitRequest request, UriInfo uri) {
        UnitResponse created = UnitResponse.of(service.open(request.careHomeId(), request.name(), request.description(),
                request.staffing()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "changeUnit", summary = "Change a unit: name, description, staffing floors and targets"
            + " (an ideal below its minimum: 422); active: false closes it to new shifts")
    @APIResponse(responseCode = "200", description = "As changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an admin or manager", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not found among the caller's records", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The body's version is stale: someone else changed it first", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match (the ETag of GET) is stale: someone else changed it first", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A business rule", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public UnitResponse change(@PathParam("id") UUID id,
            @jakarta.ws.rs.HeaderParam(io.careops.platform.http.Versions.IF_MATCH) String ifMatch,
            @Valid @NotNull UnitChangeRequest request) {
        return UnitResponse.of(service.change(id, request.name(), request.description(), request.minDayStaff(),
                request.minNightStaff(), request.minWeekendStaff(), request.idealDayStaff(), request.idealNightStaff(),
                request.active(), io.careops.platform.http.Versions.ifMatch(ifMatch), request.version()));
    }
}
