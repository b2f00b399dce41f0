package io.careops.incidentsafety.actionplan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One move of a plan's lifecycle, kept for good: who, when, from where to where, and why. */
@Entity
@Table(name = "action_plan_transition")
public class PlanTransition {

    @Id
    private UUID id;
    @Column(name = "plan_id")
    private UUID planId;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private PlanStatus from;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private PlanStatus to;
    @Column(name = "moved_by")
    private String movedBy;
    @Column(name = "moved_at")
    private Instant movedAt;
    private String note;

    protected PlanTransition() {
        // for JPA
    }

    PlanTransition(UUID planId, PlanStatus from, PlanStatus to, String movedBy, Instant movedAt, String note) {
        this.id = UUID.randomUUID();
        this.planId = planId;
        this.from = from;
        this.to = to;
        this.movedBy = movedBy;
        this.movedAt = movedAt;
        this.note = note;
    }

    public PlanStatus from() { return from; }
    public PlanStatus to() { return to; }
    public String movedBy() { return movedBy; }
    public Instant movedAt() { return movedAt; }
    public String note() { return note; }
}
