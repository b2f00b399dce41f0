package io.careops.scheduling.workingtime.domain;

import io.careops.platform.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** A manager assigned someone despite working-time violations: kept with who, why and what. */
@Entity
@Table(name = "working_time_override")
public class WorkingTimeOverride extends AuditedEntity {

    @Id
    private UUID id;
    @Column(name = "shift_id")
    private UUID shiftId;
    @Column(name = "staff_id")
    private UUID staffId;
    @Column(name = "care_home_id")
    private UUID careHomeId;
    private String reason;
    private String violations;
    @Column(name = "overridden_by")
    private String overriddenBy;

    protected WorkingTimeOverride() {
        // for JPA
    }

    public static WorkingTimeOverride record(UUID shiftId, UUID staffId, UUID careHomeId, String reason,
            List<Finding> violations, String by, Instant now) {
        WorkingTimeOverride override = new WorkingTimeOverride();
        override.id = UUID.randomUUID();
        override.shiftId = shiftId;
        override.staffId = staffId;
        override.careHomeId = careHomeId;
        override.reason = reason.strip();
        override.violations = violations.stream().map(v -> v.rule() + " (" + v.regulation() + "): " + v.message())
                .collect(Collectors.joining("\n"));
        override.overriddenBy = by;
        override.created(now);
        return override;
    }

    public UUID id() { return id; }
    public UUID shiftId() { return shiftId; }
    public UUID staffId() { return staffId; }
    public String reason() { return reason; }
    public String violations() { return violations; }
    public String overriddenBy() { return overriddenBy; }
}
