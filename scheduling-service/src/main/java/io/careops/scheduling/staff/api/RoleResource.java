package io.careops.scheduling.staff.api;

import io.careops.platform.security.Roles;
import io.careops.scheduling.staff.service.StaffService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import io.careops.platform.paging.Page;
import io.careops.platform.paging.PageRequest;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/roles")
@Tag(name = "Staff")
@Produces(MediaType.APPLICATION_JSON)
public class RoleResource {

    public record RoleResponse(String code, String name, boolean supervisory, boolean management,
            boolean canManageRota, int requiredHeadcount) {
    }

    private final StaffService service;

    public RoleResource(StaffService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF, Roles.INSPECTOR})
    @Operation(operationId = "listRoles", summary = "The role catalogue (legacy roles); supervisory roles count for skill mix")
    public Page<RoleResponse> list(@BeanParam @Valid PageRequest page) {
        return service.roles(page,
                role -> new RoleResponse(role.code(), role.name(), role.supervisory(), role.management(),
                        role.canManageRota(), role.requiredHeadcount()));
    }
}
