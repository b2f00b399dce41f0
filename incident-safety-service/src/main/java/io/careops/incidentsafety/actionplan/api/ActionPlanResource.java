package io.careops.incidentsafety.actionplan.api;

import io.careops.incidentsafety.actionplan.domain.PlanStatus;
import io.careops.incidentsafety.actionplan.domain.PlanTransition;
import io.careops.incidentsafety.actionplan.domain.Priority;
import io.careops.incidentsafety.actionplan.domain.ProgressNote;
import io.careops.incidentsafety.actionplan.domain.SafetyActionPlan;
import io.careops.incidentsafety.actionplan.service.ActionPlanService;
import io.careops.platform.paging.Page;
import io.careops.platform.paging.PageRequest;
import io.careops.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Safety action plans. Wherever a plan is named in a path, its id, its SAP reference or its
 * legacy CAPA alias will do.
 */
@Path("/action-plans")
@Tag(name = "Safety action plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActionPlanResource {

    public record TransitionResponse(@Schema(nullable = true) PlanStatus from, PlanStatus to, String movedBy, Instant movedAt, @Schema(nullable = true) String note) {
        static TransitionResponse of(PlanTransition transition) {
            return new TransitionResponse(transition.from(), transition.to(), transition.movedBy(), transition.movedAt(),
                    transition.note());
        }
    }

    public record ProgressResponse(String recordedBy, Instant recordedAt, int percentComplete, String note) {
        static ProgressResponse of(ProgressNote note) {
            return new ProgressResponse(note.recordedBy(), note.recordedAt(), note.percentComplete(), note.note());
        }
    }

    private final ActionPlanService service;

    public ActionPlanResource(ActionPlanService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF, Roles.INSPECTOR})
    @Operation(operationId = "listActionPlans", summary = "List plans in the caller's care homes, newest first; overdue=true for those past their target date with the work not done")
    public Page<ActionPlanResponse> list(@BeanParam @Valid PageRequest page, @QueryParam("careHomeId") UUID careHomeId,
            @QueryParam("incidentId") UUID incidentId, @QueryParam("status") PlanStatus status,
            @QueryParam("priority") Priority priority, @QueryParam("overdue") Boolean overdue) {
        LocalDate today = service.today();
        return service.list(page, careHomeId, incidentId, status, priority, overdue, plan -> ActionPlanResponse.of(plan, today));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "createActionPlan", summary = "Identify a plan; its reference SAP-YYYY-NNN is issued here (no duplicates, no gaps; past 999 it grows: SAP-2026-1000)")
    @APIResponseSchema(value = ActionPlanResponse.class, responseCode = "201", responseDescription = "Identified")
    public Response create(@Valid @NotNull ActionPlanRequest request, UriInfo uri) {
        SafetyActionPlan plan = service.create(request.incidentId(), request.analysisId(), request.details(), request.identifiedOn());
        return created(plan, uri);
    }

    @POST
    @Path("/legacy-imports")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "importLegacyActionPlan", summary = "Carry over a legacy plan: a CAPA-/HSAP- number becomes an alias beside a fresh SAP number; a legacy SAP number is kept")
    @APIResponseSchema(value = ActionPlanResponse.class, responseCode = "201", responseDescription = "Carried over")
    public Response carryOver(@Valid @NotNull LegacyPlanRequest request, UriInfo uri) {
        SafetyActionPlan plan = service.carryOver(request.legacyReference(), request.status(), request.percentComplete(),
                request.incidentId(), request.analysisId(), request.details(), request.identifiedOn());
        return created(plan, uri);
    }

    @GET
    @Path("/{reference}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF, Roles.INSPECTOR})
    @Operation(operationId = "getActionPlan", summary = "One plan, by id, SAP reference or legacy CAPA alias")
    public ActionPlanResponse get(@PathParam("reference") String reference) {
        return respond(service.get(reference));
    }

    @PATCH
    @Path("/{reference}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "updateActionPlan", summary = "Change a plan's content (not its status: that moves only through transitions)")
    public ActionPlanResponse revise(@PathParam("reference") String reference, @Valid @NotNull ActionPlanChanges changes) {
        return respond(service.revise(reference, changes.details()));
    }

    @POST
    @Path("/{reference}/transitions")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF})
    @Operation(operationId = "transitionActionPlan", summary = "Move the plan along IDENTIFIED -> ASSIGNED -> IN_PROGRESS -> COMPLETED -> VERIFIED or NOT_EFFECTIVE -> CLOSED; "
            + "409 with the allowed moves for an illegal one")
    public ActionPlanResponse transition(@PathParam("reference") String reference, @Valid @NotNull TransitionRequest request) {
        return respond(service.moveTo(reference, new SafetyActionPlan.Move(request.to(), request.owner(), request.note())));
    }

    @GET
    @Path("/{reference}/transitions")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF, Roles.INSPECTOR})
    @Operation(operationId = "listActionPlanTransitions", summary = "Every move of the plan, oldest first: who, when, from, to, note")
    public List<TransitionResponse> transitions(@PathParam("reference") String reference) {
        return service.transitions(reference).stream().map(TransitionResponse::of).toList();
    }

    @POST
    @Path("/{reference}/progress")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF})
    @Operation(operationId = "recordActionPlanProgress", summary = "Record progress (percent complete and a note) while IN_PROGRESS")
    public ActionPlanResponse progress(@PathParam("reference") String reference, @Valid @NotNull ProgressRequest request) {
        return respond(service.recordProgress(reference, request.percentComplete(), request.note()));
    }

    @GET
    @Path("/{reference}/progress")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF, Roles.INSPECTOR})
    @Operation(operationId = "listActionPlanProgress", summary = "The progress notes, oldest first")
    public List<ProgressResponse> progressNotes(@PathParam("reference") String reference) {
        return service.progress(reference).stream().map(ProgressResponse::of).toList();
    }

    @PUT
    @Path("/{reference}/effectiveness-review")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "recordEffectivenessReview", summary = "Record the effectiveness review of a VERIFIED plan (due 3 months after verification); a plan closes only after an effective one")
    public ActionPlanResponse effectivenessReview(@PathParam("reference") String reference,
            @Valid @NotNull EffectivenessReviewRequest request) {
        return respond(service.reviewEffectiveness(reference, request.reviewedOn(), request.effective(), request.notes()));
    }

    private ActionPlanResponse respond(SafetyActionPlan plan) {
        return ActionPlanResponse.of(plan, service.today());
    }

    private Response created(SafetyActionPlan plan, UriInfo uri) {
        return Response.created(uri.getBaseUriBuilder().path("action-plans").path(plan.reference()).build())
                .entity(respond(plan)).build();
    }
}
