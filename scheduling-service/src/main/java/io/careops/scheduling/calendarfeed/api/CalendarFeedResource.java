package io.careops.scheduling.calendarfeed.api;

import io.careops.platform.security.Roles;
import io.careops.scheduling.calendarfeed.domain.CalendarFeed;
import io.careops.scheduling.calendarfeed.service.CalendarFeedService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's personal calendar feed (their shifts as iCalendar at a secret URL): make or rotate
 * it (POST answers the URL once), revoke it (DELETE). A manager or admin may do either for a
 * person of their homes with {@code staffId}.
 */
@Path("/me/calendar-feed")
@Tag(name = "Me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF})
public class CalendarFeedResource {

    static final String PATH = "/api/v1/me/calendar-feed";

    private final CalendarFeedService feeds;
    private final String publicBaseUrl;

    public CalendarFeedResource(CalendarFeedService feeds,
            @ConfigProperty(name = "careops.calendar-feed.public-base-url") String publicBaseUrl) {
        this.feeds = feeds;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    @POST
    @Consumes(MediaType.WILDCARD) // an action without a body
    @Operation(operationId = "createCalendarFeed", summary = "Make (or rotate) the caller's calendar feed, or with staffId"
            + " (manager, admin) a person's: any earlier feed of theirs stops working; the URL is answered only now")
    @APIResponseSchema(value = CalendarFeedResponse.class, responseCode = "201", responseDescription = "The new feed and its secret URL")
    @APIResponse(responseCode = "403", description = "The token names no staff record, or a staff-only caller named someone else")
    public Response create(@QueryParam("staffId") UUID staffId) {
        CalendarFeed.Issued issued = feeds.issue(staffId);
        String url = publicBaseUrl + ICalResource.PATH + "/" + issued.secret() + ".ics";
        return Response.created(URI.create(PATH)).entity(new CalendarFeedResponse(issued.feed().id(),
                issued.feed().staffId(), url, issued.feed().createdAt())).build();
    }

    @DELETE
    @Operation(operationId = "revokeCalendarFeed", summary = "Revoke the caller's calendar feed (or with staffId, a"
            + " person's): its URL answers 404 from now on")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "No live feed")
    public void revoke(@QueryParam("staffId") UUID staffId) {
        feeds.revoke(staffId);
    }
}
