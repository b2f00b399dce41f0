package io.careops.scheduling.staff.api;

import io.careops.platform.paging.Page;
import io.careops.platform.paging.PageRequest;
import io.careops.platform.security.Roles;
import io.careops.scheduling.staff.domain.StaffRepository;
import io.careops.scheduling.staff.service.StaffService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

@Path("/staff")
@Tag(name = "Staff")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffResource {

    private final StaffService service;

    public StaffResource(StaffService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF, Roles.INSPECTOR})
    @Operation(operationId = "listStaff", summary = "Search staff in the caller's care homes by name or staff number (q), by surname; a staff-only caller finds only themselves")
    public Page<StaffResponse> search(@BeanParam @Valid PageRequest page, @QueryParam("careHomeId") UUID careHomeId,
            @QueryParam("unitId") UUID unitId, @QueryParam("roleCode") String roleCode,
            @QueryParam("active") Boolean active, @QueryParam("q") @Size(max = 100) String q) {
        return service.search(page, new StaffRepository.Criteria(careHomeId, unitId, roleCode, active, q),
                StaffResponse::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF, Roles.INSPECTOR})
    @Operation(operationId = "getStaff", summary = "One staff member; 404 outside the caller's care homes, and for a staff-only caller anyone but themselves")
    public StaffResponse get(@PathParam("id") UUID id) {
        return StaffResponse.of(service.view(id));
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "updateStaff", summary = "Change a staff member: role, unit, hours, rate, opt-out dates, employment end (a leaver), active")
    public StaffResponse change(@PathParam("id") UUID id, @Valid @NotNull StaffChangeRequest request) {
        return StaffResponse.of(service.change(id, request.toChange()));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "createStaff", summary = "Add a staff member")
    @APIResponseSchema(value = StaffResponse.class, responseCode = "201", responseDescription = "Created")
    public Response hire(@Valid @NotNull StaffRequest request, UriInfo uri) {
        StaffResponse created = StaffResponse.of(service.hire(request.toHiring()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @POST
    @Path("/bulk")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "createStaffMembers", summary = "Add up to 500 staff all or nothing (an HR upload) under the rules of"
            + " createStaff; 422 lists every failing entry as staff[i].field, and nobody is added")
    @APIResponse(responseCode = "201", description = "Added, in request order", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = StaffResponse.class)))
    public Response hireAll(@Valid @NotNull BulkStaffRequest request) {
        List<StaffResponse> created = service.hireAll(request.toHirings()).stream().map(StaffResponse::of).toList();
        return Response.status(Response.Status.CREATED).entity(created).build();
    }
}
