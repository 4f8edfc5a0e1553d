package org.hearth.media.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.hearth.media.entity.MediaKind;
import org.hearth.shared.PayloadTooLargeException;
import org.hearth.shared.UnsupportedMediaException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaInspectorTest {

    private static final long FORTY_MEGAPIXELS = 40_000_000L;

    @TempDir
    Path dir;

    private final MediaInspector inspector = new MediaInspector(FORTY_MEGAPIXELS);

    @Test
    void imagesAreTypedFromTheirBytesWithTheirSize() throws IOException {
        assertEquals(new Inspection("image/jpeg", MediaKind.IMAGE, 64, 48),
                inspector.inspect(file("a.jpg", Samples.jpeg(64, 48)), "a.jpg", "image/jpeg"));
        assertEquals(new Inspection("image/png", MediaKind.IMAGE, 64, 48),
                inspector.inspect(file("a.png", Samples.png(64, 48)), "a.png", "image/png"));
        assertEquals(new Inspection("image/gif", MediaKind.IMAGE, 64, 48), inspector.inspect(file("a.gif",
                Samples.encode(Samples.picture(64, 48, BufferedImage.TYPE_BYTE_INDEXED), "gif")), "a.gif", "image/gif"));
        assertEquals(new Inspection("image/webp", MediaKind.IMAGE, 32, 24),
                inspector.inspect(file("a.webp", Samples.WEBP), "a.webp", "image/webp"));
    }

    @Test
    void aliasesOfNamesAndTypesAreForgiven() throws IOException {
        Path jpeg = file("a", Samples.jpeg(8, 8));
        for (String name : new String[] {"Photo.JPEG", "photo.jpe", "photo.jfif", "no-extension", "scan.001", null}) {
            assertEquals("image/jpeg", inspector.inspect(jpeg, name, "image/jpg").mediaType());
        }
        assertEquals("image/jpeg", inspector.inspect(jpeg, "a.jpg", "application/octet-stream").mediaType());
        assertEquals("image/jpeg", inspector.inspect(jpeg, "a.jpg", " ").mediaType());
    }

    @Test
    void aTurnedJpegReportsItsShownSize() throws IOException {
        Inspection inspection = inspector.inspect(file("t.jpg", Samples.jpegWithOrientation(64, 32, 6)), "t.jpg", null);
        assertEquals(32, inspection.width());
        assertEquals(64, inspection.height());
    }

    @Test
    void pngBytesNamedAsJpegAreAMismatch() throws IOException {
        Path png = file("photo.jpg", Samples.png(8, 8));
        assertEquals("type-mismatch", refusal(png, "photo.jpg", "image/jpeg"));
        assertEquals("type-mismatch", refusal(png, "photo.png", "image/jpeg"));
        assertEquals("type-mismatch", refusal(png, "photo.exe", null));
    }

    @Test
    void htmlNamedAsPngIsRefused() throws IOException {
        Path html = file("x.png", "<!DOCTYPE html><html><head><script>alert(1)</script></head><body>hi</body></html>"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals("unsupported-type", refusal(html, "x.png", "image/png"));
    }

    @Test
    void svgIsRefusedAndTheMessageSaysSo() throws IOException {
        Path svg = file("x.svg", ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\">"
                + "<script>alert(document.cookie)</script></svg>").getBytes(StandardCharsets.UTF_8));
        UnsupportedMediaException e = assertThrows(UnsupportedMediaException.class,
                () -> inspector.inspect(svg, "logo.png", "image/png"));
        assertEquals("svg-refused", e.code());
        assertTrue(e.getMessage().contains("SVG"));
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        assertEquals("empty", refusal(file("e.jpg", new byte[0]), "e.jpg", "image/jpeg"));
    }

    @Test
    void cutShortImagesAreRefused() throws IOException {
        byte[] jpeg = Samples.jpeg(200, 150);
        assertEquals("truncated", refusal(file("no-eoi.jpg", Samples.slice(jpeg, 0, jpeg.length - 2)), "a.jpg", null));
        assertEquals("truncated", refusal(file("cut.jpg", Samples.slice(jpeg, 0, jpeg.length / 2)), "a.jpg", null));
        byte[] png = Samples.png(200, 150);
        assertEquals("truncated", refusal(file("no-iend.png", Samples.slice(png, 0, png.length - 12)), "a.png", null));
        assertEquals("truncated", refusal(file("cut.webp", Samples.slice(Samples.WEBP, 0, 200)), "a.webp", null));
    }

    @Test
    void anImageWithAnUnreadableHeaderIsRefused() throws IOException {
        byte[] png = Samples.pngDeclaring(0, 10); // a zero width is no image
        assertEquals("unreadable", refusal(file("zero.png", png), "a.png", null));
    }

    @Test
    void aPixelFloodIsRefusedFromItsHeaderInMilliseconds() throws IOException {
        Path flood = file("flood.png", Samples.pngDeclaring(50_000, 50_000));
        assertTrue(Files.size(flood) < 1024);
        assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertThrows(PayloadTooLargeException.class, () -> inspector.inspect(flood, "flood.png", null)));
    }

    @Test
    void oneMorePixelThanTheLimitIsTooMany() throws IOException {
        Path png = file("a.png", Samples.png(10, 10));
        assertEquals(10, new MediaInspector(100).inspect(png, "a.png", null).width());
        assertThrows(PayloadTooLargeException.class, () -> new MediaInspector(99).inspect(png, "a.png", null));
    }

    @Test
    void otherTypesAreRefusedNamingWhatWasFound() throws IOException {
        UnsupportedMediaException e = assertThrows(UnsupportedMediaException.class, () -> inspector.inspect(
                file("a.zip", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}), "a.zip",
                null));
        assertEquals("unsupported-type", e.code());
        assertEquals("unsupported-type", refusal(file("x.exe", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4}),
                "x.exe", null));
    }

    private String refusal(Path file, String name, String claimed) {
        return assertThrows(UnsupportedMediaException.class, () -> inspector.inspect(file, name, claimed)).code();
    }

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}
