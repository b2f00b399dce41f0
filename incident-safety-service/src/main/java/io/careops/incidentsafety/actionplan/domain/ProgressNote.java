package io.careops.incidentsafety.actionplan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "action_plan_progress")
public class ProgressNote {

    @Id
    private UUID id;
    @Column(name = "plan_id")
    private UUID planId;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    @Column(name = "percent_complete")
    private int percentComplete;
    private String note;

    protected ProgressNote() {
        // for JPA
    }

    ProgressNote(UUID planId, String recordedBy, Instant recordedAt, int percentComplete, String note) {
        this.id = UUID.randomUUID();
        this.planId = planId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.percentComplete = percentComplete;
        this.note = note;
    }

    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
    public int percentComplete() { return percentComplete; }
    public String note() { return note; }
}
