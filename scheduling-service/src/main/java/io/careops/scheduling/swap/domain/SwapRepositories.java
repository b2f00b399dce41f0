package io.careops.scheduling.swap.domain;

import io.careops.platform.paging.QueryFilter;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

public final class SwapRepositories {

    private SwapRepositories() {
    }

    @ApplicationScoped
    public static class Swaps implements PanacheRepositoryBase<ShiftSwap, UUID> {

        public record Criteria(UUID careHomeId, ShiftSwap.State state, UUID involving) {
        }

        public PanacheQuery<ShiftSwap> search(Optional<Set<UUID>> visibleHomes, Criteria criteria) {
            // A swap across homes is listed in both: the shift's home and the other one.
            QueryFilter filter = QueryFilter.scopedTo("careHomeId", Optional.empty()).equal("state", criteria.state());
            if (visibleHomes.isPresent()) {
                Set<UUID> homes = visibleHomes.get().isEmpty() ? Set.of(new UUID(0, 0)) : visibleHomes.get();
                filter = filter.and("careHomeId in :visibleHomes or otherCareHomeId in :visibleHomes",
                        Parameters.with("visibleHomes", homes));
            }
            if (criteria.careHomeId() != null) {
                filter = filter.and("careHomeId = :home or otherCareHomeId = :home",
                        Parameters.with("home", criteria.careHomeId()));
            }
            if (criteria.involving() != null) {
                filter = filter.and("(fromStaffId = :involving or toStaffId = :involving)",
                        Parameters.with("involving", criteria.involving()));
            }
            return find(filter.where(), Sort.by("createdAt").and("id"), filter.parameters());
        }
    }

    @ApplicationScoped
    public static class Policies implements PanacheRepositoryBase<SwapPolicy, UUID> {
    }
}
