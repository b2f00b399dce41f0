package io.careops.scheduling.staff.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A role from the legacy catalogue; seniors and management count as supervisory for skill mix. */
@Entity
@Table(name = "staff_role")
public class StaffRole {

    @Id
    private String code;
    private String name;
    private boolean supervisory;
    private boolean management;
    @jakarta.persistence.Column(name = "can_manage_rota")
    private boolean canManageRota;
    @jakarta.persistence.Column(name = "required_headcount")
    private int requiredHeadcount;

    protected StaffRole() {
        // for JPA
    }

    public String code() { return code; }
    public String name() { return name; }
    public boolean supervisory() { return supervisory; }
    public boolean management() { return management; }
    public boolean canManageRota() { return canManageRota; }
    public int requiredHeadcount() { return requiredHeadcount; }
}
