package io.careops.scheduling.staff.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class StaffRoleRepository implements PanacheRepositoryBase<StaffRole, String> {
}
