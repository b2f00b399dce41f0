package io.careops.compliance.staffstatus;

import io.careops.compliance.directory.StaffDirectory;
import io.careops.compliance.readside.ComplianceReadRepository;
import io.careops.platform.problem.Problem;
import io.careops.platform.problem.ProblemException;
import io.careops.platform.problem.ProblemType;
import io.careops.platform.security.CareHomeAccess;
import io.careops.platform.security.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Which critical or mandatory certifications each of a batch of people lacks on a day, and
 * optionally on days of each person's own ({@code dates}: a bulk plan or a week copy asks about each
 * person on the days they are planned), in one SQL statement whatever the batch size:
 * {@link ComplianceReadRepository#notValidOn}. Each day is judged on the certificate in force on it,
 * so a certificate lapsed and renewed inside a planned range lapses exactly the days in the gap.
 *
 * A type counts for a person when it is mandatory for their role (missing counts then), or when it
 * is critical and they hold one (a lapsed critical certificate counts even where the role does not
 * demand it; a person with no role is only checked on what they hold). Of several current
 * certifications of one type, the best on the day decides.
 *
 * A staff-only (self-service) caller may ask only about themselves: another person answers 404,
 * as anywhere else in the API. Certificates count only in the caller's care homes. Both limits are
 * lifted by a valid grant of the scheduling service ({@link ServiceGrants}) that names every person
 * asked about: scheduling's certification check at assignment judges the people of a swap or of
 * cross-home cover on their real certificates, whoever is asking. The answer stays verdicts only.
 */
@ApplicationScoped
public class StaffStatusService {

    private final ComplianceReadRepository reads;
    private final CareHomeAccess access;
    private final Caller self;
    private final StaffDirectory directory;
    private final ServiceGrants grants;
    private final JsonWebToken token;

    public StaffStatusService(ComplianceReadRepository reads, CareHomeAccess access, Caller self,
            StaffDirectory directory, ServiceGrants grants, JsonWebToken token) {
        this.reads = reads;
        this.access = access;
        this.self = self;
        this.directory = directory;
        this.grants = grants;
        this.token = token;
    }

    public StaffStatusResponse check(StaffStatusRequest request) {
        return check(request, null);
    }

    /**
     * {@code grant}: the scheduling service's grant ({@link ServiceGrants}), or null. A valid one
     * covering everyone asked about answers from every home's certificates and for a staff-only
     * caller too; an invalid one is 403; none is the caller's own view.
     */
    public StaffStatusResponse check(StaffStatusRequest request, String grant) {
        List<StaffStatusRequest.Person> people = request.staff();
        int days = people.stream().mapToInt(person -> person.dates() == null ? 0 : person.dates().size()).sum();
        if (days > StaffStatusRequest.MAX_DAYS) {
            throw new ProblemException(ProblemType.VALIDATION, "Too many days asked", List.of(new Problem.FieldError(
                    "staff", "at most " + StaffStatusRequest.MAX_DAYS + " dates over all staff (" + days + " given)")));
        }
        boolean granted = grants.admits(grant, token, people.stream().map(StaffStatusRequest.Person::staffId).toList());
        if (self.selfService() && !granted) {
            requireOnlySelf(people);
        }
        // One ask per person on the request's date, then one per further date of theirs.
        List<ComplianceReadRepository.Ask> asks = new ArrayList<>();
        List<List<LocalDate>> daysOf = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            StaffStatusRequest.Person person = people.get(i);
            ComplianceReadRepository.PersonToCheck toCheck = new ComplianceReadRepository.PersonToCheck(person.staffId(),
                    person.roleCode());
            asks.add(new ComplianceReadRepository.Ask(i, toCheck, request.date()));
            List<LocalDate> own = person.dates() == null ? null : person.dates().stream().distinct().sorted().toList();
            daysOf.add(own);
            if (own != null) {
                for (LocalDate day : own) {
                    if (!day.equals(request.date())) {
                        asks.add(new ComplianceReadRepository.Ask(i, toCheck, day));
                    }
                }
            }
        }
        Optional<Set<UUID>> visible = granted ? Optional.empty() : access.restriction();
        List<ComplianceReadRepository.DayNotValid> rows = QuarkusTransaction.joiningExisting()
                .call(() -> reads.notValidOn(asks, visible));
        Map<Integer, List<StaffStatusResponse.NotValid>> byAsk = new HashMap<>();
        for (ComplianceReadRepository.DayNotValid row : rows) {
            ComplianceReadRepository.NotValid item = row.notValid();
            byAsk.computeIfAbsent(row.askIndex(), ask -> new ArrayList<>()).add(new StaffStatusResponse.NotValid(
                    item.typeCode(), item.typeName(), item.critical(), item.mandatory(), item.status(), item.expiryDate()));
        }
        Map<Integer, Map<LocalDate, List<StaffStatusResponse.NotValid>>> byPersonAndDay = new HashMap<>();
        for (int a = 0; a < asks.size(); a++) {
            byPersonAndDay.computeIfAbsent(asks.get(a).personIndex(), i -> new HashMap<>())
                    .put(asks.get(a).day(), byAsk.getOrDefault(a, List.of()));
        }
        List<StaffStatusResponse.Person> answer = new ArrayList<>(people.size());
        for (int i = 0; i < people.size(); i++) {
            Map<LocalDate, List<StaffStatusResponse.NotValid>> own = byPersonAndDay.get(i);
            List<StaffStatusResponse.Day> perDay = daysOf.get(i) == null ? null : daysOf.get(i).stream()
                    .map(day -> new StaffStatusResponse.Day(day, own.getOrDefault(day, List.of()))).toList();
            answer.add(new StaffStatusResponse.Person(people.get(i).staffId(), own.getOrDefault(request.date(), List.of()),
                    perDay));
        }
        return new StaffStatusResponse(request.date(), answer);
    }

    /**
     * Every person asked about must be the caller: the staff number compliance's certifications
     * record for them, or else the one scheduling's directory gives (asked with the caller's own
     * token, outside any transaction), must be the token's. Anyone else, or a token naming no one,
     * is 404 naming the first such person.
     */
    private void requireOnlySelf(List<StaffStatusRequest.Person> people) {
        Optional<String> own = self.staffNumber();
        Set<UUID> ids = new LinkedHashSet<>();
        people.forEach(person -> ids.add(person.staffId()));
        Map<UUID, String> recorded = QuarkusTransaction.joiningExisting().call(() -> reads.staffNumbersOf(ids));
        for (UUID id : ids) {
            String number = recorded.get(id);
            if (number == null && own.isPresent()
                    && directory.find(id) instanceof StaffDirectory.Lookup.Found found) {
                number = found.member().staffNumber();
            }
            if (own.isEmpty() || !own.get().equals(number)) {
                throw ProblemException.notFound("Staff member", id);
            }
        }
    }
}
