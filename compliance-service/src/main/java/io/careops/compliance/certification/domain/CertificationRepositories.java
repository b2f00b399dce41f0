package io.careops.compliance.certification.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Persistence for the catalogue, staff certifications and their files. */
public final class CertificationRepositories {

    private static final UUID NO_HOME = new UUID(0, 0);

    private CertificationRepositories() {
    }

    @ApplicationScoped
    public static class Types implements PanacheRepositoryBase<CertificationType, String> {

        public PanacheQuery<CertificationType> all() {
            return findAll(Sort.by("code"));
        }
    }

    @ApplicationScoped
    public static class Files implements PanacheRepositoryBase<CertificateFile, UUID> {
    }

    /**
     * The filters of a certification list; null means "any". {@code onlyStaffNumber}: a
     * self-service (staff-only) caller's own staff number, to which the list is limited.
     */
    public record Search(Optional<Set<UUID>> visibleHomes, UUID careHomeId, UUID staffId, String type,
            CertificationStatus status, Integer expiringWithinDays, LocalDate asOf, boolean includeSuperseded,
            Optional<String> onlyStaffNumber) {

        public Search(Optional<Set<UUID>> visibleHomes, UUID careHomeId, UUID staffId, String type,
                CertificationStatus status, Integer expiringWithinDays, LocalDate asOf, boolean includeSuperseded) {
            this(visibleHomes, careHomeId, staffId, type, status, expiringWithinDays, asOf, includeSuperseded,
                    Optional.empty());
        }
    }

    @ApplicationScoped
    public static class Certifications implements PanacheRepositoryBase<StaffCertification, UUID> {

        /**
         * One page, soonest expiry first. Status and "expiring within" are conditions in SQL on the
         * day asked, so a filter and its count always agree with the statuses shown.
         */
        public List<StaffCertification> search(Search search, int page, int size) {
            Where where = where(search);
            Query query = getEntityManager().createNativeQuery("SELECT c.* FROM staff_certification c WHERE " + where.sql
                    + " ORDER BY c.expiry_date ASC NULLS LAST, c.id LIMIT " + size + " OFFSET " + ((long) page * size),
                    StaffCertification.class);
            where.parameters.forEach(query::setParameter);
            @SuppressWarnings("unchecked")
            List<StaffCertification> result = query.getResultList();
            return result;
        }

        public long count(Search search) {
            Where where = where(search);
            Query query = getEntityManager().createNativeQuery("SELECT count(*) FROM staff_certification c WHERE " + where.sql);
            where.parameters.forEach(query::setParameter);
            return ((Number) query.getSingleResult()).longValue();
        }

        /** The certification and every one it renewed, newest first. */
        public List<StaffCertification> history(UUID id) {
            @SuppressWarnings("unchecked")
            List<StaffCertification> chain = getEntityManager().createNativeQuery("""
                    WITH RECURSIVE chain AS (
                        SELECT c.* FROM staff_certification c WHERE c.id = :id
                        UNION ALL
                        SELECT p.* FROM staff_certification p JOIN chain ON p.superseded_by = chain.id)
                    SELECT * FROM chain ORDER BY issue_date DESC, created_at DESC""", StaffCertification.class)
                    .setParameter("id", id).getResultList();
            return chain;
        }

        private record Where(String sql, Map<String, Object> parameters) {
        }

        private static Where where(Search search) {
            List<String> conditions = new ArrayList<>();
            Map<String, Object> parameters = new HashMap<>();
            conditions.add("1 = 1");
            search.visibleHomes().ifPresent(homes -> {
                conditions.add("c.care_home_id IN (:visibleHomes)");
                parameters.put("visibleHomes", homes.isEmpty() ? Set.of(NO_HOME) : homes);
            });
            search.onlyStaffNumber().ifPresent(number -> {
                conditions.add("c.staff_number = :onlyStaffNumber");
                parameters.put("onlyStaffNumber", number);
            });
            if (!search.includeSuperseded()) {
                conditions.add("c.superseded_by IS NULL");
            }
            if (search.careHomeId() != null) {
                conditions.add("c.care_home_id = :careHomeId");
                parameters.put("careHomeId", search.careHomeId());
            }
            if (search.staffId() != null) {
                conditions.add("c.staff_id = :staffId");
                parameters.put("staffId", search.staffId());
            }
            if (search.type() != null) {
                conditions.add("c.certification_type = :type");
                parameters.put("type", search.type());
            }
            if (search.status() != null) {
                conditions.add(CertificationStatus.SQL + " = :status");
                parameters.put("status", search.status().name());
                parameters.put("asOf", search.asOf());
            }
            if (search.expiringWithinDays() != null) {
                // Not yet expired, and expiring on or before asOf + N days.
                conditions.add("c.expiry_date >= :fromDay AND c.expiry_date <= :untilDay");
                parameters.put("fromDay", search.asOf());
                parameters.put("untilDay", search.asOf().plusDays(search.expiringWithinDays()));
            }
            return new Where(String.join(" AND ", conditions), parameters);
        }
    }
}
