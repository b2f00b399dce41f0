package io.careops.scheduling.export.api;

import io.careops.platform.export.Csv;
import io.careops.scheduling.report.service.ReportService.AgencyReport;
import io.careops.scheduling.report.service.ReportService.Line;
import io.careops.scheduling.report.service.ReportService.OvertimeReport;
import io.careops.scheduling.report.service.ReportService.PayLine;
import io.careops.scheduling.report.service.ReportService.Payroll;
import io.careops.scheduling.report.service.ReportService.PersonOvertime;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The payroll, overtime and agency figures as CSV (the platform's {@link Csv}), written line by
 * line to the response from what the report service computed: the same figures as the JSON
 * reports, no second calculation.
 */
final class ReportFiles {

    static final String CSV_UTF8 = Csv.MEDIA_TYPE + "; charset=UTF-8";

    static final List<String> PAYROLL_HEADER = List.of("kind", "staffNumber", "name", "role", "agency", "shifts",
            "shiftsWithActualHours", "paidMinutes", "regularMinutes", "overtimeMinutes", "agencyMinutes", "paidHours",
            "hourlyRate", "agencyCost");
    static final List<String> OVERTIME_HEADER = List.of("staffNumber", "name", "overtimeHours", "overtimeShifts",
            "totalHours", "shareOfOvertime", "overtimeCost");
    static final List<String> AGENCY_HEADER = List.of("by", "id", "name", "shifts", "hours", "spend");

    private ReportFiles() {
    }

    static void payroll(Payroll payroll, OutputStream out) throws IOException {
        Writer writer = writer(out);
        Csv.line(writer, PAYROLL_HEADER);
        for (PayLine line : payroll.lines()) {
            Csv.line(writer, Arrays.asList(line.kind(), line.person() == null ? null : line.person().staffNumber(),
                    line.worker(), line.person() == null ? null : line.person().roleCode(), line.agency(), line.shifts(),
                    line.shiftsWithActualHours(), line.paidMinutes(), line.regularMinutes(), line.overtimeMinutes(),
                    line.agencyMinutes(), line.paidHours(), line.hourlyRate(), line.agencyCost()));
        }
        writer.flush();
    }

    static void overtime(OvertimeReport report, OutputStream out) throws IOException {
        Writer writer = writer(out);
        Csv.line(writer, OVERTIME_HEADER);
        for (PersonOvertime row : report.people()) {
            Csv.line(writer, Arrays.asList(row.person().staffNumber(), row.person().fullName(), row.overtimeHours(),
                    row.overtimeShifts(), row.totalHours(), row.shareOfOvertime(), row.overtimeCost()));
        }
        writer.flush();
    }

    static void agency(AgencyReport report, OutputStream out) throws IOException {
        Writer writer = writer(out);
        Csv.line(writer, AGENCY_HEADER);
        for (Line line : report.companies()) {
            Csv.line(writer, Arrays.asList("company", line.id(), line.name(), line.shifts(), line.hours(), line.spend()));
        }
        for (Line line : report.units()) {
            Csv.line(writer, Arrays.asList("unit", line.id(), line.name(), line.shifts(), line.hours(), line.spend()));
        }
        writer.flush();
    }

    static Response download(String fileName, StreamingOutput body) {
        return Response.ok(body, CSV_UTF8).header("Content-Disposition", "attachment; filename=\"" + fileName + ".csv\"")
                .build();
    }

    private static Writer writer(OutputStream out) {
        return new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024);
    }
}
