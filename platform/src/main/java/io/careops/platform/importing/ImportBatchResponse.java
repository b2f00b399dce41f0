package io.careops.platform.importing;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to an import batch: one outcome per record, in the order sent, and the tallies. */
@Schema(name = "ImportBatchResponse")
public record ImportBatchResponse(String legacyModel, int created, int updated, int unchanged, int skipped,
        boolean dryRun, List<ImportOutcome> outcomes) {

    public static ImportBatchResponse of(String model, boolean dryRun, List<ImportOutcome> outcomes) {
        int[] counts = new int[ImportOutcome.Result.values().length];
        outcomes.forEach(o -> counts[o.result().ordinal()]++);
        return new ImportBatchResponse(model, counts[0], counts[1], counts[2], counts[3], dryRun, outcomes);
    }
}
