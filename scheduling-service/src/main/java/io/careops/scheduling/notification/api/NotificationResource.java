package io.careops.scheduling.notification.api;

import io.careops.platform.paging.Page;
import io.careops.platform.paging.PageRequest;
import io.careops.platform.problem.Problem;
import io.careops.platform.security.Roles;
import io.careops.scheduling.notification.service.NotificationService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's notifications (the person the token's staff-number claim names): listed newest
 * first, read one by one or all at once. Another person's notification answers 404.
 */
@Path("/me/notifications")
@Tag(name = "Me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF, Roles.INSPECTOR})
public class NotificationResource {

    private final NotificationService service;

    public NotificationResource(NotificationService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listMyNotifications", summary = "The caller's notifications, newest first (with"
            + " unread=true only the unread ones), and how many are unread; a token linked to no staff record has none")
    @APIResponse(responseCode = "200", description = "A page of notifications",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NotificationPage.class)))
    public NotificationPage list(@BeanParam @Valid PageRequest page,
            @Parameter(description = "true: only the unread ones") @QueryParam("unread") Boolean unread) {
        NotificationService.Listing<NotificationResponse> listing = service.mine(page, Boolean.TRUE.equals(unread), NotificationResponse::of);
        Page<NotificationResponse> found = listing.page();
        return new NotificationPage(found.items(), found.page(), found.size(), found.totalItems(), found.totalPages(),
                listing.unreadCount());
    }

    @POST
    @Path("/{id}/read")
    @Consumes(MediaType.WILDCARD) // an action without a body
    @Operation(operationId = "readMyNotification", summary = "Mark one of the caller's notifications read (again: no"
            + " change); another person's answers 404")
    @APIResponse(responseCode = "204", description = "Read")
    @APIResponse(responseCode = "404", description = "Not one of the caller's notifications",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void read(@PathParam("id") UUID id) {
        service.read(id);
    }

    @POST
    @Path("/read-all")
    @Consumes(MediaType.WILDCARD) // an action without a body
    @Operation(operationId = "readAllMyNotifications", summary = "Mark every notification of the caller read")
    @APIResponse(responseCode = "204", description = "All read")
    public void readAll() {
        service.readAll();
    }
}
