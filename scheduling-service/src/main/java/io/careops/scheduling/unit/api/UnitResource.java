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
}
