package org.hearth.media.control;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/** Draws an image turned and mirrored the way its EXIF orientation (1 to 8) says it should be seen. */
final class Orientations {

    private Orientations() {
    }

    static BufferedImage apply(BufferedImage source, int orientation, int imageType) {
        int w = source.getWidth();
        int h = source.getHeight();
        boolean swap = ExifOrientation.swapsAxes(orientation);
        BufferedImage target = new BufferedImage(swap ? h : w, swap ? w : h, imageType);
        AffineTransform t = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);   // mirrored
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);  // upside down
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);   // mirrored vertically
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);    // transposed
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);   // turned a quarter clockwise
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);  // transversed
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);   // turned a quarter anticlockwise
            default -> new AffineTransform();
        };
        Graphics2D g = target.createGraphics();
        try {
            g.drawImage(source, t, null);
        } finally {
            g.dispose();
        }
        return target;
    }
}
