package io.careops.compliance.certification.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import io.careops.platform.paging.QueryFilter;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Persistence for the catalogue and for staff certifications. */
public final class CertificationRepositories {

    private CertificationRepositories() {
    }

    @ApplicationScoped
    public static class Types implements PanacheRepositoryBase<CertificationType, String> {

        public PanacheQuery<CertificationType> all() {
            return findAll(Sort.by("code"));
        }
    }

    @ApplicationScoped
    public static class Certifications implements PanacheRepositoryBase<StaffCertification, UUID> {

        /** Soonest expiry first, limited to {@code visibleHomes} when the caller is scoped. */
        public PanacheQuery<StaffCertification> search(Optional<Set<UUID>> visibleHomes, UUID careHomeId, UUID staffId,
                String type) {
            QueryFilter filter = QueryFilter.scopedTo("careHomeId", visibleHomes)
                    .equal("careHomeId", careHomeId).equal("staffId", staffId).equal("certificationType", type);
            return find(filter.where(), Sort.by("expiryDate", Sort.Direction.Ascending, Sort.NullPrecedence.NULLS_LAST).and("id"),
                    filter.parameters());
        }
    }
}
