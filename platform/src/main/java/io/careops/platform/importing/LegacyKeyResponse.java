package io.careops.platform.importing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a legacy record lives in this service, and what the import found about it. */
@Schema(name = "LegacyKey")
public record LegacyKeyResponse(
        @Schema(examples = "scheduling.user") String legacyModel,
        @Schema(examples = "001253") String legacyPk,
        @Schema(examples = "staff") String entityType,
        @Schema(nullable = true) UUID id,
        @Schema(nullable = true) String code,
        @Schema(nullable = true) UUID careHomeId,
        @Schema(nullable = true, description = "The legacy business reference (INC-, CAPA-, HSAP-, SAP-) that resolves to this record") String legacyReference,
        @Schema(nullable = true, description = "The CareOps business reference of the record, where it has one") String reference,
        List<String> findings,
        Instant firstImportedAt,
        Instant lastImportedAt) {
}
