package io.careops.scheduling.offer.domain;

import io.careops.platform.paging.QueryFilter;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class OpenShiftOfferRepository implements PanacheRepositoryBase<OpenShiftOffer, UUID> {

    public record Criteria(UUID shiftId, UUID staffId, OpenShiftOffer.State state) {
    }

    public PanacheQuery<OpenShiftOffer> search(Optional<Set<UUID>> visibleHomes, Criteria criteria) {
        QueryFilter filter = QueryFilter.scopedTo("careHomeId", visibleHomes)
                .equal("shiftId", criteria.shiftId()).equal("staffId", criteria.staffId()).equal("state", criteria.state());
        return find(filter.where(), Sort.by("createdAt").and("rank").and("id"), filter.parameters());
    }

    public List<OpenShiftOffer> ofShift(UUID shiftId) {
        return list("shiftId", Sort.by("rank"), shiftId);
    }
}
