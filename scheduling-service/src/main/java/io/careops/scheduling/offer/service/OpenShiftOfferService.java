package io.careops.scheduling.offer.service;

import io.careops.platform.paging.Page;
import io.careops.platform.paging.PageRequest;
import io.careops.platform.problem.ProblemException;
import io.careops.platform.security.CareHomeAccess;
import io.careops.scheduling.eligibility.service.CertificationCheck;
import io.careops.scheduling.offer.domain.OpenShiftOffer;
import io.careops.scheduling.offer.domain.OpenShiftOfferRepository;
import io.careops.scheduling.rotahealth.domain.Suggestion;
import io.careops.scheduling.rotahealth.service.RotaHealthService;
import io.careops.scheduling.shift.domain.Shift;
import io.careops.scheduling.shift.service.ShiftService;
import io.careops.scheduling.staff.service.CurrentStaff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Open-shift offers: a manager offers an open shift to the people the eligibility policy admits,
 * ranked as the rota-health suggestions are; an offered person claims it. The first valid claim
 * wins: a claim locks the shift's row (SELECT ... FOR UPDATE), so concurrent claims queue on the
 * database and every later one finds the shift taken (409).
 */
@ApplicationScoped
public class OpenShiftOfferService {

    public static final int MAX_OFFERS = 50;

    private final OpenShiftOfferRepository offers;
    private final ShiftService shifts;
    private final RotaHealthService ranking;
    private final CareHomeAccess access;
    private final CurrentStaff current;
    private final JsonWebToken caller;
    private final Clock clock;
    private final EntityManager entityManager;

    public OpenShiftOfferService(OpenShiftOfferRepository offers, ShiftService shifts, RotaHealthService ranking,
            CareHomeAccess access, CurrentStaff current, JsonWebToken caller, Clock clock, EntityManager entityManager) {
        this.offers = offers;
        this.shifts = shifts;
        this.ranking = ranking;
        this.access = access;
        this.current = current;
        this.caller = caller;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /**
     * Offers the open shift to up to {@code limit} more eligible people, best ranked first;
     * {@code expiresAt} (optional) must be in the future and before the shift starts.
     */
    @Transactional
    public List<OpenShiftOffer> offer(UUID shiftId, int limit, java.time.Instant expiresAt) {
        Shift shift = shifts.get(shiftId);
        if (!shift.isOpen()) {
            throw ProblemException.ruleViolation("shiftId", "the shift is not open (it is staffed, agency-covered or cancelled)");
        }
        if (!shift.times().startsAt().isAfter(clock.instant())) {
            throw ProblemException.ruleViolation("shiftId", "the shift has already started");
        }
        if (expiresAt != null && !expiresAt.isBefore(shift.times().startsAt())) {
            throw ProblemException.ruleViolation("expiresAt", "must be before the shift starts ("
                    + shift.times().startsAt() + ")");
        }
        if (expiresAt != null && !expiresAt.isAfter(clock.instant())) {
            throw ProblemException.ruleViolation("expiresAt", "must be in the future");
        }
        List<OpenShiftOffer> existing = offers.ofShift(shiftId);
        Set<UUID> offered = existing.stream().map(OpenShiftOffer::staffId).collect(Collectors.toSet());
        int rank = existing.stream().mapToInt(OpenShiftOffer::rank).max().orElse(0);
        List<OpenShiftOffer> made = new ArrayList<>();
        for (Suggestion.Candidate candidate : ranking.rank(shift, limit + offered.size())) {
            if (made.size() >= limit) {
                break;
            }
            if (offered.contains(candidate.staffId())) {
                continue;
            }
            OpenShiftOffer offer = OpenShiftOffer.make(shift.id(), shift.careHomeId(), candidate.staffId(), ++rank,
                    expiresAt, caller.getName(), clock.instant());
            offers.persist(offer);
            made.add(offer);
        }
        if (made.isEmpty()) {
            throw ProblemException.ruleViolation("shiftId", offered.isEmpty()
                    ? "no one in the home is eligible for the shift without a working-time violation"
                    : "everyone else eligible has been offered it already");
        }
        return made;
    }

    /** Offers in the caller's homes; a staff-only caller sees only offers made to them. */
    @Transactional
    public <T> Page<T> list(PageRequest page, OpenShiftOfferRepository.Criteria criteria,
            Function<OpenShiftOffer, T> toResponse) {
        OpenShiftOfferRepository.Criteria scoped = current.onlyStaffId()
                .map(own -> new OpenShiftOfferRepository.Criteria(criteria.shiftId(),
                        criteria.staffId() == null || criteria.staffId().equals(own) ? own : CurrentStaff.NO_ONE,
                        criteria.state()))
                .orElse(criteria);
        return Page.of(offers.search(access.restriction(), scoped), page, toResponse);
    }

    /** One offer: of the caller's homes, and for a staff-only caller one made to them (else 404). */
    @Transactional
    public OpenShiftOffer view(UUID id) {
        OpenShiftOffer offer = access.visible(offers.findByIdOptional(id), OpenShiftOffer::careHomeId, "Open-shift offer", id);
        current.requireOwn(offer.staffId(), "Open-shift offer", id);
        return offer;
    }

    /** The offer to claim, for the certification check before the claim's transaction. */
    @Transactional
    public CertificationCheck.Ask toClaim(UUID id) {
        OpenShiftOffer offer = view(id);
        if (!current.isSelf(offer.staffId())) {
            throw ProblemException.notFound("Open-shift offer", id);
        }
        LocalDate day = shifts.get(offer.shiftId()).times().date();
        return new CertificationCheck.Ask(offer.staffId(), day);
    }

    /**
     * The claim: the shift's row is locked first, so of concurrent claims one at a time gets
     * here, and only the first finds the shift still open. The person is judged under every rule
     * of assignment (the certification verdict asked before this transaction among them); the
     * shift's other offers become TAKEN.
     */
    @Transactional
    public OpenShiftOffer claim(UUID id, CertificationCheck.Verdicts verdicts) {
        OpenShiftOffer offer = view(id);
        if (!current.isSelf(offer.staffId())) {
            throw ProblemException.notFound("Open-shift offer", id);
        }
        Shift shift = entityManager.find(Shift.class, offer.shiftId(), LockModeType.PESSIMISTIC_WRITE);
        entityManager.refresh(offer);
        offer.requireClaimable(clock.instant(), shift.times().startsAt());
        if (!shift.isOpen()) {
            throw ProblemException.conflict("The shift went to someone else first (or the offer ended): offer is "
                    + (offer.state() == OpenShiftOffer.State.OFFERED ? "still open but the shift is not" : offer.state()));
        }
        shifts.handOver(shift, offer.staffId(), verdicts);
        offer.claimed(clock.instant());
        offers.ofShift(shift.id()).stream().filter(other -> !other.id().equals(offer.id()))
                .forEach(other -> other.taken(clock.instant()));
        return offer;
    }

    /** A manager withdraws an open offer; claims after it answer 409 naming the withdrawal. */
    @Transactional
    public OpenShiftOffer withdraw(UUID id) {
        OpenShiftOffer offer = access.visible(offers.findByIdOptional(id), OpenShiftOffer::careHomeId, "Open-shift offer", id);
        offer.withdraw(caller.getName(), clock.instant());
        return offer;
    }
}
