package org.hearth.media.control;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hearth.shared.UnsupportedMediaException;

/**
 * Walks an image's container structure without decoding it, so a file cut short is refused
 * before any decoder sees it: a JPEG must reach its end-of-image marker (through every scan), a
 * PNG its IEND chunk, a WebP all the bytes its RIFF header announces. Bytes after the end are
 * ignored; re-encoding drops them.
 */
final class ImageStructure {

    private ImageStructure() {
    }

    static void requireComplete(Path file, String type) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            switch (type) {
                case "image/jpeg" -> jpeg(in);
                case "image/png" -> png(in);
                case "image/webp" -> webp(in, Files.size(file));
                default -> {
                    // GIF has no length to check up front; a cut frame fails its decode and is refused then.
                }
            }
        } catch (EOFException e) {
            throw new UnsupportedMediaException("truncated",
                    "The " + type + " file is cut short: it ends before its last " + (type.equals("image/png")
                            ? "chunk" : "marker") + ". Upload the complete file.");
        }
    }

    private static void jpeg(InputStream in) throws IOException {
        if (read(in) != 0xFF || read(in) != 0xD8) {
            throw unreadable("the JPEG does not start with a start-of-image marker");
        }
        int marker = nextMarker(in);
        while (marker != 0xD9) {
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                marker = nextMarker(in);
                continue;
            }
            int length = read(in) << 8 | read(in);
            if (length < 2) {
                throw unreadable("a JPEG segment has an impossible length");
            }
            in.skipNBytes(length - 2);
            marker = marker == 0xDA ? afterScan(in) : nextMarker(in);
        }
    }

    /** A marker: 0xFF, optional fill bytes 0xFF, then the code. */
    private static int nextMarker(InputStream in) throws IOException {
        if (read(in) != 0xFF) {
            throw unreadable("the JPEG segments are not where their lengths say");
        }
        int code;
        do {
            code = read(in);
        } while (code == 0xFF);
        return code;
    }

    /** Entropy-coded data ends at the first marker that is neither a stuffed 0xFF00 nor a restart marker. */
    private static int afterScan(InputStream in) throws IOException {
        while (true) {
            if (read(in) != 0xFF) {
                continue;
            }
            int code;
            do {
                code = read(in);
            } while (code == 0xFF);
            if (code != 0x00 && (code < 0xD0 || code > 0xD7)) {
                return code;
            }
        }
    }

    private static void png(InputStream in) throws IOException {
        in.skipNBytes(8);
        while (true) {
            long length = Integer.toUnsignedLong(int32(in));
            int type = int32(in);
            if (length > Integer.MAX_VALUE) {
                throw unreadable("a PNG chunk has an impossible length");
            }
            in.skipNBytes(length + 4); // data and CRC
            if (type == 0x49454E44) { // "IEND"
                return;
            }
        }
    }

    private static void webp(InputStream in, long size) throws IOException {
        in.skipNBytes(4);
        long declared = Integer.toUnsignedLong(Integer.reverseBytes(int32(in))) + 8;
        if (declared > size) {
            throw new EOFException();
        }
    }

    private static int int32(InputStream in) throws IOException {
        return read(in) << 24 | read(in) << 16 | read(in) << 8 | read(in);
    }

    private static int read(InputStream in) throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException();
        }
        return b;
    }

    private static UnsupportedMediaException unreadable(String why) {
        return new UnsupportedMediaException("unreadable", "The image cannot be read: " + why + ".");
    }
}
