package io.careops.scheduling.carehome.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import io.careops.platform.paging.QueryFilter;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class CareHomeRepository implements PanacheRepositoryBase<CareHome, UUID> {

    /** Homes in name order, limited to {@code visibleHomes} when the caller is scoped. */
    public PanacheQuery<CareHome> search(Optional<Set<UUID>> visibleHomes, Boolean active) {
        QueryFilter filter = QueryFilter.scopedTo("id", visibleHomes).equal("active", active);
        return find(filter.where(), Sort.by("name").and("id"), filter.parameters());
    }

    public boolean serviceNumberTaken(String serviceNumber) {
        return count("serviceNumber", serviceNumber) > 0;
    }

    public boolean codeTaken(String code) {
        return count("code", code) > 0;
    }
}
