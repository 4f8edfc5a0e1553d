package org.hearth.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.hearth.audit.control.CsvWriter;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void plainCellsStayAsTheyAre() {
        assertEquals("story.saved", CsvWriter.cell("story.saved"));
        assertEquals("Infirmière à Montréal", CsvWriter.cell("Infirmière à Montréal"));
        assertEquals("", CsvWriter.cell(null));
        assertEquals("", CsvWriter.cell(""));
    }

    @Test
    void commasQuotesAndLineBreaksAreQuoted() {
        assertEquals("\"a, b\"", CsvWriter.cell("a, b"));
        assertEquals("\"she said \"\"no\"\"\"", CsvWriter.cell("she said \"no\""));
        assertEquals("\"line one\nline two\"", CsvWriter.cell("line one\nline two"));
        assertEquals("\"cr\rhere\"", CsvWriter.cell("cr\rhere"));
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsAFormulaBecomeText() {
        assertEquals("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"", CsvWriter.cell("=HYPERLINK(\"http://evil\",\"x\")"));
        assertEquals("'+1+1", CsvWriter.cell("+1+1"));
        assertEquals("'-2+3", CsvWriter.cell("-2+3"));
        assertEquals("'@SUM(A1)", CsvWriter.cell("@SUM(A1)"));
        assertEquals("'\tx", CsvWriter.cell("\tx"));
        assertEquals("a=b", CsvWriter.cell("a=b"), "only a leading sign is dangerous");
    }

    @Test
    void rowsAreCommaSeparatedAndEndWithCrLf() {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        csv.row(List.of("at", "actor", "detail"));
        csv.row(Arrays.asList("2026-11-30T12:00:00Z", "=cmd", null));
        assertEquals("at,actor,detail\r\n2026-11-30T12:00:00Z,'=cmd,\r\n", out.toString());
    }
}
