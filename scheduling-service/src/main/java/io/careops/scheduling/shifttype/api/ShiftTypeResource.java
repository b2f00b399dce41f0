package io.careops.scheduling.shifttype.api;

import io.careops.platform.paging.Page;
import io.careops.platform.paging.PageRequest;
import io.careops.platform.security.Roles;
import io.careops.scheduling.shifttype.service.ShiftTypeService;
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

@Path("/shift-types")
@Tag(name = "Shift types")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ShiftTypeResource {

    private final ShiftTypeService service;

    public ShiftTypeResource(ShiftTypeService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF, Roles.INSPECTOR})
    @Operation(operationId = "listShiftTypes", summary = "The shift types, by code (seeded with the legacy types)")
    public Page<ShiftTypeResponse> list(@BeanParam @Valid PageRequest page) {
        return service.list(page, ShiftTypeResponse::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF, Roles.INSPECTOR})
    @Operation(operationId = "getShiftType", summary = "One shift type")
    public ShiftTypeResponse get(@PathParam("id") UUID id) {
        return ShiftTypeResponse.of(service.get(id));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createShiftType", summary = "Add a shift type (admin)")
    @APIResponseSchema(value = ShiftTypeResponse.class, responseCode = "201", responseDescription = "Created")
    public Response define(@Valid @NotNull ShiftTypeRequest request, UriInfo uri) {
        ShiftTypeResponse created = ShiftTypeResponse.of(service.define(request.code(), request.name(),
                request.startTime(), request.endTime(),
                request.unpaidBreakMinutes() == null ? 0 : request.unpaidBreakMinutes(), request.allowedRoles()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "changeShiftType", summary = "Change a shift type: name, times, unpaid break, roles allowed;"
            + " active: false stops new shifts of it (planned ones keep their times)")
    @APIResponse(responseCode = "200", description = "As changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShiftTypeResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an admin", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not found among the caller's records", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The body's version is stale: someone else changed it first", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match (the ETag of GET) is stale: someone else changed it first", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A business rule", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ShiftTypeResponse change(@PathParam("id") UUID id,
            @jakarta.ws.rs.HeaderParam(io.careops.platform.http.Versions.IF_MATCH) String ifMatch,
            @Valid @NotNull ShiftTypeChangeRequest request) {
        return ShiftTypeResponse.of(service.change(id, request.name(), request.startTime(), request.endTime(),
                request.unpaidBreakMinutes(), request.allowedRoles(), request.active(), io.careops.platform.http.Versions.ifMatch(ifMatch), request.version()));
    }
}
