package org.hearth.protocol.control;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Lays out a protocol as a printable PDF with PDFBox: headings and wrapped paragraphs on Letter
 * pages, a new page whenever one is full. Helvetica's WinAnsi encoding covers English and French;
 * a character it cannot draw becomes "?" rather than failing the download.
 */
public final class ProtocolPdf {

    /** One block of the document: a heading or a paragraph, in order. */
    public record Block(boolean heading, String text) {

        public static Block heading(String text) {
            return new Block(true, text);
        }

        public static Block paragraph(String text) {
            return new Block(false, text);
        }
    }

    private static final float MARGIN = 56;
    private static final float BODY = 11;
    private static final float TITLE = 18;
    private static final float HEADING = 13;

    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    /** Writes {@code title} and {@code blocks} as a PDF in {@code lang} to {@code out}. */
    public void write(String title, String lang, List<Block> blocks, OutputStream out) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("Hearth");
            pdf.getDocumentCatalog().setLanguage(lang);
            Writer writer = new Writer(pdf);
            writer.lines(title, bold, TITLE);
            writer.space(8);
            for (Block block : blocks) {
                for (String paragraph : block.text().split("\\n\\s*\\n|\\n")) {
                    if (!paragraph.isBlank()) {
                        writer.lines(paragraph.strip(), block.heading() ? bold : regular, block.heading() ? HEADING : BODY);
                    }
                }
                writer.space(block.heading() ? 2 : 6);
            }
            writer.close();
            pdf.save(out);
        }
    }

    /** Keeps the pen's place across pages. */
    private final class Writer {
        private final PDDocument pdf;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument pdf) throws IOException {
            this.pdf = pdf;
            newPage();
        }

        void lines(String text, PDFont font, float size) throws IOException {
            float width = PDRectangle.LETTER.getWidth() - 2 * MARGIN;
            for (String line : wrap(drawable(text, font), font, size, width)) {
                if (y - size * 1.4f < MARGIN) {
                    newPage();
                }
                y -= size * 1.4f;
                stream.beginText();
                stream.setFont(font, size);
                stream.newLineAtOffset(MARGIN, y);
                stream.showText(line);
                stream.endText();
            }
        }

        void space(float points) {
            y -= points;
        }

        void close() throws IOException {
            stream.close();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.LETTER);
            pdf.addPage(page);
            stream = new PDPageContentStream(pdf, page);
            y = PDRectangle.LETTER.getHeight() - MARGIN;
        }
    }

    static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text with every character the font cannot encode replaced by "?". */
    static String drawable(String text, PDFont font) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            String ch = new String(Character.toChars(c));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append(Character.isWhitespace(c) ? " " : "?");
            }
        });
        return out.toString();
    }
}
