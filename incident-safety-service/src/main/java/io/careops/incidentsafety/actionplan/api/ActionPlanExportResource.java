package io.careops.incidentsafety.actionplan.api;

import io.careops.incidentsafety.actionplan.domain.PlanStatus;
import io.careops.incidentsafety.actionplan.domain.Priority;
import io.careops.incidentsafety.actionplan.domain.SafetyActionPlan;
import io.careops.incidentsafety.actionplan.service.ActionPlanService;
import io.careops.platform.export.Csv;
import io.careops.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Safety action plans as CSV (the platform's {@link Csv}): the list endpoint's filters, every plan
 * they select (not a page), newest first; written to the response line by line.
 */
@Path("/exports/action-plans")
@Tag(name = "Safety action plans")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.INSPECTOR})
public class ActionPlanExportResource {

    static final List<String> HEADER = List.of("reference", "legacyReference", "careHomeId", "incidentId", "actionType",
            "priority", "actionStrength", "status", "owner", "problemStatement", "actionDescription", "identifiedOn",
            "targetDate", "overdue", "daysOverdue", "percentComplete", "completedOn", "verifiedOn", "effective", "closedAt");

    private final ActionPlanService service;

    public ActionPlanExportResource(ActionPlanService service) {
        this.service = service;
    }

    @GET
    @Path("/csv")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(operationId = "exportActionPlansCsv", summary = "Plans in the caller's care homes as CSV, filtered as"
            + " listActionPlans (careHomeId, incidentId, status, priority, overdue), newest first; at most 10,000")
    @APIResponse(responseCode = "200", description = "The plans as CSV (UTF-8, RFC 4180)",
            content = @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "422", description = "More than 10,000 plans match: narrow the filters")
    public Response csv(@QueryParam("careHomeId") UUID careHomeId, @QueryParam("incidentId") UUID incidentId,
            @QueryParam("status") PlanStatus status, @QueryParam("priority") Priority priority,
            @QueryParam("overdue") Boolean overdue) {
        List<SafetyActionPlan> plans = service.export(careHomeId, incidentId, status, priority, overdue);
        LocalDate today = service.today();
        StreamingOutput body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024);
            Csv.line(writer, HEADER);
            for (SafetyActionPlan plan : plans) {
                Csv.line(writer, Arrays.asList(plan.reference(), plan.legacyReference(), plan.careHomeId(),
                        plan.incidentId(), plan.actionType(), plan.priority(), plan.actionStrength(), plan.status(),
                        plan.owner(), plan.problemStatement(), plan.actionDescription(), plan.identifiedOn(),
                        plan.targetDate(), plan.overdue(today), plan.daysOverdue(today), plan.percentComplete(),
                        plan.completedOn(), plan.verifiedOn(), plan.effective(), plan.closedAt()));
            }
            writer.flush();
        };
        return Response.ok(body, Csv.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"action-plans-" + today + ".csv\"").build();
    }
}
