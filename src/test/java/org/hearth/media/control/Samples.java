package org.hearth.media.control;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Test images built in code, so every byte a test looks for is one it put there. */
final class Samples {

    static final String SERIAL = "SN-CAMERA-99812345";
    static final String MAKER_NOTE = "MAKERNOTE-NIKON-7781";
    static final String THUMB_COMMENT = "THUMB-COMMENT-4417";
    static final String XMP_SECRET = "XMP-SECRET-CREATOR";
    static final String IPTC_SECRET = "IPTC-CAPTION-SECRET";
    static final String PNG_TEXT_SECRET = "PNG-TEXT-SECRET";
    static final String PNG_ITXT_SECRET = "PNG-ITXT-SECRET";
    /** 43° 39' 51.23" N, 79° 23' 45.67" W as EXIF rationals. */
    static final int[] LATITUDE = {43, 1, 39, 1, 5123, 100};
    static final int[] LONGITUDE = {79, 1, 23, 1, 4567, 100};

    /** A 32 × 24 lossy WebP made with ffmpeg's libwebp (no Java encoder exists to make one here). */
    static final byte[] WEBP = Base64.getDecoder().decode("UklGRnABAABXRUJQVlA4IGQBAAAwCQCdASogABgAPw1sr1AsJaQit/VYAYAhiWwAnT"
            + "KEcDe3b0G2GcCcU/MBv43iAcoB77O6Z/5D2AN5d/YD0dimDBDdOCtD7QcNniz88ZzigB0AAP7w3n/UG8Pvj51yGaJiBUJF2aJ8BWdYgdb9T6F"
            + "39cSduOfWKMylKDShzzyCcvv/ajT4vhfSgFSa/j/9CoNoYocuO968qGW3T5v9P+vVHHY0XiyU/hFkfvA/81uUeL6Zmzfp9s1EfCd9ROR1cI8U"
            + "8Vrt+hbDeChpj1prPfJYt9fl2KtXiA7HbGSXi02hd5q+62rRi8up7ek8kX/huz3sztLCCAC/yk80ydj+W5w2anTe4nreiwWr3VrkuhlWC3e2PG"
            + "gruGimpwGIe//VI4D9MMgcdb9tff4nD4sBJUoBMJlje3Vi8eCRsd9Fbpv82HzKFb87/fyVv2hIv+CdM/+2v3VvTLGSa/9yxYUv+J39AAAAAA==");

    private Samples() {
    }

