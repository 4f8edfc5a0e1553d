package org.hearth.media.control;

import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi;
import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriter;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;

/**
 * The ImageIO readers and writers Hearth uses, found the same way in a test and in the
 * application server. ImageIO only discovers plug-ins on the class path it saw first; a web
 * application's libraries are not on it, so TwelveMonkeys' JPEG (CMYK, YCCK, broken ICC
 * profiles) and WebP readers are registered here explicitly, once, rather than by
 * {@code ImageIO.scanForPlugins()}, which depends on whichever thread's context loader calls it.
 */
public final class ImagePlugins {

    private static final JPEGImageReaderSpi JPEG = new JPEGImageReaderSpi();
    private static final WebPImageReaderSpi WEBP = new WebPImageReaderSpi();

    static {
        // Registration lets TwelveMonkeys find the JDK's JPEG reader it delegates to and rank itself first.
        IIORegistry.getDefaultInstance().registerServiceProvider(JPEG, ImageReaderSpi.class);
        IIORegistry.getDefaultInstance().registerServiceProvider(WEBP, ImageReaderSpi.class);
    }

    private ImagePlugins() {
    }

    /** A reader for a canonical image type, TwelveMonkeys' where it has one. */
    static ImageReader reader(String type) throws IOException {
        return switch (type) {
            case "image/jpeg" -> JPEG.createReaderInstance(null);
            case "image/webp" -> WEBP.createReaderInstance(null);
            default -> {
                Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type);
                if (!readers.hasNext()) {
                    throw new IOException("no image reader for " + type);
                }
                yield readers.next();
            }
        };
    }

    /** The JDK's own writer for "jpeg" or "png" (no plug-in that might add metadata of its own). */
    static ImageWriter writer(String format) throws IOException {
        ImageWriter chosen = null;
        for (Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName(format); it.hasNext();) {
            ImageWriter writer = it.next();
            if (chosen == null || writer.getClass().getName().startsWith("com.sun.imageio.")) {
                chosen = writer;
            }
        }
        if (chosen == null) {
            throw new IOException("no image writer for " + format);
        }
        return chosen;
    }

    /**
     * Takes the plug-ins back out of the JVM-wide registry, for the boundary to call when the
     * application stops, so a redeployed application does not keep the old class loader alive.
     */
    public static void unregister() {
        IIORegistry.getDefaultInstance().deregisterServiceProvider(JPEG, ImageReaderSpi.class);
        IIORegistry.getDefaultInstance().deregisterServiceProvider(WEBP, ImageReaderSpi.class);
    }
}
