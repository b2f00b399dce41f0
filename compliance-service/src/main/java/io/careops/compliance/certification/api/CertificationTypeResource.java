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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import io.careops.platform.problem.ProblemException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

@Path("/certification-types")
@Tag(name = "Certification types")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CertificationTypeResource {

    private final CertificationService service;

    public CertificationTypeResource(CertificationService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF, Roles.INSPECTOR})
    @Operation(operationId = "listCertificationTypes", summary = "The certification catalogue, by code")
    public Page<CertificationTypeResponse> list(@BeanParam @Valid PageRequest page) {
        return service.types(page, CertificationTypeResponse::of);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createCertificationType", summary = "Add a certification type (admin)")
    @APIResponseSchema(value = CertificationTypeResponse.class, responseCode = "201", responseDescription = "Created")
    public Response define(@Valid @NotNull CertificationTypeRequest request, UriInfo uri) {
        CertificationTypeResponse created = CertificationTypeResponse.of(service.defineType(request.code(),
                request.name(), request.validityMonths(), request.alertWindowDays(), request.critical(), request.mandatoryRoles()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF, Roles.INSPECTOR})
    @Operation(operationId = "getCertificationType", summary = "One certification type")
    public CertificationTypeResponse get(@PathParam("code") String code) {
        return CertificationTypeResponse.of(service.type(code));
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateCertificationType", summary = "Change a type (admin); certifications already recorded keep their expiry and alert window")
    public CertificationTypeResponse change(@PathParam("code") String code, @Valid @NotNull CertificationTypeRequest request) {
        if (!code.equals(request.code())) {
            throw ProblemException.ruleViolation("code", "the code in the body must be the code in the path (" + code + ")");
        }
        return CertificationTypeResponse.of(service.changeType(code, request.name(), request.validityMonths(),
                request.alertWindowDays(), request.critical(), request.mandatoryRoles(),
                request.active() == null || request.active()));
    }
}
