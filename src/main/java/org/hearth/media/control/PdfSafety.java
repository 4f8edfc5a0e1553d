package org.hearth.media.control;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.hearth.shared.UnsupportedMediaException;

/**
 * Refuses a PDF that can do more than show pages: JavaScript (name tree, open action, page,
 * annotation and field actions, action chains), launch actions, embedded or attached files,
 * XFA forms (which carry their own scripts) and rich media. A reader of a campaign document
 * may be at risk; nothing in it should run or unpack.
 */
final class PdfSafety {

    private static final COSName JS = COSName.getPDFName("JS");
    private static final COSName XFA = COSName.getPDFName("XFA");
    private static final COSName LAUNCH = COSName.getPDFName("Launch");
    private static final COSName FILE_ATTACHMENT = COSName.getPDFName("FileAttachment");
    private static final COSName RICH_MEDIA = COSName.getPDFName("RichMedia");

    private PdfSafety() {
    }

    static void requireSafe(Path file) {
        Set<String> found = new TreeSet<>();
        try (PDDocument document = PdfGraph.open(file)) {
            PdfGraph.forEachDictionary(document, dictionary -> found.addAll(risks(dictionary)));
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnsupportedMediaException refused) {
                throw refused;
            }
            throw new UnsupportedMediaException("unreadable", "The PDF cannot be read: " + e.getMessage());
        }
        if (!found.isEmpty()) {
            throw new UnsupportedMediaException("unsafe-pdf", "The PDF carries " + String.join(", ", found)
                    + "; Hearth only takes PDFs that show pages. Export or print it to a plain PDF and upload that.");
        }
    }

    private static Set<String> risks(COSDictionary d) {
        Set<String> risks = new TreeSet<>();
        COSName action = d.getCOSName(COSName.S);
        COSName type = d.getCOSName(COSName.TYPE);
        COSName subtype = d.getCOSName(COSName.SUBTYPE);
        if (COSName.JAVA_SCRIPT.equals(action) || d.containsKey(JS) || d.containsKey(COSName.JAVA_SCRIPT)) {
            risks.add("JavaScript");
        }
        if (LAUNCH.equals(action)) {
            risks.add("a launch action");
        }
        if (d.containsKey(COSName.EMBEDDED_FILES) || d.containsKey(COSName.EF) || COSName.EMBEDDED_FILE.equals(type)) {
            risks.add("embedded files");
        }
        if (FILE_ATTACHMENT.equals(subtype)) {
            risks.add("a file attachment annotation");
        }
        if (d.containsKey(XFA)) {
            risks.add("an XFA form");
        }
        if (RICH_MEDIA.equals(subtype) || RICH_MEDIA.equals(action)) {
            risks.add("rich media");
        }
        return risks;
    }
}
