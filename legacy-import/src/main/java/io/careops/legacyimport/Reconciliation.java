package io.careops.legacyimport;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Legacy against CareOps, per home: each figure as the export has it, as the import's mappings
 * say CareOps should have it, and as CareOps has it after the run. The notes explain each
 * difference between legacy and CareOps (a mapping moved records from one key to another, a record
 * was skipped); what the notes cannot explain is reported as unexplained.
 */
final class Reconciliation {

    static final class Line {
        final String home;
        final String what;
        final String key;
        double legacy;
        double expected;
        Double careops;
        final Map<String, Double> notes = new TreeMap<>();

        Line(String home, String what, String key) {
            this.home = home;
            this.what = what;
            this.key = key;
        }

        /** CareOps minus what the mappings and skips predict: zero when every difference is explained. */
        double unexplained() {
            return careops == null ? 0 : round(careops - expected);
        }
    }

    private final Map<String, Line> lines = new TreeMap<>();
    boolean careopsRead;
    String careopsNote;

    private Line line(String home, String what, String key) {
        return lines.computeIfAbsent(home + "\u0000" + what + "\u0000" + key, k -> new Line(home, what, key));
    }

    void legacy(String home, String what, String key, double amount) {
        line(home, what, key).legacy += amount;
    }

    void expected(String home, String what, String key, double amount) {
        line(home, what, key).expected += amount;
    }

    void note(String home, String what, String key, String note, double amount) {
        line(home, what, key).notes.merge(note, amount, Double::sum);
    }

    void careops(String home, String what, String key, double amount) {
        Line line = line(home, what, key);
        line.careops = (line.careops == null ? 0 : line.careops) + amount;
    }

    /** One legacy record: its key in the legacy system and, unless skipped, its key in CareOps. */
    void record(String home, String what, String legacyKey, String careopsKey, double amount, String skipReason) {
        legacy(home, what, legacyKey, amount);
        if (careopsKey == null) {
            note(home, what, legacyKey, "skipped: " + skipReason, amount);
            return;
        }
        expected(home, what, careopsKey, amount);
        if (!careopsKey.equals(legacyKey)) {
            note(home, what, legacyKey, "mapped to " + careopsKey, amount);
            note(home, what, careopsKey, "mapped from " + legacyKey, amount);
        }
    }

    long unexplainedLines() {
        return lines.values().stream().filter(l -> l.unexplained() != 0).count();
    }

    void write(JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeBooleanField("careopsRead", careopsRead);
        if (careopsNote != null) {
            out.writeStringField("note", careopsNote);
        }
        out.writeNumberField("unexplainedDifferences", unexplainedLines());
        out.writeArrayFieldStart("lines");
        for (Line l : lines.values()) {
            out.writeStartObject();
            out.writeStringField("home", l.home);
            out.writeStringField("what", l.what);
            out.writeStringField("key", l.key);
            out.writeNumberField("legacy", round(l.legacy));
            out.writeNumberField("expected", round(l.expected));
            if (l.careops != null) {
                out.writeNumberField("careops", round(l.careops));
            } else {
                out.writeNullField("careops");
            }
            out.writeNumberField("difference", round((l.careops == null ? l.expected : l.careops) - l.legacy));
            out.writeNumberField("unexplained", l.unexplained());
            out.writeObjectFieldStart("explanation");
            for (Map.Entry<String, Double> note : l.notes.entrySet()) {
                out.writeNumberField(note.getKey(), round(note.getValue()));
            }
            out.writeEndObject();
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    String summary() {
        long differing = lines.values().stream().filter(l -> round((l.careops == null ? l.expected : l.careops) - l.legacy) != 0).count();
        long unexplained = unexplainedLines();
        return "  reconciliation: " + lines.size() + " figures over " + lines.values().stream().map(l -> l.home).distinct().count()
                + " homes; " + differing + " differ from the legacy figure, every one explained by a mapping or a skip"
                + (unexplained == 0 ? "" : " EXCEPT " + unexplained + " (see import-report.json, reconciliation.lines[].unexplained)")
                + (careopsRead ? "" : "; CareOps side not read (" + careopsNote + ")") + "\n";
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
