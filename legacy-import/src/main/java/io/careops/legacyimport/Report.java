package io.careops.legacyimport;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code import-report.json}: for each legacy model {@code total, created, updated, unchanged,
 * skipped[{pk, reason}], flagged[{pk, finding}]} with {@code total = created + updated + unchanged
 * + skipped}, the unknown models counted, the reconciliation per home, and how the run ended.
 */
final class Report {

    record Skip(String pk, String reason) {
    }

    record Flag(String pk, String finding) {
    }

    static final class Tally {
        long created;
        long updated;
        long unchanged;
        final List<Skip> skipped = new ArrayList<>();
        final List<Flag> flagged = new ArrayList<>();

        long total() {
            return created + updated + unchanged + skipped.size();
        }
    }

    final Map<String, Tally> models = new LinkedHashMap<>();
    final Map<String, Long> unknownModels = new TreeMap<>();
    final boolean dryRun;
    final String file;
    String outcome = "RUNNING";
    String message;
    final List<String> errors = new ArrayList<>();
    Reconciliation reconciliation;
    long startedMillis = System.currentTimeMillis();
    long finishedMillis;

    Report(boolean dryRun, String file) {
        this.dryRun = dryRun;
        this.file = file;
        Scan.MODELS.forEach(m -> models.put(m, new Tally()));
    }

    Tally tally(String model) {
        return models.get(model);
    }

    void outcome(String model, String pk, String result, String reason, Iterable<String> findings) {
        Tally tally = models.get(model);
        switch (result) {
            case "CREATED" -> tally.created++;
            case "UPDATED" -> tally.updated++;
            case "UNCHANGED" -> tally.unchanged++;
            case "SKIPPED" -> tally.skipped.add(new Skip(pk, reason));
            default -> throw new IllegalStateException("unknown outcome " + result);
        }
        if (findings != null) {
            for (String finding : findings) {
                tally.flagged.add(new Flag(pk, finding));
            }
        }
    }

    /** Written to a temporary file and moved into place, so a killed run never leaves half a report. */
    void write(Path path, ObjectMapper json) throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, ".import-report", ".json");
        try (JsonGenerator out = json.getFactory().createGenerator(temporary.toFile(), JsonEncoding.UTF8)) {
            out.useDefaultPrettyPrinter();
            out.writeStartObject();
            out.writeStringField("export", file);
            out.writeBooleanField("dryRun", dryRun);
            out.writeStringField("outcome", outcome);
            if (message != null) {
                out.writeStringField("message", message);
            }
            if (!errors.isEmpty()) {
                out.writeArrayFieldStart("errors");
                for (String error : errors) {
                    out.writeString(error);
                }
                out.writeEndArray();
            }
            out.writeNumberField("seconds", Math.round((finishedMillis - startedMillis) / 100.0) / 10.0);
            out.writeObjectFieldStart("models");
            for (Map.Entry<String, Tally> model : models.entrySet()) {
                Tally t = model.getValue();
                out.writeObjectFieldStart(model.getKey());
                out.writeNumberField("total", t.total());
                out.writeNumberField("created", t.created);
                out.writeNumberField("updated", t.updated);
                out.writeNumberField("unchanged", t.unchanged);
                out.writeArrayFieldStart("skipped");
                for (Skip s : t.skipped) {
                    out.writeStartObject();
                    out.writeStringField("pk", s.pk());
                    out.writeStringField("reason", s.reason());
                    out.writeEndObject();
                }
                out.writeEndArray();
                out.writeArrayFieldStart("flagged");
                for (Flag f : t.flagged) {
                    out.writeStartObject();
                    out.writeStringField("pk", f.pk());
                    out.writeStringField("finding", f.finding());
                    out.writeEndObject();
                }
                out.writeEndArray();
                out.writeEndObject();
            }
            out.writeEndObject();
            out.writeObjectFieldStart("unknownModels");
            for (Map.Entry<String, Long> unknown : unknownModels.entrySet()) {
                out.writeNumberField(unknown.getKey(), unknown.getValue());
            }
            out.writeEndObject();
            if (reconciliation != null) {
                out.writeFieldName("reconciliation");
                reconciliation.write(out);
            }
            out.writeEndObject();
        }
        Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    String summary() {
        StringBuilder text = new StringBuilder();
        text.append(dryRun ? "DRY RUN (nothing written): " : "").append("legacy import ").append(outcome.toLowerCase())
                .append(" in ").append(String.format("%.1f", (finishedMillis - startedMillis) / 1000.0)).append(" s\n");
        if (message != null) {
            text.append(message).append('\n');
        }
        errors.stream().limit(20).forEach(e -> text.append("  error: ").append(e).append('\n'));
        text.append(String.format("  %-45s %7s %7s %7s %9s %7s %7s%n", "model", "total", "created", "updated", "unchanged",
                "skipped", "flagged"));
        for (Map.Entry<String, Tally> model : models.entrySet()) {
            Tally t = model.getValue();
            if (t.total() == 0) {
                continue;
            }
            text.append(String.format("  %-45s %7d %7d %7d %9d %7d %7d%n", model.getKey(), t.total(), t.created, t.updated,
                    t.unchanged, t.skipped.size(), t.flagged.size()));
        }
        if (!unknownModels.isEmpty()) {
            text.append("  unknown models, ignored and counted: ").append(unknownModels).append('\n');
        }
        if (reconciliation != null) {
            text.append(reconciliation.summary());
        }
        return text.toString();
    }
}
