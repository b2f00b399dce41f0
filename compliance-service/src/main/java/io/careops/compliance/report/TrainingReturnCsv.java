package io.careops.compliance.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The return as CSV (RFC 4180): one line per staff member, two columns (status, expiry) per
 * type; N/A where the type is not mandatory for the role. Cells a spreadsheet would run as a
 * formula are prefixed with an apostrophe.
 */
final class TrainingReturnCsv {

    private TrainingReturnCsv() {
    }

    static String of(TrainingReturn report) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("staffNumber", "name", "role", "employmentStart"));
        for (String type : report.types()) {
            header.add(type + " status");
            header.add(type + " expiry");
        }
        header.add("SSSC registration due");
        header.add("SSSC registration overdue");
        line(csv, header);
        for (TrainingReturn.Row row : report.staff()) {
            List<String> cells = new ArrayList<>(List.of(text(row.staffNumber()), text(row.name()), text(row.roleCode()),
                    text(row.employmentStart())));
            for (String type : report.types()) {
                TrainingReturn.Entry entry = row.mandatory().stream().filter(e -> e.typeCode().equals(type)).findFirst()
                        .orElse(null);
                cells.add(entry == null ? "N/A" : entry.status());
                cells.add(entry == null ? "" : text(entry.expiryDate()));
            }
            cells.add(text(row.ssscRegistrationDue()));
            cells.add(row.ssscRegistrationOverdue() == null ? "" : row.ssscRegistrationOverdue().toString());
            line(csv, cells);
        }
        return csv.toString();
    }

    private static String text(Object value) {
        return value == null ? "" : value instanceof LocalDate date ? date.toString() : value.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        io.careops.platform.export.Csv.line(csv, cells);
    }
}
