package io.careops.incidentsafety.actionplan.domain;

import io.careops.platform.paging.QueryFilter;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class ActionPlanRepository implements PanacheRepositoryBase<SafetyActionPlan, UUID> {

    /** Resolves an id, a SAP reference or a legacy alias, each in its own column. */
    public Optional<SafetyActionPlan> find(PlanReference reference) {
        if (reference instanceof PlanReference.Id id) {
            return findByIdOptional(id.id());
        }
        if (reference instanceof PlanReference.Sap sap) {
            return find("reference", sap.reference()).firstResultOptional();
        }
        return find("legacyReference", ((PlanReference.Legacy) reference).reference()).firstResultOptional();
    }

    public boolean referenceTaken(String reference) {
        return count("reference", reference) > 0;
    }

    public boolean legacyReferenceTaken(String legacyReference) {
        return count("legacyReference", legacyReference) > 0;
    }

    /** Newest first; {@code overdue} is decided from the target date against {@code today}. */
    public PanacheQuery<SafetyActionPlan> search(Optional<Set<UUID>> visibleHomes, UUID careHomeId, UUID incidentId,
            PlanStatus status, Priority priority, Boolean overdue, LocalDate today) {
        QueryFilter filter = QueryFilter.scopedTo("careHomeId", visibleHomes).equal("careHomeId", careHomeId)
                .equal("incidentId", incidentId).equal("status", status).equal("priority", priority);
        if (overdue != null) {
            String condition = "status in :outstanding and targetDate < :today";
            filter.and(overdue ? condition : "not (" + condition + ")",
                    Parameters.with("outstanding", PlanStatus.WORK_OUTSTANDING).and("today", today));
        }
        return find(filter.where(), Sort.descending("createdAt").and("reference"), filter.parameters());
    }

    public long countOverdue(LocalDate today) {
        return count("status in ?1 and targetDate < ?2", PlanStatus.WORK_OUTSTANDING, today);
    }

    public List<PlanTransition> transitions(UUID planId) {
        return getEntityManager().createQuery(
                "from PlanTransition where planId = :plan order by movedAt, id", PlanTransition.class)
                .setParameter("plan", planId).getResultList();
    }

    public List<ProgressNote> progress(UUID planId) {
        return getEntityManager().createQuery(
                "from ProgressNote where planId = :plan order by recordedAt, id", ProgressNote.class)
                .setParameter("plan", planId).getResultList();
    }

    public void keep(Object record) {
        getEntityManager().persist(record);
    }

    /** Plans of the visible homes (or one home) identified between the two dates, inclusive. */
    public List<SafetyActionPlan> identifiedBetween(Optional<Set<UUID>> visibleHomes, UUID careHomeId, LocalDate from,
            LocalDate to) {
        QueryFilter filter = QueryFilter.scopedTo("careHomeId", visibleHomes).equal("careHomeId", careHomeId)
                .atLeast("identifiedOn", from).atMost("identifiedOn", to);
        return list(filter.where(), Sort.ascending("identifiedOn").and("id"), filter.parameters());
    }
}
