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
}
