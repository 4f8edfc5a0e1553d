package org.hearth.media.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageRenditionsTest {

    private static final long LIMIT = 40_000_000L;

    @TempDir
    Path dir;

    private final MediaInspector inspector = new MediaInspector(LIMIT);
    private final ImageRenditions renditions = new ImageRenditions(LIMIT);

    @Test
    void noByteOfAJpegsMetadataReachesAnyRendition() throws IOException {
        Path source = Files.write(dir.resolve("camera.jpg"), Samples.jpegWithEverything(640, 480, 1));
        byte[] original = Files.readAllBytes(source);
        List<byte[]> secrets = new ArrayList<>(jpegSecrets());
        secrets.forEach(secret -> assertTrue(Samples.contains(original, secret), "the sample carries what we look for"));
        // The same coordinates as a little-endian ("II") EXIF block would hold them.
        secrets.add(Samples.littleEndian(Samples.rationals(Samples.LATITUDE)));
        secrets.add(Samples.littleEndian(Samples.rationals(Samples.LONGITUDE)));

        List<RenditionFile> files = render(source, "camera.jpg");
        assertEquals(List.of("w480", "full"), files.stream().map(RenditionFile::name).toList());
        for (RenditionFile file : files) {
            byte[] bytes = Files.readAllBytes(file.file());
            assertEquals("image/jpeg", file.mediaType());
            for (byte[] secret : secrets) {
                assertFalse(Samples.contains(bytes, secret), file.name() + " still holds " + new String(secret,
                        StandardCharsets.ISO_8859_1));
            }
        }
    }

    @Test
    void noTextChunkOfAPngReachesAnyRendition() throws IOException {
        Path source = Files.write(dir.resolve("drawing.png"), Samples.pngWithText(640, 480));
        List<byte[]> secrets = List.of(Samples.ascii("tEXt"), Samples.ascii("iTXt"), Samples.ascii("eXIf"),
                Samples.ascii(Samples.PNG_TEXT_SECRET), Samples.ascii(Samples.PNG_ITXT_SECRET),
                Samples.rationals(Samples.LATITUDE), Samples.ascii(Samples.SERIAL));
        byte[] original = Files.readAllBytes(source);
        secrets.forEach(secret -> assertTrue(Samples.contains(original, secret)));

        for (RenditionFile file : render(source, "drawing.png")) {
            byte[] bytes = Files.readAllBytes(file.file());
            assertEquals("image/png", file.mediaType());
            secrets.forEach(secret -> assertFalse(Samples.contains(bytes, secret), file.name()));
        }
    }

    @Test
    void theExifOrientationIsAppliedBeforeItIsDropped() throws IOException {
        Path source = Files.write(dir.resolve("turned.jpg"), Samples.jpegWithOrientation(64, 32, 6));
        RenditionFile full = render(source, "turned.jpg").get(0);
        assertEquals("full", full.name());
        BufferedImage shown = ImageIO.read(full.file().toFile());
        assertEquals(32, shown.getWidth());
        assertEquals(64, shown.getHeight());
        // The red corner was top-left as stored; a quarter turn clockwise puts it top-right.
        assertTrue(isRed(shown.getRGB(shown.getWidth() - 3, 3)), "top-right is red");
        assertFalse(isRed(shown.getRGB(2, 2)), "top-left is not");
    }

    @Test
    void aLargePhotoGetsEveryWidthAndAFullCappedAt2400() throws IOException {
        Path source = Files.write(dir.resolve("big.jpg"), Samples.jpeg(4000, 3000));
        Map<String, RenditionFile> byName = render(source, "big.jpg").stream()
                .collect(Collectors.toMap(RenditionFile::name, r -> r));
        assertEquals(List.of(480, 360), size(byName.get("w480")));
        assertEquals(List.of(960, 720), size(byName.get("w960")));
        assertEquals(List.of(1600, 1200), size(byName.get("w1600")));
        assertEquals(List.of(2400, 1800), size(byName.get("full")));
        assertEquals(4, byName.size());
        for (RenditionFile file : byName.values()) {
            BufferedImage written = ImageIO.read(file.file().toFile());
            assertEquals(List.of(file.width(), file.height()), List.of(written.getWidth(), written.getHeight()));
            assertEquals(Files.size(file.file()), file.bytes());
        }
    }

    @Test
    void aSmallPhotoGetsOnlyNarrowerWidths() throws IOException {
        Path source = Files.write(dir.resolve("small.jpg"), Samples.jpeg(640, 480));
        List<RenditionFile> files = render(source, "small.jpg");
        assertEquals(List.of("w480", "full"), files.stream().map(RenditionFile::name).toList());
        assertEquals(List.of(480, 360), size(files.get(0)));
        assertEquals(List.of(640, 480), size(files.get(1)));
    }

    @Test
    void aVeryWideImageIsSubsampledOnReadAndStillGetsItsWidths() throws IOException {
        Path source = Files.write(dir.resolve("panorama.png"), Samples.png(6000, 100)); // read at 3000 × 50
        List<RenditionFile> files = render(source, "panorama.png");
        assertEquals(List.of("w480", "w960", "w1600", "full"), files.stream().map(RenditionFile::name).toList());
        assertEquals(List.of(2400, 40), size(files.get(3)));
        assertEquals(List.of(480, 8), size(files.get(0)));
    }

    @Test
    void webpAndGifAreRead() throws IOException {
        Path webp = Files.write(dir.resolve("a.webp"), Samples.WEBP);
        RenditionFile fromWebp = render(webp, "a.webp").get(0);
        assertEquals("image/jpeg", fromWebp.mediaType());
        assertEquals(List.of(32, 24), size(fromWebp));

        Path gif = Files.write(dir.resolve("a.gif"),
                Samples.encode(Samples.picture(600, 400, BufferedImage.TYPE_BYTE_INDEXED), "gif"));
        List<RenditionFile> fromGif = render(gif, "a.gif");
        assertEquals(List.of("w480", "full"), fromGif.stream().map(RenditionFile::name).toList());
        assertEquals("image/png", fromGif.get(0).mediaType());
        assertEquals(List.of(480, 320), size(fromGif.get(0)));
    }

    @Test
    void transparencyIsKeptAsPng() throws IOException {
        Path source = Files.write(dir.resolve("logo.png"),
                Samples.encode(Samples.picture(100, 50, BufferedImage.TYPE_INT_ARGB), "png"));
        RenditionFile full = render(source, "logo.png").get(0);
        assertEquals("image/png", full.mediaType());
        assertTrue(ImageIO.read(full.file().toFile()).getColorModel().hasAlpha());
    }

    @Test
    void aCmykJpegComesOutAsRgb() throws IOException {
        Path source = Files.write(dir.resolve("print.jpg"), Samples.cmykJpeg(120, 80));
        RenditionFile full = render(source, "print.jpg").get(0);
        BufferedImage written = ImageIO.read(full.file().toFile());
        assertEquals(List.of(120, 80), List.of(written.getWidth(), written.getHeight()));
        assertEquals("image/jpeg", full.mediaType(), "" + written.getColorModel());
        assertEquals(3, written.getColorModel().getNumComponents(), "" + written.getColorModel());
    }

    private List<RenditionFile> render(Path source, String name) throws IOException {
        Path out = Files.createDirectories(dir.resolve("out-" + name));
        return renditions.render(source, inspector.inspect(source, name, null), out);
    }

    private static List<byte[]> jpegSecrets() {
        byte[] latitude = Samples.rationals(Samples.LATITUDE);
        byte[] longitude = Samples.rationals(Samples.LONGITUDE);
        return List.of(Samples.ascii("Exif\0\0"), Samples.ascii(Samples.SERIAL), latitude, longitude,
                Samples.ascii(Samples.THUMB_COMMENT),
                Samples.ascii(Samples.MAKER_NOTE), Samples.ascii("http://ns.adobe.com/xap"),
                Samples.ascii(Samples.XMP_SECRET), Samples.ascii("Photoshop 3.0"), Samples.ascii("8BIM"),
                Samples.ascii(Samples.IPTC_SECRET));
    }

    private static List<Integer> size(RenditionFile file) {
        return List.of(file.width(), file.height());
    }

    private static boolean isRed(int rgb) {
        return ((rgb >> 16) & 0xFF) > 200 && ((rgb >> 8) & 0xFF) < 80 && (rgb & 0xFF) < 80;
    }
}
