package io.careops.scheduling.rota.api;

import io.careops.platform.security.Roles;
import io.careops.scheduling.rota.service.RotaService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/rota")
@Tag(name = "Rota")
@Produces(MediaType.APPLICATION_JSON)
public class RotaResource {

    private final RotaService service;

    public RotaResource(RotaService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF, Roles.INSPECTOR})
    @Operation(operationId = "getRota", summary = "A unit's week from weekStart: each day's day and night periods with their shifts and staff, "
            + "the staffed count against the unit's minimum and ideal, and the gaps")
    public RotaResponse week(@QueryParam("unitId") @NotNull UUID unitId,
            @QueryParam("weekStart") @NotNull LocalDate weekStart) {
        return RotaResponse.of(service.week(unitId, weekStart));
    }
}