    static BufferedImage picture(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.ORANGE, width, height, Color.BLUE));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillRect(0, 0, Math.max(1, width / 4), Math.max(1, height / 4)); // marks the top-left corner
        g.dispose();
        return image;
    }

    static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, format, out)) {
            throw new IOException("no writer for " + format);
        }
        return out.toByteArray();
    }

    static byte[] jpeg(int width, int height) throws IOException {
        return encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    static byte[] png(int width, int height) throws IOException {
        return encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "png");
    }

    /**
     * A CMYK JPEG as Photoshop writes them: four channels written from a raster by the JDK's
     * encoder (no colour transform), marked CMYK by an Adobe APP14 segment (transform 0).
     */
    static byte[] cmykJpeg(int width, int height) throws IOException {
        WritableRaster raster = Raster.createInterleavedRaster(
                DataBuffer.TYPE_BYTE, width, height, 4, null);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setPixel(x, y, new int[] {x * 2 % 256, y * 3 % 256, 40, 10});
            }
        }
        ImageWriter writer = ImagePlugins.writer("jpeg");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(raster, null, null), writer.getDefaultWriteParam());
        } finally {
            writer.dispose();
        }
        byte[] adobe = concat(ascii("Adobe"), new byte[] {0, 100, 0, 0, 0, 0, 0});
        return insertAfterSoi(out.toByteArray(), segment(0xEE, adobe));
    }

    /** A JPEG carrying EXIF (orientation, GPS, serial, maker note, a thumbnail with a comment), XMP and IPTC. */
    static byte[] jpegWithEverything(int width, int height, int orientation) throws IOException {
        byte[] thumbnail = insertAfterSoi(jpeg(16, 12), segment(0xFE, ascii(THUMB_COMMENT)));
        byte[] exif = concat(ascii("Exif\0\0"), tiff(orientation, thumbnail));
        byte[] xmp = concat(ascii("http://ns.adobe.com/xap/1.0/\0"), ascii("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
                + "<dc:creator>" + XMP_SECRET + "</dc:creator></x:xmpmeta>"));
        byte[] iptcRecord = concat(new byte[] {0x1C, 0x02, 0x78, 0, (byte) IPTC_SECRET.length()}, ascii(IPTC_SECRET));
        byte[] iptc = concat(ascii("Photoshop 3.0\0"), ascii("8BIM"), new byte[] {0x04, 0x04, 0, 0},
                ByteBuffer.allocate(4).putInt(iptcRecord.length).array(), iptcRecord);
        return insertAfterSoi(jpeg(width, height), concat(segment(0xE1, exif), segment(0xE1, xmp), segment(0xED, iptc)));
    }

    /** A JPEG whose EXIF says only how it is turned. */
    static byte[] jpegWithOrientation(int width, int height, int orientation) throws IOException {
        return insertAfterSoi(jpeg(width, height), segment(0xE1, concat(ascii("Exif\0\0"), tiff(orientation, null))));
    }

    /** A PNG with tEXt, iTXt and eXIf chunks (the eXIf carrying GPS) after its header. */
    static byte[] pngWithText(int width, int height) throws IOException {
        byte[] png = png(width, height);
        byte[] chunks = concat(chunk("tEXt", ascii("Comment\0" + PNG_TEXT_SECRET)),
                chunk("iTXt", ascii("Description\0\0\0\0\0" + PNG_ITXT_SECRET)), chunk("eXIf", tiff(1, null)));
        int afterHeader = 8 + 25;
        return concat(slice(png, 0, afterHeader), chunks, slice(png, afterHeader, png.length));
    }

    /** A PNG that declares width × height but holds one tiny compressed row: a pixel flood. */
    static byte[] pngDeclaring(int width, int height) {
        byte[] header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0).array();
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[64]);
        deflater.finish();
        byte[] idat = new byte[128];
        int length = deflater.deflate(idat);
        return concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, chunk("IHDR", header),
                chunk("IDAT", slice(idat, 0, length)), chunk("IEND", new byte[0]));
    }

    /** Big-endian TIFF: IFD0 (orientation, Exif and GPS pointers), Exif IFD, GPS IFD and, with a thumbnail, IFD1. */
    static byte[] tiff(int orientation, byte[] thumbnail) {
        List<List<Object[]>> ifds = new ArrayList<>();
        ifds.add(List.of(entry(0x0112, 3, 1, shortValue(orientation)), entry(0x8769, 4, 1, new Pointer(1)),
                entry(0x8825, 4, 1, new Pointer(2))));
        ifds.add(List.of(entry(0x927C, 7, MAKER_NOTE.length(), ascii(MAKER_NOTE)),
                entry(0xA431, 2, SERIAL.length() + 1, ascii(SERIAL + "\0"))));
        ifds.add(List.of(entry(0x0001, 2, 2, ascii("N\0")), entry(0x0002, 5, 3, rationals(LATITUDE)),
                entry(0x0003, 2, 2, ascii("W\0")), entry(0x0004, 5, 3, rationals(LONGITUDE))));
        if (thumbnail != null) {
            ifds.add(List.of(entry(0x0103, 3, 1, shortValue(6)), entry(0x0201, 4, 1, new Blob(thumbnail)),
                    entry(0x0202, 4, 1, intValue(thumbnail.length))));
        }
        int[] ifdOffsets = new int[ifds.size()];
        int at = 8;
        for (int i = 0; i < ifds.size(); i++) {
            ifdOffsets[i] = at;
            at += 2 + 12 * ifds.get(i).size() + 4;
        }
        ByteBuffer data = ByteBuffer.allocate(64 * 1024);
        ByteBuffer out = ByteBuffer.allocate(64 * 1024).put(ascii("MM")).putShort((short) 42).putInt(8);
        int dataStart = at;
        for (int i = 0; i < ifds.size(); i++) {
            out.putShort((short) ifds.get(i).size());
            for (Object[] e : ifds.get(i)) {
                out.putShort((short) (int) (Integer) e[0]).putShort((short) (int) (Integer) e[1]).putInt((Integer) e[2]);
                Object value = e[3];
                if (value instanceof Pointer p) {
                    out.putInt(ifdOffsets[p.ifd()]);
                } else {
                    byte[] bytes = value instanceof Blob b ? b.bytes() : (byte[]) value;
                    if (bytes.length <= 4 && !(value instanceof Blob)) {
                        out.put(concat(bytes, new byte[4 - bytes.length]));
                    } else {
                        out.putInt(dataStart + data.position());
                        data.put(bytes);
                        if (data.position() % 2 == 1) {
                            data.put((byte) 0);
                        }
                    }
                }
            }
            // IFD0 links to IFD1 (the thumbnail's) when there is one.
            out.putInt(i == 0 && ifds.size() > 3 ? ifdOffsets[3] : 0);
        }
        out.put(data.array(), 0, data.position());
        return slice(out.array(), 0, out.position());
    }

    static byte[] rationals(int[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 4);
        for (int v : values) {
            buffer.putInt(v);
        }
        return buffer.array();
    }

    static byte[] littleEndian(byte[] bigEndianInts) {
        byte[] out = new byte[bigEndianInts.length];
        for (int i = 0; i < out.length; i += 4) {
            for (int j = 0; j < 4; j++) {
                out[i + j] = bigEndianInts[i + 3 - j];
            }
        }
        return out;
    }

    static byte[] insertAfterSoi(byte[] jpeg, byte[] segments) {
        return concat(slice(jpeg, 0, 2), segments, slice(jpeg, 2, jpeg.length));
    }

    static byte[] segment(int marker, byte[] payload) {
        return concat(new byte[] {(byte) 0xFF, (byte) marker, (byte) ((payload.length + 2) >> 8),
                (byte) (payload.length + 2)}, payload);
    }

    static byte[] chunk(String type, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(ascii(type));
        crc.update(data);
        return concat(ByteBuffer.allocate(4).putInt(data.length).array(), ascii(type), data,
                ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] slice(byte[] bytes, int from, int to) {
        return Arrays.copyOfRange(bytes, from, to);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static Object[] entry(int tag, int type, int count, Object value) {
        return new Object[] {tag, type, count, value};
    }

    private static byte[] shortValue(int v) {
        return new byte[] {(byte) (v >> 8), (byte) v};
    }

    private static byte[] intValue(int v) {
        return ByteBuffer.allocate(4).putInt(v).array();
    }

    private record Pointer(int ifd) {
    }

    /** Data always stored out of line, its offset in the entry (the thumbnail's JPEGInterchangeFormat). */
    private record Blob(byte[] bytes) {
    }
}
