package org.hearth.media.control;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Writes a copy of a PDF without its document information dictionary (author, creator tool,
 * dates) and without XMP metadata on the document, its pages or its images, nor applications'
 * private data. Saving rewrites the file from what is reachable, so earlier incremental
 * revisions, which may still hold the old author, are left behind too. Images inside the PDF
 * are not re-encoded: a photograph's own EXIF survives in its image stream.
 */
public final class PdfCleaner {

    private PdfCleaner() {
    }

    public static void clean(Path source, Path target) throws IOException {
        try (PDDocument document = PdfGraph.open(source)) {
            document.getDocument().getTrailer().removeItem(COSName.INFO);
            PdfGraph.forEachDictionary(document, dictionary -> {
                dictionary.removeItem(COSName.METADATA);
                dictionary.removeItem(COSName.PIECE_INFO);
            });
            document.save(target.toFile());
        }
    }
}
