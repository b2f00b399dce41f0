package io.careops.scheduling.agency.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class AgencyCompanyRepository implements PanacheRepositoryBase<AgencyCompany, UUID> {

    public boolean nameTaken(String name) {
        return count("lower(name) = lower(?1)", name.strip()) > 0;
    }
}
