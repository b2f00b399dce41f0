package io.careops.scheduling.eligibility.service;

import io.careops.scheduling.eligibility.domain.CertificationVerdict;
import io.careops.scheduling.rotahealth.service.ComplianceClient;
import io.careops.scheduling.staff.domain.Staff;
import io.careops.scheduling.staff.domain.StaffRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Asks compliance, in one call and outside any database transaction, whether the people about
 * to be assigned have a mandatory certification for their role lapsed on the shift's day. Any
 * failure (down, slow, circuit open, an error answer) gives UNCHECKED verdicts: an outage never
 * stops rota work, the shift records the warning instead.
 */
@ApplicationScoped
public class CertificationCheck {

    private static final Logger LOG = Logger.getLogger(CertificationCheck.class);

    /** One person on one rota day. */
    public record Ask(UUID staffId, LocalDate date) {
    }

    /** The verdicts of one call; an ask not made answers UNCHECKED. */
    public record Verdicts(Map<Ask, CertificationVerdict> byAsk) {

        public static final Verdicts NONE = new Verdicts(Map.of());

        public CertificationVerdict of(UUID staffId, LocalDate date) {
            CertificationVerdict verdict = byAsk.get(new Ask(staffId, date));
            return verdict != null ? verdict : CertificationVerdict.unchecked(staffId, date,
                    "the assignment changed while compliance was asked");
        }
    }

    private final GuardedCompliance compliance;
    private final StaffRepository staff;
    private final JsonWebToken caller;

    public CertificationCheck(GuardedCompliance compliance, StaffRepository staff, JsonWebToken caller) {
        this.compliance = compliance;
        this.staff = staff;
        this.caller = caller;
    }

    public CertificationVerdict verdict(UUID staffId, LocalDate date) {
        return verdicts(List.of(new Ask(staffId, date))).of(staffId, date);
    }

    /**
     * One call for every ask, on the latest day asked: a certification not valid then is lapsed on
     * an earlier day only if it had expired before that day. The roles are read in a short
     * transaction of their own; the remote call holds no transaction or connection.
     */
    public Verdicts verdicts(Collection<Ask> asks) {
        List<Ask> wanted = asks.stream().filter(ask -> ask.staffId() != null && ask.date() != null).distinct().toList();
        if (wanted.isEmpty()) {
            return Verdicts.NONE;
        }
        List<UUID> ids = wanted.stream().map(Ask::staffId).distinct().toList();
        Map<UUID, String> roles = QuarkusTransaction.joiningExisting().call(() -> {
            Map<UUID, String> found = new HashMap<>();
            for (Staff member : staff.list("id in ?1", ids)) {
                found.put(member.id(), Objects.requireNonNullElse(member.roleCode(), ""));
            }
            return found;
        });
        List<ComplianceClient.Person> people = ids.stream().filter(roles::containsKey)
                .map(id -> new ComplianceClient.Person(id, roles.get(id).isEmpty() ? null : roles.get(id))).toList();
        LocalDate latest = wanted.stream().map(Ask::date).max(Comparator.naturalOrder()).orElseThrow();
        Map<Ask, CertificationVerdict> verdicts = new LinkedHashMap<>();
        if (people.isEmpty()) {
            return new Verdicts(verdicts);
        }
        ComplianceClient.StatusResponse answer;
        try {
            String token = "Bearer " + caller.getRawToken();
            ComplianceClient.StatusRequest request = new ComplianceClient.StatusRequest(latest, people);
            answer = QuarkusTransaction.isActive()
                    ? QuarkusTransaction.suspendingExisting().call(() -> compliance.status(token, request))
                    : compliance.status(token, request);
        } catch (RuntimeException failure) {
            String why = why(failure);
            LOG.warnf("Certification check at assignment: compliance could not answer (%s)", why);
            wanted.forEach(ask -> verdicts.put(ask, CertificationVerdict.unchecked(ask.staffId(), ask.date(), why)));
            return new Verdicts(verdicts);
        }
        Map<UUID, List<CertificationVerdict.NotValid>> notValid = new HashMap<>();
        if (answer != null && answer.staff() != null) {
            for (ComplianceClient.PersonStatus status : answer.staff()) {
                List<CertificationVerdict.NotValid> items = new ArrayList<>();
                if (status.notValid() != null) {
                    status.notValid().forEach(item -> items.add(new CertificationVerdict.NotValid(item.typeCode(),
                            item.typeName(), item.mandatory(), item.status(), item.expiryDate())));
                }
                notValid.put(status.staffId(), items);
            }
        }
        for (Ask ask : wanted) {
            verdicts.put(ask, CertificationVerdict.of(ask.staffId(), ask.date(),
                    notValid.getOrDefault(ask.staffId(), List.of())));
        }
        return new Verdicts(verdicts);
    }

    private static String why(Throwable failure) {
        Throwable cause = failure;
        while (cause != null) {
            if (cause instanceof TimeoutException) {
                return "the compliance service did not answer in time";
            }
            if (cause instanceof CircuitBreakerOpenException) {
                return "the compliance service is failing (circuit open); not asked";
            }
            cause = cause.getCause();
        }
        return "the compliance service could not be reached or answered with an error";
    }
}
