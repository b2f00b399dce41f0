package io.careops.scheduling.shifttype.domain;

import io.careops.platform.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** A named shift pattern: when it starts and ends (possibly the next day) and who may work it. */
@Entity
@Table(name = "shift_type")
public class ShiftType extends AuditedEntity {

    @Id
    private UUID id;
    private String code;
    private String name;
    @Column(name = "start_time")
    private LocalTime startTime;
    @Column(name = "end_time")
    private LocalTime endTime;
    @Column(name = "unpaid_break_minutes")
    private int unpaidBreakMinutes;
    @Column(name = "allowed_roles", columnDefinition = "text[]")
    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] allowedRoles;
    private boolean active;

    protected ShiftType() {
        // for JPA
    }

    public static ShiftType define(String code, String name, LocalTime start, LocalTime end, int unpaidBreakMinutes,
            List<String> allowedRoles, Instant now) {
        ShiftType type = new ShiftType();
        type.id = UUID.randomUUID();
        type.code = code;
        type.name = name.strip();
        type.startTime = start;
        type.endTime = end;
        type.unpaidBreakMinutes = unpaidBreakMinutes;
        type.allowedRoles = allowedRoles == null ? new String[0] : allowedRoles.stream().distinct().toArray(String[]::new);
        type.active = true;
        type.created(now);
        return type;
    }

    /** Name, times, unpaid break, roles allowed (empty: any), or deactivation; null stays. Planned shifts keep their times. */
    public void change(String name, LocalTime start, LocalTime end, Integer unpaidBreakMinutes, List<String> allowedRoles,
            Boolean active, Instant now) {
        if (name != null) {
            this.name = name.strip();
        }
        if (start != null) {
            this.startTime = start;
        }
        if (end != null) {
            this.endTime = end;
        }
        if (unpaidBreakMinutes != null) {
            this.unpaidBreakMinutes = unpaidBreakMinutes;
        }
        if (allowedRoles != null) {
            this.allowedRoles = allowedRoles.stream().distinct().toArray(String[]::new);
        }
        if (active != null) {
            this.active = active;
        }
        changed(now);
    }

    /** An empty list admits every role, and so anyone; otherwise the person needs one of the roles. */
    public boolean admits(String roleCode) {
        return allowedRoles.length == 0 || roleCode != null && List.of(allowedRoles).contains(roleCode);
    }

    public UUID id() { return id; }
    public String code() { return code; }
    public String name() { return name; }
    public LocalTime startTime() { return startTime; }
    public LocalTime endTime() { return endTime; }
    public int unpaidBreakMinutes() { return unpaidBreakMinutes; }
    public List<String> allowedRoles() { return List.of(allowedRoles); }
    public boolean active() { return active; }
}
