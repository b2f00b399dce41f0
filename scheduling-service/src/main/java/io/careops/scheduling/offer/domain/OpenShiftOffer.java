package io.careops.scheduling.offer.domain;

import io.careops.platform.persistence.AuditedEntity;
import io.careops.platform.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An open shift offered to one person: OFFERED until they claim it (CLAIMED), someone else does
 * (TAKEN) or a manager withdraws it (WITHDRAWN). It may expire ({@code expiresAt}, before the shift
 * starts): an expired offer, or one of a shift that has started, stays OFFERED but cannot be claimed.
 */
@Entity
@Table(name = "open_shift_offer")
public class OpenShiftOffer extends AuditedEntity {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "OpenShiftOfferState")
    public enum State { OFFERED, CLAIMED, TAKEN, WITHDRAWN }

    @Id
    private UUID id;
    @Column(name = "shift_id")
    private UUID shiftId;
    @Column(name = "care_home_id")
    private UUID careHomeId;
    @Column(name = "staff_id")
    private UUID staffId;
    @Column(name = "offer_rank")
    private int rank;
    @Enumerated(EnumType.STRING)
    private State state;
    @Column(name = "offered_by")
    private String offeredBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "withdrawn_by")
    private String withdrawnBy;

    protected OpenShiftOffer() {
        // for JPA
    }

    public static OpenShiftOffer make(UUID shiftId, UUID careHomeId, UUID staffId, int rank, String by, Instant now) {
        return make(shiftId, careHomeId, staffId, rank, null, by, now);
    }

    public static OpenShiftOffer make(UUID shiftId, UUID careHomeId, UUID staffId, int rank, Instant expiresAt, String by,
            Instant now) {
        OpenShiftOffer offer = new OpenShiftOffer();
        offer.id = UUID.randomUUID();
        offer.shiftId = shiftId;
        offer.careHomeId = careHomeId;
        offer.staffId = staffId;
        offer.rank = rank;
        offer.state = State.OFFERED;
        offer.offeredBy = by;
        offer.expiresAt = expiresAt;
        offer.created(now);
        return offer;
    }

    /** The offered person took the shift. */
    public void claimed(Instant now) {
        requireOffered();
        state = State.CLAIMED;
        decidedAt = now;
        changed(now);
    }

    /** Someone else took the shift first. */
    public void taken(Instant now) {
        if (state == State.OFFERED) {
            state = State.TAKEN;
            decidedAt = now;
            changed(now);
        }
    }

    /** A manager withdrew the offer: it can no longer be claimed (409 if it was already decided). */
    public void withdraw(String by, Instant now) {
        requireOffered();
        state = State.WITHDRAWN;
        withdrawnBy = by;
        decidedAt = now;
        changed(now);
    }

    /**
     * May the person claim it now? Refused with 409: withdrawn, claimed or taken; expired (from
     * {@code expiresAt} on); or the shift has started.
     */
    public void requireClaimable(Instant now, Instant shiftStartsAt) {
        if (state == State.WITHDRAWN) {
            throw ProblemException.conflict("The offer was withdrawn" + (withdrawnBy == null ? "" : " by " + withdrawnBy)
                    + " at " + decidedAt + "; it can no longer be claimed");
        }
        requireOffered();
        if (expiresAt != null && !now.isBefore(expiresAt)) {
            throw ProblemException.conflict("The offer expired at " + expiresAt + "; it can no longer be claimed");
        }
        if (!now.isBefore(shiftStartsAt)) {
            throw ProblemException.conflict("The shift started at " + shiftStartsAt + "; the offer can no longer be claimed");
        }
    }

    public void requireOffered() {
        if (state != State.OFFERED) {
            throw ProblemException.conflict("The offer is " + state + ": the shift went to someone else or the offer ended");
        }
    }

    public UUID id() { return id; }
    public UUID shiftId() { return shiftId; }
    public UUID careHomeId() { return careHomeId; }
    public UUID staffId() { return staffId; }
    public int rank() { return rank; }
    public State state() { return state; }
    public String offeredBy() { return offeredBy; }
    public Instant decidedAt() { return decidedAt; }
    public Instant expiresAt() { return expiresAt; }
    public String withdrawnBy() { return withdrawnBy; }
}
