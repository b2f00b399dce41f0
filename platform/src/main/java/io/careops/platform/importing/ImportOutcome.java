package io.careops.platform.importing;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What became of one legacy record in an import batch. */
@Schema(name = "ImportOutcome")
public record ImportOutcome(
        @Schema(examples = "scheduling.shift") String legacyModel,
        @Schema(examples = "1042") String legacyPk,
        Result result,
        @Schema(nullable = true, description = "The CareOps record; null when skipped") UUID id,
        @Schema(nullable = true, description = "Entity code where the record is a catalogue entry keyed by code (roles)") String code,
        @Schema(nullable = true, description = "A business reference given to the record (incident or plan reference)") String reference,
        @Schema(nullable = true, description = "Why the record was skipped; null otherwise") String reason,
        @Schema(description = "Import findings: what today's rules would refuse, or what had to be derived") List<String> findings) {

    public enum Result {
        CREATED, UPDATED, UNCHANGED, SKIPPED
    }

    public static ImportOutcome skipped(String model, String pk, String reason) {
        return new ImportOutcome(model, pk, Result.SKIPPED, null, null, null, reason, List.of());
    }
}
