package io.careops.compliance.certification.api;

import io.careops.compliance.certification.service.CertificationService;
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

@Path("/certifications")
@Tag(name = "Staff certifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CertificationResource {

    private final CertificationService service;

    public CertificationResource(CertificationService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF, Roles.INSPECTOR})
    @Operation(summary = "List certifications in the caller's care homes, soonest expiry first")
    public Page<CertificationResponse> list(@BeanParam @Valid PageRequest page,
            @QueryParam("careHomeId") UUID careHomeId, @QueryParam("staffId") UUID staffId,
            @QueryParam("type") String type) {
        return service.list(page, careHomeId, staffId, type, CertificationResponse::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF, Roles.INSPECTOR})
    @Operation(summary = "One certification; 404 when it belongs to a home outside the caller's care homes")
    public CertificationResponse get(@PathParam("id") UUID id) {
        return CertificationResponse.of(service.get(id));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(summary = "Record a certification; expiry defaults from the type's validity")
    public Response record(@Valid @NotNull CertificationRequest request, UriInfo uri) {
        CertificationResponse created = CertificationResponse.of(service.record(request.certificationType(), request.toRecord()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }
}
