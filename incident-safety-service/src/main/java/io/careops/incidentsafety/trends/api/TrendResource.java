package io.careops.incidentsafety.trends.api;

import io.careops.incidentsafety.incident.service.IncidentService;
import io.careops.incidentsafety.trends.domain.TrendInterval;
import io.careops.incidentsafety.trends.service.TrendReport;
import io.careops.incidentsafety.trends.service.TrendService;
import io.careops.platform.problem.InvalidParameterException;
import io.careops.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/trends")
@Tag(name = "Trends")
@Produces(MediaType.APPLICATION_JSON)
public class TrendResource {

    private final TrendService trends;
    private final Clock clock;

    public TrendResource(TrendService trends, Clock clock) {
        this.trends = trends;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF, Roles.INSPECTOR})
    @Operation(operationId = "getTrends", summary = "Incidents by type, type group, severity and unit per period with the change against the previous period; "
            + "analysis completion rate; action plans open, overdue and verified effective; median days to close. "
            + "interval: week, month (default) or quarter; from/to default to the last 12 months")
    public TrendReport trends(@QueryParam("careHomeId") UUID careHomeId, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to, @QueryParam("interval") String interval) {
        TrendInterval period = interval(interval);
        LocalDate until = to != null ? to : LocalDate.now(clock.withZone(IncidentService.REFERENCE_ZONE));
        LocalDate since = from != null ? from : until.minusMonths(11).withDayOfMonth(1);
        if (since.isAfter(until)) {
            throw new InvalidParameterException("from", "must not be after to");
        }
        long periods = 0;
        for (LocalDate start = period.startOf(since); !start.isAfter(until) && periods <= TrendService.MAX_PERIODS; start = period.next(start)) {
            periods++;
        }
        if (periods > TrendService.MAX_PERIODS) {
            throw new InvalidParameterException("to", "the range may hold at most " + TrendService.MAX_PERIODS + " periods");
        }
        return trends.report(careHomeId, since, until, period);
    }

    private static TrendInterval interval(String value) {
        if (value == null || value.isBlank()) {
            return TrendInterval.MONTH;
        }
        return Arrays.stream(TrendInterval.values()).filter(candidate -> candidate.name().equals(value.toUpperCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new InvalidParameterException("interval", "must be week, month or quarter"));
    }
}
