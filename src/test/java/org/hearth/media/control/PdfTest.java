package org.hearth.media.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.hearth.media.entity.MediaKind;
import org.hearth.shared.UnsupportedMediaException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfTest {

    @TempDir
    Path dir;

    private final MediaInspector inspector = new MediaInspector(40_000_000L);

    @Test
    void aPlainPdfIsADocument() throws IOException {
        Path pdf = save("plain.pdf", document -> { });
        assertEquals(new Inspection("application/pdf", MediaKind.DOCUMENT, 0, 0), inspector.inspect(pdf, "plain.pdf",
                "application/pdf"));
    }

    @Test
    void theCleanCopyHasNoAuthorNorXmp() throws IOException {
        Path pdf = save("signed.pdf", document -> {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setAuthor("Jane Secret");
            info.setCreator("Jane Secret's laptop");
            info.setCreationDate(Calendar.getInstance());
            document.getDocumentCatalog().setMetadata(new PDMetadata(document,
                    new ByteArrayInputStream("<x:xmpmeta><dc:creator>Jane Secret</dc:creator></x:xmpmeta>"
                            .getBytes(StandardCharsets.UTF_8))));
        });
        assertTrue(Samples.contains(Files.readAllBytes(pdf), Samples.ascii("Jane Secret")));

        Path clean = dir.resolve("clean.pdf");
        PdfCleaner.clean(pdf, clean);

        assertFalse(Samples.contains(Files.readAllBytes(clean), Samples.ascii("Jane Secret")));
        try (PDDocument document = Loader.loadPDF(clean.toFile())) {
            assertEquals(1, document.getNumberOfPages());
            assertNull(document.getDocumentInformation().getAuthor());
            assertNull(document.getDocumentCatalog().getMetadata());
        }
        assertEquals("application/pdf", inspector.inspect(clean, "clean.pdf", null).mediaType());
    }

    @Test
    void anOpenActionScriptIsRefused() throws IOException {
        Path pdf = save("script.pdf", document -> document.getDocumentCatalog()
                .setOpenAction(new PDActionJavaScript("app.alert('hi')")));
        assertEquals("unsafe-pdf", refusal(pdf));
    }

    @Test
    void aNamedScriptIsRefused() throws IOException {
        Path pdf = save("named-script.pdf", document -> {
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
            scripts.setNames(Map.of("init", new PDActionJavaScript("this.print()")));
            names.setJavascript(scripts);
            document.getDocumentCatalog().setNames(names);
        });
        assertEquals("unsafe-pdf", refusal(pdf));
    }

    @Test
    void anEmbeddedFileIsRefused() throws IOException {
        Path pdf = save("attachment.pdf", document -> {
            PDEmbeddedFile data = new PDEmbeddedFile(document, new ByteArrayInputStream("MZ".getBytes(StandardCharsets.US_ASCII)));
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("tool.exe");
            spec.setEmbeddedFile(data);
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(Map.of("tool.exe", spec));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(files);
            document.getDocumentCatalog().setNames(names);
        });
        assertEquals("unsafe-pdf", refusal(pdf));
    }

    @Test
    void aLaunchActionOnALinkIsRefused() throws IOException {
        Path pdf = save("launch.pdf", document -> {
            PDActionLaunch launch = new PDActionLaunch();
            PDComplexFileSpecification target = new PDComplexFileSpecification();
            target.setFile("cmd.exe");
            launch.setFile(target);
            PDAnnotationLink link = new PDAnnotationLink();
            link.setAction(launch);
            document.getPage(0).setAnnotations(List.of(link));
        });
        assertEquals("unsafe-pdf", refusal(pdf));
    }

    @Test
    void anEncryptedPdfIsUnreadable() throws IOException {
        Path pdf = save("locked.pdf", document -> {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
        });
        assertEquals("unreadable", refusal(pdf));
    }

    @Test
    void aBrokenPdfIsUnreadable() throws IOException {
        Path pdf = Files.write(dir.resolve("broken.pdf"), "%PDF-1.7\n%garbage that is no PDF at all\n".getBytes(
                StandardCharsets.US_ASCII));
        assertEquals("unreadable", refusal(pdf));
    }

    private String refusal(Path pdf) {
        return assertThrows(UnsupportedMediaException.class, () -> inspector.inspect(pdf, pdf.getFileName().toString(),
                "application/pdf")).code();
    }

    private Path save(String name, PdfSetup setup) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            setup.apply(document);
            document.save(file.toFile());
        }
        return file;
    }

    @FunctionalInterface
    private interface PdfSetup {
        void apply(PDDocument document) throws IOException;
    }
}
