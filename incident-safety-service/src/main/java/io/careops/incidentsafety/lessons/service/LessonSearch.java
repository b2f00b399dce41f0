package io.careops.incidentsafety.lessons.service;

import io.careops.platform.paging.Page;
import io.careops.platform.paging.PageRequest;
import io.careops.platform.security.CareHomeAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The learning repository: lessons of approved analyses, searched with PostgreSQL full-text
 * search over the stored, GIN-indexed {@code search_vector} (lessons weigh A, root cause B,
 * recommendations C), ranked with {@code ts_rank} and highlighted with {@code ts_headline}.
 * The query is read with {@code websearch_to_tsquery}, so any text a person types is valid.
 */
@ApplicationScoped
public class LessonSearch {

    /** ts_headline marks matches with these; the client renders or strips them. */
    static final String HEADLINE_OPTIONS = "StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MinWords=5, MaxWords=25, FragmentDelimiter=\" … \"";

    public record Lesson(UUID analysisId, UUID incidentId, String incidentReference, String incidentType,
            UUID careHomeId, @Schema(nullable = true) String lessonsLearned, @Schema(nullable = true) String rootCauseSummary, @Schema(nullable = true) String recommendations,
            @Schema(nullable = true) Instant approvedAt, @Schema(nullable = true) Double rank, @Schema(nullable = true) Highlights highlights) {
    }

    /** Fragments with the matching words marked; null without a query. */
    public record Highlights(@Schema(nullable = true) String lessonsLearned, @Schema(nullable = true) String rootCauseSummary, @Schema(nullable = true) String recommendations) {
    }

    private final EntityManager entityManager;
    private final CareHomeAccess access;

    public LessonSearch(EntityManager entityManager, CareHomeAccess access) {
        this.entityManager = entityManager;
        this.access = access;
    }

    /**
     * @param text  what the person typed; blank lists every lesson, newest approval first
     * @param types incident type codes to keep; empty keeps all
     */
    @Transactional
    public Page<Lesson> search(String text, Set<String> types, PageRequest page) {
        boolean ranked = text != null && !text.isBlank();
        StringBuilder where = new StringBuilder(" WHERE a.status = 'APPROVED'");
        Map<String, Object> parameters = new HashMap<>();
        if (ranked) {
            where.append(" AND a.search_vector @@ websearch_to_tsquery('english', :q)");
            parameters.put("q", text.strip());
        }
        access.restriction().ifPresent(homes -> {
            where.append(" AND i.care_home_id IN (:homes)");
            parameters.put("homes", homes.isEmpty() ? Set.of(new UUID(0, 0)) : homes);
        });
        if (!types.isEmpty()) {
            where.append(" AND i.incident_type IN (:types)");
            parameters.put("types", types);
        }
        String from = " FROM root_cause_analysis a JOIN incident i ON i.id = a.incident_id";
        String select = ranked
                ? """
                  SELECT a.id, a.incident_id, i.reference, i.incident_type, i.care_home_id, a.lessons_learned,
                         a.root_cause_summary, a.recommendations, a.reviewed_at,
                         ts_rank(a.search_vector, websearch_to_tsquery('english', :q)) AS rank,
                         ts_headline('english', coalesce(a.lessons_learned, ''), websearch_to_tsquery('english', :q), :options),
                         ts_headline('english', coalesce(a.root_cause_summary, ''), websearch_to_tsquery('english', :q), :options),
                         ts_headline('english', coalesce(a.recommendations, ''), websearch_to_tsquery('english', :q), :options)
                  """
                : """
                  SELECT a.id, a.incident_id, i.reference, i.incident_type, i.care_home_id, a.lessons_learned,
                         a.root_cause_summary, a.recommendations, a.reviewed_at,
                         CAST(NULL AS real), CAST(NULL AS text), CAST(NULL AS text), CAST(NULL AS text)
                  """;
        String order = ranked ? " ORDER BY rank DESC, a.reviewed_at DESC, a.id" : " ORDER BY a.reviewed_at DESC, a.id";
        Query rows = entityManager.createNativeQuery(select + from + where + order);
        parameters.forEach(rows::setParameter);
        if (ranked) {
            rows.setParameter("options", HEADLINE_OPTIONS);
        }
        rows.setFirstResult(page.page() * page.size()).setMaxResults(page.size());
        Query count = entityManager.createNativeQuery("SELECT count(*)" + from + where);
        parameters.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();
        List<Lesson> lessons = new ArrayList<>();
        for (Object row : rows.getResultList()) {
            lessons.add(lesson((Object[]) row));
        }
        return new Page<>(lessons, page.page(), page.size(), total, (int) ((total + page.size() - 1) / page.size()));
    }

    private static Lesson lesson(Object[] row) {
        Highlights highlights = row[10] == null ? null : new Highlights((String) row[10], (String) row[11], (String) row[12]);
        return new Lesson((UUID) row[0], (UUID) row[1], (String) row[2], (String) row[3], (UUID) row[4],
                (String) row[5], (String) row[6], (String) row[7], instant(row[8]),
                row[9] == null ? null : ((Number) row[9]).doubleValue(), highlights);
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
