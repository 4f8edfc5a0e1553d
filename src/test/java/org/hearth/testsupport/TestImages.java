package org.hearth.testsupport;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Small images made in the test, some carrying metadata that must never reach a reader. */
public final class TestImages {

    private TestImages() {
    }

    /** A JPEG of {@code width}×{@code height} in flat colour bands. */
    public static byte[] jpeg(int width, int height) {
        return encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpg");
    }

    public static byte[] png(int width, int height) {
        return encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "png");
    }

    /**
     * A JPEG that carries {@code secret} in a comment segment and in an XMP packet: a stand-in for
     * a location or a name that a camera or an editor wrote into the file.
     */
    public static byte[] jpegCarrying(String secret, int width, int height) {
        byte[] plain = jpeg(width, height);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2); // SOI
        segment(out, 0xFE, ("Taken at " + secret).getBytes(StandardCharsets.UTF_8));
        segment(out, 0xE1, ("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF><rdf:Description>"
                + secret + "</rdf:Description></rdf:RDF></x:xmpmeta>").getBytes(StandardCharsets.UTF_8));
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] payload) {
        out.write(0xFF);
        out.write(marker);
        int length = payload.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(payload);
    }

    private static BufferedImage picture(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        Color[] bands = {new Color(0x2E, 0x5E, 0x4E), new Color(0xF2, 0xC1, 0x4E), new Color(0xE9, 0x6A, 0x3C)};
        for (int i = 0; i < bands.length; i++) {
            g.setColor(bands[i]);
            g.fillRect(0, i * height / bands.length, width, height / bands.length + 1);
        }
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
