package io.careops.incidentsafety.units;

import io.careops.platform.problem.Problem;
import io.careops.platform.problem.ProblemException;
import io.careops.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Checks that a unit named on an incident is a unit of the incident's care home, by asking the
 * scheduling service, which owns units. Why not a copy of the units here: nothing would keep it
 * current (no events between the services), and a stale copy would refuse a unit created a minute
 * ago or accept one moved to another home. One GET per report with a unit is cheap.
 *
 * <p>When scheduling cannot answer, the report is refused with 503 rather than stored unchecked;
 * the problem says so, and a reporter who cannot wait can report without {@code unitId}.
 */
@ApplicationScoped
public class UnitDirectory {

    private static final Logger LOG = Logger.getLogger(UnitDirectory.class);

    private final SchedulingUnitClient client;
    private final JsonWebToken caller;

    public UnitDirectory(@RestClient SchedulingUnitClient client, JsonWebToken caller) {
        this.client = client;
        this.caller = caller;
    }

    /** Throws a 422 naming {@code unitId} unless the unit exists in {@code careHomeId}. */
    public void requireUnitOf(UUID careHomeId, UUID unitId) {
        if (unitId == null) {
            return;
        }
        SchedulingUnitClient.UnitRecord unit;
        try {
            unit = client.get("Bearer " + caller.getRawToken(), unitId);
        } catch (WebApplicationException answered) {
            int status = answered.getResponse().getStatus();
            if (status == 404) {
                throw notInHome(unitId);
            }
            LOG.warnf("Scheduling answered %d for unit %s", status, unitId);
            throw unavailable();
        } catch (RuntimeException outage) {
            LOG.warnf("Scheduling unavailable for unit %s: %s", unitId, outage.toString());
            throw unavailable();
        }
        if (unit == null || !careHomeId.equals(unit.careHomeId())) {
            throw notInHome(unitId);
        }
    }

    private static ProblemException notInHome(UUID unitId) {
        return new ProblemException(ProblemType.RULE_VIOLATION, "Unit " + unitId + " is not a unit of this care home",
                List.of(new Problem.FieldError("unitId", "must be a unit of the incident's care home")));
    }

    private static ProblemException unavailable() {
        return new ProblemException(ProblemType.UNAVAILABLE,
                "The unit cannot be checked because the scheduling service is not answering; try again shortly, "
                        + "or report without unitId");
    }
}
