package io.careops.scheduling.export.api;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.careops.platform.export.Csv;
import io.careops.scheduling.export.service.RotaExportService.Line;
import io.careops.scheduling.export.service.RotaExportService.Rota;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The rota as the files people use: CSV for any tool, an Excel workbook (Apache POI's streaming
 * SXSSF writer, which keeps a window of rows in memory and the rest on disk), and a printable A4
 * landscape PDF (OpenPDF). The three hold the same lines in the same order.
 */
final class RotaFiles {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PDF = "application/pdf";

    static final List<String> HEADER = List.of("date", "unit", "start", "end", "shiftType", "staffNumber", "worker", "role",
            "classification", "overtime", "status", "unpaidBreakMinutes", "paidHours");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

    private RotaFiles() {
    }

    private static List<Object> cells(Line line) {
        return Arrays.asList(line.date(), line.unit(), line.start(), line.end(), line.shiftType(), line.staffNumber(),
                line.open() ? "OPEN" : line.worker(), line.role(), line.classification(), line.overtime(), line.status(),
                line.unpaidBreakMinutes(), line.paidHours());
    }

    static void csv(Rota rota, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        Csv.line(writer, HEADER);
        for (Line line : rota.lines()) {
            Csv.line(writer, cells(line));
        }
        writer.flush();
    }

    static void xlsx(Rota rota, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet("Rota");
            CellStyle bold = workbook.createCellStyle();
            org.apache.poi.ss.usermodel.Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(rota.careHome() + (rota.unit() == null ? "" : " - " + rota.unit()) + ": rota "
                    + rota.from() + " to " + rota.to());
            title.getCell(0).setCellStyle(bold);
            Row header = sheet.createRow(2);
            for (int c = 0; c < HEADER.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(HEADER.get(c));
                cell.setCellStyle(bold);
            }
            int r = 3;
            for (Line line : rota.lines()) {
                Row row = sheet.createRow(r++);
                List<Object> values = cells(line);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    Cell cell = row.createCell(c);
                    if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof Boolean flag) {
                        cell.setCellValue(flag);
                    } else if (value != null) {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            Row total = sheet.createRow(r + 1);
            total.createCell(0).setCellValue("Total paid hours");
            total.createCell(HEADER.size() - 1).setCellValue(rota.paidHours().doubleValue());
            workbook.write(out);
        }
    }

    static void pdf(Rota rota, OutputStream out) {
        Document document = new Document(PageSize.A4.rotate(), 24, 24, 24, 24);
        PdfWriter.getInstance(document, out);
        document.open();
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
        Font small = FontFactory.getFont(FontFactory.HELVETICA, 8);
        Font smallBold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
        document.add(new Paragraph(rota.careHome() + (rota.unit() == null ? "" : " - " + rota.unit()) + ": rota "
                + rota.from() + " to " + rota.to(), heading));
        document.add(new Paragraph(rota.lines().size() + " shifts, " + rota.openShifts() + " open, "
                + rota.paidHours().toPlainString() + " paid hours", small));
        List<String> columns = List.of("Unit", "Start", "End", "Type", "Staff no.", "Worker", "Role", "Cover", "Status",
                "Paid h");
        float[] widths = {12, 5, 5, 10, 6, 16, 5, 8, 8, 5};
        LocalDate day = null;
        PdfPTable table = null;
        for (Line line : rota.lines()) {
            if (!line.date().equals(day)) {
                if (table != null) {
                    document.add(table);
                }
                day = line.date();
                document.add(new Paragraph(DAY.format(day), smallBold));
                table = new PdfPTable(widths);
                table.setWidthPercentage(100);
                table.setSpacingBefore(2);
                table.setSpacingAfter(6);
                table.setHeaderRows(1);
                for (String column : columns) {
                    table.addCell(cell(column, smallBold));
                }
            }
            List<String> values = new ArrayList<>(Arrays.asList(line.unit(), line.start().toString(), line.end().toString(),
                    line.shiftType(), line.staffNumber(), line.open() ? "OPEN" : line.worker(), line.role(),
                    line.classification() + (line.overtime() ? " (overtime)" : ""), line.status(),
                    line.paidHours().toPlainString()));
            for (String value : values) {
                table.addCell(cell(value == null ? "" : value, small));
            }
        }
        if (table != null) {
            document.add(table);
        }
        document.close();
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(2);
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        return cell;
    }
}
