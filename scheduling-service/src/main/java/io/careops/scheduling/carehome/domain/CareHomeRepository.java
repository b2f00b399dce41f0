package io.careops.scheduling.carehome.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class CareHomeRepository implements PanacheRepositoryBase<CareHome, UUID> {

    /** Homes in name order, limited to {@code visibleHomes} when the caller is scoped. */
    public PanacheQuery<CareHome> search(Optional<Set<UUID>> visibleHomes, Boolean active) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        visibleHomes.ifPresent(homes -> {
            where.append(" and id in :homes");
            parameters.and("homes", homes.isEmpty() ? Set.of(new UUID(0, 0)) : homes);
        });
        if (active != null) {
            where.append(" and active = :active");
            parameters.and("active", active);
        }
        return find(where.toString(), Sort.by("name").and("id"), parameters);
    }

    public boolean serviceNumberTaken(String serviceNumber) {
        return count("serviceNumber", serviceNumber) > 0;
    }

    public boolean codeTaken(String code) {
        return count("code", code) > 0;
    }
}
