package org.hearth.audit.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV as RFC 4180 reads it (comma-separated, CRLF line ends, fields with commas, quotes or
 * line breaks in double quotes, quotes doubled), safe to open in a spreadsheet: a cell that starts
 * with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, so a spreadsheet
 * shows it as text instead of running it as a formula
 * (<a href="https://owasp.org/www-community/attacks/CSV_Injection">OWASP: CSV injection</a>).
 * Audit details hold whatever people typed, so this matters.
 */
public final class CsvWriter {

    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    public void row(List<String> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(cell(cells.get(i)));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One cell, defused and quoted as needed; null is an empty cell. */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = startsLikeAFormula(value) ? "'" + value : value;
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static boolean startsLikeAFormula(String value) {
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
