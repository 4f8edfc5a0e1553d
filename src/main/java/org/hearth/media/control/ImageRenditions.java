package org.hearth.media.control;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import javax.imageio.IIOImage;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.event.IIOReadProgressListener;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.FileImageOutputStream;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.hearth.shared.UnsupportedMediaException;

/**
 * Decodes an image once and writes the renditions the site serves, re-encoded from pixels only,
 * so no EXIF, GPS, XMP, IPTC, maker note, thumbnail, ICC profile or text chunk of the upload
 * reaches a reader. The EXIF orientation is applied first. Widths 480, 960 and 1600 are made
 * when the image is wider, and {@code full} always (capped at 2400 px).
 *
 * <p>Output is JPEG for JPEG and opaque WebP sources, PNG for PNG, GIF (first frame) and
 * anything with transparency. No WebP is written: the JDK and TwelveMonkeys only read WebP, and
 * Hearth ships no native encoder.
 *
 * <p>Memory is bounded twice: the decoder subsamples on read so the decoded image is under
 * twice the largest rendition's width, and at most two decodes run at once in the whole JVM.
 */
public final class ImageRenditions {

    static final int[] WIDTHS = {480, 960, 1600};
    static final int FULL_MAX = 2400;
    private static final float JPEG_QUALITY = 0.85f;

    // Shared by every instance: the heap is the JVM's, not one caller's.
    private static final Semaphore DECODES = new Semaphore(2, true);

    private final long maxPixels;
    private final Duration decodeTimeout;

    public ImageRenditions(long maxPixels) {
        this(maxPixels, Duration.ofSeconds(60));
    }

    public ImageRenditions(long maxPixels, Duration decodeTimeout) {
        this.maxPixels = maxPixels;
        this.decodeTimeout = decodeTimeout;
    }

    public List<RenditionFile> render(Path source, Inspection inspection, Path workDir) throws IOException {
        BufferedImage image;
        try {
            DECODES.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting to decode", e);
        }
        try {
            image = decode(source, inspection.mediaType());
        } finally {
            DECODES.release();
        }
        // A JPEG has no transparency (a fourth channel is CMYK's black), so it is always written back as JPEG.
        boolean png = !inspection.mediaType().equals("image/jpeg") && (image.getColorModel().hasAlpha()
                || inspection.mediaType().equals("image/png") || inspection.mediaType().equals("image/gif"));
        List<RenditionFile> renditions = new ArrayList<>();
        for (int width : WIDTHS) {
            if (width < image.getWidth()) {
                renditions.add(write(Scaling.toWidth(image, width), "w" + width, png, workDir));
            }
        }
        renditions.add(write(Scaling.toWidth(image, Math.min(image.getWidth(), FULL_MAX)), "full", png, workDir));
        return renditions;
    }

    /** The pixels, turned upright, subsampled so the shown width stays under twice {@link #FULL_MAX}. */
    private BufferedImage decode(Path source, String type) throws IOException {
        int orientation = type.equals("image/jpeg") ? ExifOrientation.of(source) : 1;
        ImageReader reader = ImagePlugins.reader(type);
        try (ImageInputStream in = new FileImageInputStream(source.toFile())) {
            reader.setInput(in, true, true); // metadata ignored: nothing of it is kept
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            MediaInspector.requireWithin(width, height, maxPixels); // again: the file may not be the one inspected
            int shownWidth = ExifOrientation.swapsAxes(orientation) ? height : width;
            int step = Math.max(1, shownWidth / Math.min(shownWidth, FULL_MAX));
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceSubsampling(step, step, 0, 0);
            Deadline deadline = new Deadline(reader, decodeTimeout);
            reader.addIIOReadProgressListener(deadline);
            BufferedImage decoded = reader.read(0, param);
            if (deadline.aborted) {
                throw new UnsupportedMediaException("unreadable",
                        "The image took longer than " + decodeTimeout.toSeconds() + " s to decode.");
            }
            int imageType = decoded.getColorModel().hasAlpha() && !type.equals("image/jpeg")
                    ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
            // Redrawn into a plain sRGB image even when upright: CMYK, indexed and 16-bit sources become ordinary pixels.
            return Orientations.apply(decoded, orientation, imageType);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnsupportedMediaException refused) {
                throw refused;
            }
            throw new UnsupportedMediaException("unreadable", "The image cannot be decoded: " + e.getMessage());
        } finally {
            reader.dispose();
        }
    }

    private static RenditionFile write(BufferedImage image, String name, boolean png, Path workDir) throws IOException {
        Path file = workDir.resolve(name + (png ? ".png" : ".jpg"));
        ImageWriter writer = ImagePlugins.writer(png ? "png" : "jpeg");
        try (ImageOutputStream out = new FileImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (!png) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
                if (param instanceof JPEGImageWriteParam jpeg) {
                    jpeg.setOptimizeHuffmanTables(true);
                }
            }
            // No stream or image metadata, no thumbnails: the writer emits only its own minimal header.
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return new RenditionFile(name, file, png ? "image/png" : "image/jpeg", image.getWidth(), image.getHeight(),
                Files.size(file));
    }

    /** Aborts a decode that runs past its time; the JDK's readers check between rows. */
    private static final class Deadline implements IIOReadProgressListener {
        private final ImageReader reader;
        private final long end;
        volatile boolean aborted;

        Deadline(ImageReader reader, Duration timeout) {
            this.reader = reader;
            this.end = System.nanoTime() + timeout.toNanos();
        }

        @Override
        public void imageProgress(ImageReader source, float percentageDone) {
            if (System.nanoTime() > end) {
                aborted = true;
                reader.abort();
            }
        }

        @Override
        public void readAborted(ImageReader source) {
            aborted = true;
        }

        @Override
        public void sequenceStarted(ImageReader source, int minIndex) {
        }

        @Override
        public void sequenceComplete(ImageReader source) {
        }

        @Override
        public void imageStarted(ImageReader source, int imageIndex) {
        }

        @Override
        public void imageComplete(ImageReader source) {
        }

        @Override
        public void thumbnailStarted(ImageReader source, int imageIndex, int thumbnailIndex) {
        }

        @Override
        public void thumbnailProgress(ImageReader source, float percentageDone) {
        }

        @Override
        public void thumbnailComplete(ImageReader source) {
        }
    }
}
