package io.careops.compliance.alert.api;

import io.careops.compliance.alert.domain.ExpiryAlert;
import io.careops.compliance.alert.service.AlertService;
import io.careops.platform.paging.Page;
import io.careops.platform.paging.PageRequest;
import io.careops.platform.security.CareHomeAccess;
import io.careops.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/alerts")
@Tag(name = "Expiry alerts")
@Produces(MediaType.APPLICATION_JSON)
public class AlertResource {

    private final AlertService alerts;
    private final CareHomeAccess access;

    public AlertResource(AlertService alerts, CareHomeAccess access) {
        this.alerts = alerts;
        this.access = access;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.INSPECTOR})
    @Operation(operationId = "listAlerts", summary = "Alerts recorded in the caller's care homes and their delivery, newest first")
    public Page<AlertResponse> list(@BeanParam @Valid PageRequest page, @QueryParam("careHomeId") UUID careHomeId,
            @QueryParam("certificationId") UUID certificationId, @QueryParam("kind") ExpiryAlert.Kind kind,
            @QueryParam("deliveryState") ExpiryAlert.DeliveryState deliveryState) {
        return alerts.list(page, access, careHomeId, certificationId, kind, deliveryState, AlertResponse::of);
    }

    @POST
    @Path("/run")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "runAlerts", summary = "Run the alert job now (admin): record what is due on asOf (default today, never later) and "
            + "deliver what is due; safe to overlap with the scheduled run")
    public AlertService.RunResult run(@QueryParam("asOf") LocalDate asOf) {
        return alerts.run(asOf == null ? alerts.today() : asOf);
    }
}
