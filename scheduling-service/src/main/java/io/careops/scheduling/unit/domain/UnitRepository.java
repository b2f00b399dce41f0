package io.careops.scheduling.unit.domain;

import io.careops.platform.paging.QueryFilter;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class UnitRepository implements PanacheRepositoryBase<Unit, UUID> {

    public PanacheQuery<Unit> search(Optional<Set<UUID>> visibleHomes, UUID careHomeId, Boolean active) {
        QueryFilter filter = QueryFilter.scopedTo("careHomeId", visibleHomes)
                .equal("careHomeId", careHomeId).equal("active", active);
        return find(filter.where(), Sort.by("name").and("id"), filter.parameters());
    }

    public boolean nameTaken(UUID careHomeId, String name) {
        return count("careHomeId = ?1 and lower(name) = lower(?2)", careHomeId, name.strip()) > 0;
    }
}
