package io.careops.scheduling.shifttype.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class ShiftTypeRepository implements PanacheRepositoryBase<ShiftType, UUID> {

    public boolean codeTaken(String code) {
        return count("code", code) > 0;
    }
}
