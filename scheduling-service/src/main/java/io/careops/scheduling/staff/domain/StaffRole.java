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

    protected StaffRole() {
        // for JPA
    }

    public String code() { return code; }
    public String name() { return name; }
    public boolean supervisory() { return supervisory; }
    public boolean management() { return management; }
}
