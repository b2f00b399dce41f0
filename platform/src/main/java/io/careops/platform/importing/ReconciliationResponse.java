package io.careops.platform.importing;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The CareOps side of a legacy import's reconciliation: figures per home over the records that
 * carry a legacy key, for the importer to set against the export's own figures.
 */
@Schema(name = "ReconciliationResponse")
public record ReconciliationResponse(
        @Schema(nullable = true, description = "The day the figures are for; null: today") LocalDate asOf, List<Figure> figures) {

    @Schema(name = "ReconciliationFigure")
    public record Figure(UUID careHomeId, @Schema(examples = "shifts") String what,
            @Schema(examples = "REGULAR/SCHEDULED open") String key, double value) {
    }

    /** Runs {@code sql} (columns: care home id, key, value) and names the figures {@code what}. */
    public static List<Figure> figures(EntityManager entityManager, String what, String sql, LocalDate asOf) {
        var query = entityManager.createNativeQuery(sql);
        if (sql.contains(":asOf")) {
            query.setParameter("asOf", asOf);
        }
        List<Figure> figures = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            figures.add(new Figure((UUID) columns[0], what, (String) columns[1], ((Number) columns[2]).doubleValue()));
        }
        return figures;
    }
}
