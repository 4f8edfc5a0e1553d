package org.hearth.media.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;
import org.hearth.media.entity.MediaKind;
import org.hearth.shared.PayloadTooLargeException;
import org.hearth.shared.UnsupportedMediaException;

/**
 * Decides what an upload is from its bytes alone and refuses what Hearth will not take: an
 * empty file, a type outside the list, SVG (it can carry scripts), bytes that disagree with
 * the name or the type the client claimed, an image cut short or with more pixels than the
 * limit (read from the header, before any pixel is allocated), and a PDF that can run or
 * unpack something. The name and the claimed type are only ever compared, never believed.
 */
public final class MediaInspector {

    /** Tika reads at most this much; the container refinements need no more. */
    private static final int HEAD = 64 * 1024;

    // Only the magic-byte detector: tika-core has no parsers, and a resource name is never given to it.
    private static final Detector DETECTOR = new DefaultDetector(MimeTypes.getDefaultMimeTypes());

    private final long maxPixels;

    public MediaInspector(long maxPixels) {
        this.maxPixels = maxPixels;
    }

    public Inspection inspect(Path file, String filename, String claimedType) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        }
        if (head.length == 0) {
            throw new UnsupportedMediaException("empty", "The file is empty (0 bytes).");
        }
        String found = Containers.refine(detect(head), head);
        if (found.equals("image/svg+xml")) {
            throw new UnsupportedMediaException("svg-refused",
                    "SVG images are refused: an SVG can carry scripts. Upload a PNG or JPEG instead.");
        }
        MediaKind kind = MediaTypes.kind(found).orElseThrow(() -> new UnsupportedMediaException("unsupported-type",
                "Hearth does not take this file: its bytes say it is " + found
                        + ". Accepted: JPEG, PNG, WebP, GIF, MP4, WebM, MP3, M4A, Ogg, WAV and PDF."));
        requireAgreement(found, filename, claimedType);
        return switch (kind) {
            case IMAGE -> image(file, found);
            case DOCUMENT -> {
                PdfSafety.requireSafe(file);
                yield new Inspection(found, kind, 0, 0);
            }
            default -> new Inspection(found, kind, 0, 0);
        };
    }

    private static String detect(byte[] head) throws IOException {
        return MediaTypes.canonical(DETECTOR.detect(new ByteArrayInputStream(head), new Metadata()).toString());
    }

    private static void requireAgreement(String found, String filename, String claimedType) {
        String extension = extension(filename);
        if (extension != null && !MediaTypes.extensionFits(found, extension)) {
            throw mismatch(found, "named ." + extension);
        }
        if (MediaTypes.isClaim(claimedType) && !MediaTypes.agrees(found, claimedType)) {
            throw mismatch(found, "sent as " + MediaTypes.canonical(claimedType));
        }
    }

    /** The lower-case extension of the cleaned display name; none for a name without one or an all-digit one ("scan.001"). */
    private static String extension(String filename) {
        String name = FileNames.clean(filename);
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
            return null;
        }
        String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return extension.chars().allMatch(Character::isDigit) ? null : extension;
    }

    private static UnsupportedMediaException mismatch(String found, String claim) {
        return new UnsupportedMediaException("type-mismatch",
                "The file is " + found + " but was " + claim + "; rename it or export it in the right format.");
    }

    private Inspection image(Path file, String type) throws IOException {
        ImageStructure.requireComplete(file, type);
        int width;
        int height;
        ImageReader reader = ImagePlugins.reader(type);
        try (ImageInputStream in = new FileImageInputStream(file.toFile())) {
            reader.setInput(in, true, true);
            // Both come from the header (IHDR, SOF, VP8 frame header, logical screen): no pixel is decoded.
            width = reader.getWidth(0);
            height = reader.getHeight(0);
        } catch (IOException | RuntimeException e) {
            throw new UnsupportedMediaException("unreadable", "The image header cannot be read: " + e.getMessage());
        } finally {
            reader.dispose();
        }
        requireWithin(width, height, maxPixels);
        if (type.equals("image/jpeg") && ExifOrientation.swapsAxes(ExifOrientation.of(file))) {
            return new Inspection(type, MediaKind.IMAGE, height, width);
        }
        return new Inspection(type, MediaKind.IMAGE, width, height);
    }

    static void requireWithin(int width, int height, long maxPixels) {
        if (width <= 0 || height <= 0) {
            throw new UnsupportedMediaException("unreadable", "The image declares no size (" + width + " × " + height + ").");
        }
        if ((long) width * height > maxPixels) {
            throw new PayloadTooLargeException("The image is " + width + " × " + height + " pixels ("
                    + ((long) width * height) + "); the limit is " + maxPixels + " pixels.");
        }
    }
}
