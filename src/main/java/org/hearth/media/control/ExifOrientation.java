package org.hearth.media.control;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * The EXIF orientation of a JPEG (1 to 8, 1 when absent or unreadable): cameras store pixels as
 * the sensor saw them and say how to turn them, so the turn must be applied before the EXIF
 * block that says it is dropped. Only the segments before the first scan are read.
 */
final class ExifOrientation {

    private ExifOrientation() {
    }

    static int of(Path jpeg) {
        try (ImageInputStream in = new FileImageInputStream(jpeg.toFile())) {
            List<JPEGSegment> exif = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif");
            if (exif.isEmpty()) {
                return 1;
            }
            try (InputStream data = exif.get(0).data()) {
                byte[] tiff = data.readAllBytes();
                int start = tiff.length > 0 && tiff[0] == 0 ? 1 : 0; // "Exif\0" is the identifier, one pad byte follows
                try (ImageInputStream ifd = new MemoryCacheImageInputStream(
                        new ByteArrayInputStream(tiff, start, tiff.length - start))) {
                    Directory directory = new TIFFReader().read(ifd);
                    Entry entry = directory.getEntryById(TIFF.TAG_ORIENTATION);
                    int value = entry != null && entry.getValue() instanceof Number n ? n.intValue() : 1;
                    return value >= 1 && value <= 8 ? value : 1;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 1; // a broken EXIF block is dropped anyway; the pixels are shown as stored
        }
    }

    /** Orientations 5 to 8 turn the image a quarter, so width and height trade places. */
    static boolean swapsAxes(int orientation) {
        return orientation >= 5;
    }
}
