package io.careops.platform.events;

import io.careops.platform.paging.Page;
import io.careops.platform.paging.PageRequest;
import io.careops.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The care group's webhook subscriptions to this service's events (group administrators only). */
@Path("/webhook-subscriptions")
@Tag(name = "Webhook subscriptions")
@Produces(MediaType.APPLICATION_JSON)
public class WebhookSubscriptionResource {

    private final WebhookSubscriptionService service;

    public WebhookSubscriptionResource(WebhookSubscriptionService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createWebhookSubscription",
            summary = "Subscribe a URL to this service's events (group admin); the signing secret is in this answer only")
    @APIResponseSchema(value = WebhookSubscriptionCreated.class, responseCode = "201", responseDescription = "Created")
    public Response create(@Valid @NotNull WebhookSubscriptionRequest request, UriInfo uri) {
        WebhookSubscriptionCreated created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listWebhookSubscriptions", summary = "The webhook subscriptions, oldest first (group admin)")
    public Page<WebhookSubscriptionResponse> list(@BeanParam @Valid PageRequest page) {
        return service.list(page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "getWebhookSubscription", summary = "One webhook subscription, with its delivery backlog (group admin)")
    public WebhookSubscriptionResponse get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteWebhookSubscription", summary = "Stop sending to a subscription and forget its deliveries (group admin)")
    public void delete(@PathParam("id") UUID id) {
        service.delete(id);
    }

    @POST
    @Path("/{id}/replay")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "replayWebhookSubscription",
            summary = "Queue again the subscription's matching events since an instant (group admin); delivered by the dispatcher")
    @APIResponseSchema(value = ReplayResponse.class, responseCode = "202", responseDescription = "Queued")
    public Response replay(@PathParam("id") UUID id,
            @Parameter(description = "ISO-8601 instant, e.g. 2026-01-16T00:00:00Z", required = true)
            @QueryParam("from") @NotNull Instant from) {
        return Response.accepted(service.replay(id, from)).build();
    }
}
