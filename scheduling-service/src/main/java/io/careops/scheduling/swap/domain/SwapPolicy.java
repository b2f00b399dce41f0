package io.careops.scheduling.swap.domain;

import io.careops.platform.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A home's swap rule: approve automatically when every check passes. */
@Entity
@Table(name = "swap_policy")
public class SwapPolicy extends AuditedEntity {

    @Id
    @Column(name = "care_home_id")
    private UUID careHomeId;
    @Column(name = "auto_approve")
    private boolean autoApprove;
    @Column(name = "updated_by")
    private String updatedBy;

    protected SwapPolicy() {
        // for JPA
    }

    public static SwapPolicy of(UUID careHomeId, boolean autoApprove, String by, Instant now) {
        SwapPolicy policy = new SwapPolicy();
        policy.careHomeId = careHomeId;
        policy.autoApprove = autoApprove;
        policy.updatedBy = by;
        policy.created(now);
        return policy;
    }

    public void set(boolean autoApprove, String by, Instant now) {
        this.autoApprove = autoApprove;
        this.updatedBy = by;
        changed(now);
    }

    public UUID careHomeId() { return careHomeId; }
    public boolean autoApprove() { return autoApprove; }
    public String updatedBy() { return updatedBy; }
}
