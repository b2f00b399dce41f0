package io.careops.scheduling.calendarfeed.api;

import io.careops.scheduling.calendarfeed.service.CalendarFeedService;
import io.careops.scheduling.calendarfeed.service.CalendarFeedService.Event;
import io.careops.scheduling.calendarfeed.service.CalendarFeedService.Feed;
import io.careops.scheduling.shift.domain.Shift;
import io.careops.scheduling.shift.domain.ShiftStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A person's shifts as an iCalendar feed (RFC 5545, written by ical4j) at a secret URL that
 * calendar apps poll without a login: the secret is the credential. One VEVENT per shift with a
 * UID that stays with the shift, SEQUENCE (the shift's version) and LAST-MODIFIED, so an app
 * updates a changed shift in place; a cancelled shift stays as STATUS:CANCELLED, so it is taken
 * off the calendar rather than left behind. Times are Europe/London with its VTIMEZONE.
 */
@Path("/ical")
@Tag(name = "Me")
public class ICalResource {

    static final String PATH = "/api/v1/ical";
    static final String CALENDAR = "text/calendar";

    private final CalendarFeedService feeds;
    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    public ICalResource(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @GET
    @Path("/{secret}.ics")
    @PermitAll // the secret in the path is the credential: no bearer token (calendar apps cannot send one)
    @Produces(CALENDAR)
    @Operation(operationId = "getCalendarFeed", summary = "The person's shifts from 8 weeks ago to 26 weeks ahead as"
            + " iCalendar, for calendar apps; no bearer token: the secret made by createCalendarFeed is the credential")
    @APIResponse(responseCode = "200", description = "The feed (text/calendar, UTF-8)",
            content = @Content(mediaType = CALENDAR, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such feed, or revoked")
    public Response feed(@PathParam("secret") String secret) {
        Feed feed = feeds.read(secret);
        Calendar calendar = calendar(feed);
        return Response.ok((jakarta.ws.rs.core.StreamingOutput) out -> {
            // ical4j closes the writer it is given; the response stream is the server's to close.
            Writer writer = new OutputStreamWriter(new java.io.FilterOutputStream(out) {
                @Override
                public void write(byte[] bytes, int offset, int length) throws java.io.IOException {
                    out.write(bytes, offset, length);
                }

                @Override
                public void close() throws java.io.IOException {
                    flush();
                }
            }, StandardCharsets.UTF_8);
            try {
                new CalendarOutputter(false).output(calendar, writer);
            } catch (net.fortuna.ical4j.validate.ValidationException notValidated) {
                throw new IllegalStateException(notValidated); // validation is off
            }
        }, CALENDAR + "; charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"shifts.ics\"")
                .header("Cache-Control", "private, no-store").build();
    }

    private Calendar calendar(Feed feed) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//CareOps//Rota feed//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", "Shifts: " + feed.person().fullName()));
        calendar.add(new XProperty("X-WR-TIMEZONE", feed.zone().getId()));
        calendar.add(zones.getTimeZone(feed.zone().getId()).getVTimeZone());
        for (Event event : feed.events()) {
            calendar.add(event(event, feed));
        }
        return calendar;
    }

    private static VEvent event(Event event, Feed feed) {
        Shift shift = event.shift();
        String what = (event.shiftType() != null ? event.shiftType() : "Shift") + ", " + event.unit();
        VEvent vevent = new VEvent(shift.times().startsAt().atZone(feed.zone()), shift.times().endsAt().atZone(feed.zone()),
                what);
        vevent.replace(new DtStamp(shift.updatedAt()));
        vevent.add(new Uid("shift-" + shift.id() + "@careops"));
        vevent.add(new Sequence((int) Math.min(Integer.MAX_VALUE, shift.version())));
        vevent.add(new LastModified(shift.updatedAt()));
        vevent.add(new Location(event.home() + ", " + event.unit()));
        vevent.add(new Description(shift.classification() + (shift.overtime() ? " (overtime)" : "") + ", "
                + shift.status() + "; unpaid break " + shift.unpaidBreakMinutes() + " minutes"));
        vevent.add(new Status(shift.status() == ShiftStatus.CANCELLED ? Status.VALUE_CANCELLED
                : shift.status() == ShiftStatus.SCHEDULED ? Status.VALUE_TENTATIVE : Status.VALUE_CONFIRMED));
        return vevent;
    }
}
