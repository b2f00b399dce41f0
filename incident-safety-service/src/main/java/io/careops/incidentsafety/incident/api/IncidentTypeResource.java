package io.careops.incidentsafety.incident.api;

import io.careops.incidentsafety.incident.domain.IncidentRules;
import io.careops.incidentsafety.incident.domain.IncidentType;
import io.careops.incidentsafety.incident.domain.Severity;
import io.careops.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/incident-types")
@Tag(name = "Incidents")
@Produces(MediaType.APPLICATION_JSON)
public class IncidentTypeResource {

    /** {@code notifiableAtAnySeverity}: the Care Inspectorate hears of it whatever the harm. */
    public record IncidentTypeResponse(String code, String label, String group, String groupLabel,
            boolean notifiableAtAnySeverity) {
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF, Roles.INSPECTOR})
    @Operation(operationId = "listIncidentTypes", summary = "The incident type catalogue (the legacy one), in its groups")
    public List<IncidentTypeResponse> list() {
        return Arrays.stream(IncidentType.values())
                .map(type -> new IncidentTypeResponse(type.name(), type.label(), type.group().name(), type.group().label(),
                        IncidentRules.careInspectorateNotifiable(type, Severity.NO_HARM)))
                .toList();
    }
}
