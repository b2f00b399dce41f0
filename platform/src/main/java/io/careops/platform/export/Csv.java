package io.careops.platform.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * CSV as RFC 4180 writes it (comma, CRLF, fields with a comma, quote or line break in quotes),
 * safe to open in a spreadsheet: a cell that a spreadsheet would run as a formula (starting with
 * {@code = + - @}, a tab or a carriage return) is prefixed with an apostrophe.
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";

    private Csv() {
    }

    /** Writes one line; {@code null} cells are empty. */
    public static void line(Appendable out, List<?> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(escape(cells.get(i) == null ? "" : cells.get(i).toString()));
            }
            out.append("\r\n");
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    public static String escape(String cell) {
        String value = cell;
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            value = '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
