package io.careops.scheduling.rotahealth.api;

import io.careops.platform.security.Roles;
import io.careops.scheduling.rotahealth.domain.Score;
import io.careops.scheduling.rotahealth.service.RotaHealthService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/rota-health")
@Tag(name = "Rota health", description = "A 0-100 score of a home's rota with components, issues and suggestions")
@Produces(MediaType.APPLICATION_JSON)
public class RotaHealthResource {

    /** Issues returned in full; the total is always given. */
    static final int ISSUE_LIMIT = 200;

    private final RotaHealthService service;

    public RotaHealthResource(RotaHealthService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.INSPECTOR})
    @Operation(operationId = "getRotaHealth", summary = "Score (0-100), grade and components of a home's (or a unit's) rota from-to, with issues"
            + " (most severe first, at most 200 listed) and suggestions for open shifts")
    public RotaHealthResponse health(@QueryParam("careHomeId") @NotNull UUID careHomeId,
            @QueryParam("unitId") UUID unitId, @QueryParam("from") @NotNull LocalDate from,
            @QueryParam("to") @NotNull LocalDate to) {
        return RotaHealthResponse.of(service.assess(careHomeId, unitId, from, to, ISSUE_LIMIT));
    }

    public record Week(LocalDate from, LocalDate to, BigDecimal score, Score.Grade grade, boolean partial) {
    }

    @GET
    @Path("/history")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.INSPECTOR})
    @Operation(operationId = "getRotaHealthHistory", summary = "Weekly scores (Monday to Sunday) for the last weeks up to this one, oldest first")
    public List<Week> history(@QueryParam("careHomeId") @NotNull UUID careHomeId,
            @QueryParam("weeks") @Min(1) @Max(52) Integer weeks) {
        return service.history(careHomeId, weeks == null ? 8 : weeks).stream()
                .map(week -> new Week(week.from(), week.to(), week.score().value(), week.score().grade(),
                        week.score().partial()))
                .toList();
    }
}
