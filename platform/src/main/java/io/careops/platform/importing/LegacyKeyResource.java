package io.careops.platform.importing;

import io.careops.platform.paging.Page;
import io.careops.platform.paging.PageRequest;
import io.careops.platform.problem.Problem;
import io.careops.platform.problem.ProblemException;
import io.careops.platform.security.CareHomeAccess;
import io.careops.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Legacy keys, in every service that imports legacy records: an integrator looks a record up by
 * its legacy model and pk, or by a legacy reference (INC-, CAPA-, HSAP-, SAP-); an administrator
 * lists the import findings. Records of homes outside the caller's token answer 404.
 */
@Path("/import")
@Tag(name = "Legacy import")
@Produces(MediaType.APPLICATION_JSON)
public class LegacyKeyResource {

    private static final String COLUMNS = """
            legacy_model, legacy_pk, entity_type, entity_id, entity_code, care_home_id, legacy_reference, reference,
            findings, first_imported_at, last_imported_at""";

    private final EntityManager entityManager;
    private final CareHomeAccess access;

    public LegacyKeyResource(EntityManager entityManager, CareHomeAccess access) {
        this.entityManager = entityManager;
        this.access = access;
    }

    @GET
    @Path("/legacy-keys/{model}/{pk}")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.INSPECTOR})
    @Operation(operationId = "getLegacyKey", summary = "The CareOps record imported from a legacy record (model and pk)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LegacyKeyResponse.class)))
    @APIResponse(responseCode = "404", description = "Never imported, or of a home outside the token",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public LegacyKeyResponse get(@PathParam("model") String model, @PathParam("pk") String pk) {
        List<?> rows = entityManager.createNativeQuery("SELECT " + COLUMNS + " FROM legacy_key WHERE legacy_model = :model AND legacy_pk = :pk")
                .setParameter("model", model).setParameter("pk", pk).getResultList();
        return visible(rows, model + "/" + pk);
    }

    @GET
    @Path("/legacy-references/{reference}")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.INSPECTOR})
    @Operation(operationId = "resolveLegacyReference",
            summary = "The record a legacy reference (INC-, CAPA-, HSAP- or SAP-YYYY-NNN) resolves to")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LegacyKeyResponse.class)))
    @APIResponse(responseCode = "404", description = "No imported record carries that legacy reference",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public LegacyKeyResponse resolve(@PathParam("reference") String reference) {
        List<?> rows = entityManager.createNativeQuery("SELECT " + COLUMNS + " FROM legacy_key WHERE legacy_reference = :reference")
                .setParameter("reference", reference).getResultList();
        return visible(rows, reference);
    }

    @GET
    @Path("/legacy-keys")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.INSPECTOR})
    @Operation(operationId = "listLegacyKeys",
            summary = "Imported records, by legacy model and pk; flagged=true lists only those with import findings")
    @APIResponse(responseCode = "200", description = "A page of legacy keys")
    public Page<LegacyKeyResponse> list(@BeanParam @Valid PageRequest page, @QueryParam("model") String model,
            @QueryParam("flagged") @DefaultValue("false") boolean flagged) {
        Optional<Set<UUID>> homes = access.restriction();
        StringBuilder where = new StringBuilder(" WHERE true");
        if (model != null) {
            where.append(" AND legacy_model = :model");
        }
        if (flagged) {
            where.append(" AND cardinality(findings) > 0");
        }
        if (homes.isPresent()) {
            where.append(" AND care_home_id = ANY (CAST(:homes AS uuid[]))");
        }
        Query count = entityManager.createNativeQuery("SELECT count(*) FROM legacy_key" + where);
        Query select = entityManager.createNativeQuery("SELECT " + COLUMNS + " FROM legacy_key" + where
                + " ORDER BY legacy_model, legacy_pk LIMIT :limit OFFSET :offset");
        for (Query query : List.of(count, select)) {
            if (model != null) {
                query.setParameter("model", model);
            }
            homes.ifPresent(h -> query.setParameter("homes", h.stream().map(UUID::toString).toArray(String[]::new)));
        }
        long total = ((Number) count.getSingleResult()).longValue();
        List<LegacyKeyResponse> items = select.setParameter("limit", page.size())
                .setParameter("offset", (long) page.page() * page.size()).getResultList().stream()
                .map(row -> of((Object[]) row)).toList();
        return new Page<>(items, page.page(), page.size(), total, (int) ((total + page.size() - 1) / page.size()));
    }

    private LegacyKeyResponse visible(List<?> rows, String what) {
        if (rows.isEmpty()) {
            throw ProblemException.notFound("Legacy record", what);
        }
        LegacyKeyResponse key = of((Object[]) rows.get(0));
        if (key.careHomeId() != null && !access.canSee(key.careHomeId())) {
            throw ProblemException.notFound("Legacy record", what);
        }
        if (key.careHomeId() == null && access.restriction().isPresent() && key.id() != null
                && !"shift-type".equals(key.entityType()) && !"agency-company".equals(key.entityType())) {
            throw ProblemException.notFound("Legacy record", what);
        }
        return key;
    }

    private static LegacyKeyResponse of(Object[] row) {
        Object findings = row[8];
        List<String> list = findings instanceof String[] array ? Arrays.asList(array) : List.of();
        return new LegacyKeyResponse((String) row[0], (String) row[1], (String) row[2], (UUID) row[3], (String) row[4],
                (UUID) row[5], (String) row[6], (String) row[7], list, instant(row[9]), instant(row[10]));
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return null;
    }
}
