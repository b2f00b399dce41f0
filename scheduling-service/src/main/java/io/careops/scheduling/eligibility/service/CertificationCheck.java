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
 * failure (down, slow, circuit open, an error answer, a grant compliance refuses) gives UNCHECKED
 * verdicts: an outage never stops rota work, the shift records the warning instead.
 *
 * The caller's own token authenticates the call (and compliance's audit names them); beside it goes
 * scheduling's {@link ServiceGrant} for exactly the people asked about, so compliance judges each of
 * them on their certificates in whichever home they were recorded, even when the caller's token
 * cannot see that home (cross-home cover, a swap across homes) or the person (a staff member
 * accepting a colleague's swap). Without a configured key no grant is sent: compliance then answers
 * only from what the caller's token sees, as before grants.
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
    private final ServiceGrant grants;

    public CertificationCheck(GuardedCompliance compliance, StaffRepository staff, JsonWebToken caller,
            ServiceGrant grants) {
        this.compliance = compliance;
        this.staff = staff;
        this.caller = caller;
        this.grants = grants;
    }

    public CertificationVerdict verdict(UUID staffId, LocalDate date) {
        return verdicts(List.of(new Ask(staffId, date))).of(staffId, date);
    }

    /**
     * One call for every ask. When the asks fall on more than one day (a bulk plan, a week copy),
     * each person is asked about on their own days ({@code dates}) and judged per day on what
     * compliance says of that day: a certificate lapsed and renewed inside the range refuses exactly
     * the days in the gap. Asks all on one day go in the shape every compliance release accepts; so
     * does the fallback when compliance refuses {@code dates} (400, a release before them): then
     * everyone is asked on the latest day, and a certification not valid then counts as lapsed on an
     * earlier day only if it had expired before that day. The roles are read in a short transaction
     * of their own; the remote call holds no transaction or connection.
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
        Map<UUID, List<LocalDate>> daysOf = new LinkedHashMap<>();
        wanted.forEach(ask -> daysOf.computeIfAbsent(ask.staffId(), id -> new ArrayList<>()).add(ask.date()));
        daysOf.values().forEach(days -> days.sort(Comparator.naturalOrder()));
        boolean perDay = wanted.stream().map(Ask::date).distinct().count() > 1;
        List<ComplianceClient.Person> people = ids.stream().filter(roles::containsKey)
                .map(id -> new ComplianceClient.Person(id, roles.get(id).isEmpty() ? null : roles.get(id),
                        perDay ? daysOf.get(id) : null)).toList();
        LocalDate latest = wanted.stream().map(Ask::date).max(Comparator.naturalOrder()).orElseThrow();
        Map<Ask, CertificationVerdict> verdicts = new LinkedHashMap<>();
        if (people.isEmpty()) {
            return new Verdicts(verdicts);
        }
        ComplianceClient.StatusResponse answer;
        String token = "Bearer " + caller.getRawToken();
        try {
            // Made inside the try: a grant that cannot be signed is a failure to ask, as any other.
            String grant = grants.grant(caller.getSubject(), people.stream().map(ComplianceClient.Person::staffId).toList())
                    .orElse(null);
            try {
                answer = ask(token, grant, new ComplianceClient.StatusRequest(latest, people));
            } catch (RuntimeException refused) {
                if (!perDay || !isBadRequest(refused)) {
                    throw refused;
                }
                LOG.infof("Certification check: compliance refused per-person dates (an older release); asking on %s", latest);
                answer = ask(token, grant, new ComplianceClient.StatusRequest(latest, people.stream()
                        .map(person -> new ComplianceClient.Person(person.staffId(), person.roleCode())).toList()));
            }
        } catch (RuntimeException failure) {
            String why = why(failure);
            LOG.warnf("Certification check at assignment: compliance could not answer (%s)", why);
            wanted.forEach(ask -> verdicts.put(ask, CertificationVerdict.unchecked(ask.staffId(), ask.date(), why)));
            return new Verdicts(verdicts);
        }
        Map<UUID, List<CertificationVerdict.NotValid>> onLatest = new HashMap<>();
        Map<UUID, Map<LocalDate, List<CertificationVerdict.NotValid>>> onDay = new HashMap<>();
        if (answer != null && answer.staff() != null) {
            for (ComplianceClient.PersonStatus status : answer.staff()) {
                onLatest.put(status.staffId(), notValid(status.notValid()));
                if (status.days() != null) {
                    Map<LocalDate, List<CertificationVerdict.NotValid>> days = new HashMap<>();
                    status.days().forEach(day -> days.put(day.date(), notValid(day.notValid())));
                    onDay.put(status.staffId(), days);
                }
            }
        }
        for (Ask ask : wanted) {
            Map<LocalDate, List<CertificationVerdict.NotValid>> days = onDay.get(ask.staffId());
            List<CertificationVerdict.NotValid> items = days != null && days.containsKey(ask.date()) ? days.get(ask.date())
                    : ask.date().equals(latest) || days == null ? onLatest.getOrDefault(ask.staffId(), List.of())
                    : null;
            verdicts.put(ask, items == null
                    ? CertificationVerdict.unchecked(ask.staffId(), ask.date(), "compliance did not answer for this day")
                    : CertificationVerdict.of(ask.staffId(), ask.date(), items));
        }
        return new Verdicts(verdicts);
    }

    private ComplianceClient.StatusResponse ask(String token, String grant, ComplianceClient.StatusRequest request) {
        return QuarkusTransaction.isActive()
                ? QuarkusTransaction.suspendingExisting().call(() -> compliance.status(token, grant, request))
                : compliance.status(token, grant, request);
    }

    private static List<CertificationVerdict.NotValid> notValid(List<ComplianceClient.NotValid> items) {
        List<CertificationVerdict.NotValid> result = new ArrayList<>();
        if (items != null) {
            items.forEach(item -> result.add(new CertificationVerdict.NotValid(item.typeCode(), item.typeName(),
                    item.mandatory(), item.status(), item.expiryDate())));
        }
        return result;
    }

    private static boolean isBadRequest(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof jakarta.ws.rs.WebApplicationException answered && answered.getResponse() != null
                    && answered.getResponse().getStatus() == 400) {
                return true;
            }
        }
        return false;
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
