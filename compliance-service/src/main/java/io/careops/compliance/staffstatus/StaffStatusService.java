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
import java.util.IdentityHashMap;
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
        // One ask per person on the request's date, then one per further date of theirs (distinct, in order).
        List<ComplianceReadRepository.Ask> asks = new ArrayList<>(people.size() + days);
        List<List<LocalDate>> daysOf = new ArrayList<>(people.size());
        int[] firstAsk = new int[people.size()];
        for (int i = 0; i < people.size(); i++) {
            StaffStatusRequest.Person person = people.get(i);
            firstAsk[i] = asks.size();
            asks.add(new ComplianceReadRepository.Ask(person.staffId(), person.roleCode(), request.date()));
            List<LocalDate> own = person.dates() == null ? null : person.dates().stream().distinct().sorted().toList();
            daysOf.add(own);
            if (own != null) {
                for (LocalDate day : own) {
                    if (!day.equals(request.date())) {
                        asks.add(new ComplianceReadRepository.Ask(person.staffId(), person.roleCode(), day));
                    }
                }
            }
        }
        Optional<Set<UUID>> visible = granted ? Optional.empty() : access.restriction();
        List<List<ComplianceReadRepository.NotValid>> verdicts = QuarkusTransaction.joiningExisting()
                .call(() -> reads.notValidOn(asks, visible));
        // A verdict is the same for everyone it applies to (MISSING of a type): answered as one object.
        Map<ComplianceReadRepository.NotValid, StaffStatusResponse.NotValid> mapped = new IdentityHashMap<>();
        List<StaffStatusResponse.Person> answer = new ArrayList<>(people.size());
        for (int i = 0; i < people.size(); i++) {
            List<StaffStatusResponse.NotValid> onDate = answerOf(verdicts.get(firstAsk[i]), mapped);
            List<StaffStatusResponse.Day> perDay = null;
            if (daysOf.get(i) != null) {
                perDay = new ArrayList<>(daysOf.get(i).size());
                int next = firstAsk[i] + 1;
                for (LocalDate day : daysOf.get(i)) {
                    perDay.add(new StaffStatusResponse.Day(day,
                            day.equals(request.date()) ? onDate : answerOf(verdicts.get(next++), mapped)));
                }
            }
            answer.add(new StaffStatusResponse.Person(people.get(i).staffId(), onDate, perDay));
        }
        return new StaffStatusResponse(request.date(), answer);
    }

    private static List<StaffStatusResponse.NotValid> answerOf(List<ComplianceReadRepository.NotValid> verdicts,
            Map<ComplianceReadRepository.NotValid, StaffStatusResponse.NotValid> mapped) {
        if (verdicts.isEmpty()) {
            return List.of();
        }
        List<StaffStatusResponse.NotValid> answer = new ArrayList<>(verdicts.size());
        for (ComplianceReadRepository.NotValid item : verdicts) {
            answer.add(mapped.computeIfAbsent(item, each -> new StaffStatusResponse.NotValid(each.typeCode(),
                    each.typeName(), each.critical(), each.mandatory(), each.status(), each.expiryDate())));
        }
        return answer;
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
