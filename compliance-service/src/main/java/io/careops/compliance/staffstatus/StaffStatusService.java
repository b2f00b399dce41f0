package io.careops.compliance.staffstatus;

import io.careops.compliance.directory.StaffDirectory;
import io.careops.compliance.readside.ComplianceReadRepository;
import io.careops.platform.problem.ProblemException;
import io.careops.platform.security.CareHomeAccess;
import io.careops.platform.security.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Which critical or mandatory certifications each of a batch of people lacks on a day, in one SQL
 * statement whatever the batch size (the scheduling service's rota health asks for a whole rota):
 * {@link ComplianceReadRepository#notValid}.
 *
 * A type counts for a person when it is mandatory for their role (missing counts then), or when it
 * is critical and they hold one (a lapsed critical certificate counts even where the role does not
 * demand it; a person with no role is only checked on what they hold). Of several current
 * certifications of one type, the best on the day decides.
 *
 * A staff-only (self-service) caller may ask only about themselves: another person answers 404,
 * as anywhere else in the API.
 */
@ApplicationScoped
public class StaffStatusService {

    private final ComplianceReadRepository reads;
    private final CareHomeAccess access;
    private final Caller self;
    private final StaffDirectory directory;

    public StaffStatusService(ComplianceReadRepository reads, CareHomeAccess access, Caller self,
            StaffDirectory directory) {
        this.reads = reads;
        this.access = access;
        this.self = self;
        this.directory = directory;
    }

    public StaffStatusResponse check(StaffStatusRequest request) {
        List<StaffStatusRequest.Person> people = request.staff();
        if (self.selfService()) {
            requireOnlySelf(people);
        }
        List<ComplianceReadRepository.PersonToCheck> toCheck = people.stream()
                .map(p -> new ComplianceReadRepository.PersonToCheck(p.staffId(), p.roleCode())).toList();
        Optional<Set<UUID>> visible = access.restriction();
        List<ComplianceReadRepository.NotValid> rows = QuarkusTransaction.joiningExisting()
                .call(() -> reads.notValid(toCheck, request.date(), visible));
        List<List<StaffStatusResponse.NotValid>> notValid = new ArrayList<>();
        people.forEach(person -> notValid.add(new ArrayList<>()));
        for (ComplianceReadRepository.NotValid row : rows) {
            notValid.get(row.personIndex()).add(new StaffStatusResponse.NotValid(row.typeCode(), row.typeName(),
                    row.critical(), row.mandatory(), row.status(), row.expiryDate()));
        }
        List<StaffStatusResponse.Person> answer = new ArrayList<>(people.size());
        for (int i = 0; i < people.size(); i++) {
            answer.add(new StaffStatusResponse.Person(people.get(i).staffId(), notValid.get(i)));
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
