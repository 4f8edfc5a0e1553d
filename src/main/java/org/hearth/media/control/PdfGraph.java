package org.hearth.media.control;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.hearth.shared.UnsupportedMediaException;

/**
 * Opens a PDF with bounded memory (read from the file, streams cached in temporary files, never
 * the heap) and visits every dictionary a reader could reach from its trailer, so a script or an
 * attachment is found wherever it hangs: catalog, pages, annotations, form fields, action chains.
 */
final class PdfGraph {

    /** More objects than any document Hearth should take; beyond it the file is refused, not walked forever. */
    private static final int MAX_OBJECTS = 2_000_000;

    private PdfGraph() {
    }

    static PDDocument open(Path file) {
        try {
            PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(file), "", null, null,
                    IOUtils.createTempFileOnlyStreamCache());
            if (document.isEncrypted()) {
                document.close();
                throw encrypted();
            }
            return document;
        } catch (InvalidPasswordException e) {
            throw encrypted();
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnsupportedMediaException refused) {
                throw refused;
            }
            throw new UnsupportedMediaException("unreadable", "The PDF cannot be read: " + e.getMessage());
        }
    }

    static void forEachDictionary(PDDocument document, Consumer<COSDictionary> visitor) {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> pending = new ArrayDeque<>();
        pending.push(document.getDocument().getTrailer());
        while (!pending.isEmpty()) {
            COSBase next = pending.pop();
            if (next instanceof COSObject reference) {
                next = reference.getObject();
            }
            if (next == null || !seen.add(next)) {
                continue;
            }
            if (seen.size() > MAX_OBJECTS) {
                throw new UnsupportedMediaException("unreadable", "The PDF has more than " + MAX_OBJECTS + " objects.");
            }
            if (next instanceof COSDictionary dictionary) {
                visitor.accept(dictionary);
                dictionary.getValues().forEach(pending::push);
            } else if (next instanceof COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    pending.push(array.get(i));
                }
            }
        }
    }

    private static UnsupportedMediaException encrypted() {
        return new UnsupportedMediaException("unreadable",
                "The PDF is encrypted or password-protected, so it cannot be checked; upload an unprotected copy.");
    }
}
