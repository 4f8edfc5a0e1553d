package org.hearth.media.control;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Narrows the generic container types tika-core reports to what is inside: it calls every ISO
 * base media file {@code video/quicktime}, WebM {@code application/x-matroska} and Opus
 * {@code application/ogg}, because the precise answers live in parsers Hearth does not ship.
 */
final class Containers {

    private static final byte[] WEBM = "webm".getBytes(StandardCharsets.US_ASCII);

    private Containers() {
    }

    static String refine(String tikaType, byte[] head) {
        return switch (tikaType) {
            case "video/quicktime", "video/mp4", "audio/mp4", "video/x-m4v" -> isoBrand(tikaType, head);
            case "application/x-matroska", "video/x-matroska", "audio/x-matroska" ->
                    isWebm(head) ? "video/webm" : tikaType;
            case "application/ogg", "audio/ogg", "audio/vorbis", "audio/opus", "audio/speex", "video/ogg" ->
                    oggAudioOnly(head) ? "audio/ogg" : "video/ogg";
            default -> tikaType;
        };
    }

    /** The ftyp box's major and compatible brands: M4A/M4B audio, the ISO and MP4 brands video, "qt" stays QuickTime. */
    private static String isoBrand(String tikaType, byte[] head) {
        if (head.length < 16 || !ascii(head, 4, 4).equals("ftyp")) {
            return tikaType;
        }
        int end = (int) Math.min(head.length, Integer.toUnsignedLong(int32(head, 0)));
        String major = ascii(head, 8, 4);
        boolean mp4 = false;
        for (int at = 8; at + 4 <= end; at += at == 8 ? 8 : 4) { // skip minor_version after the major brand
            String brand = ascii(head, at, 4);
            if (brand.equals("M4A ") || brand.equals("M4B ")) {
                return "audio/mp4";
            }
            mp4 |= brand.startsWith("iso") || brand.equals("mp41") || brand.equals("mp42") || brand.equals("avc1")
                    || brand.equals("M4V ") || brand.equals("dash") || brand.equals("mmp4");
        }
        return mp4 && !major.equals("qt  ") ? "video/mp4" : tikaType;
    }

    /** The EBML header's DocType element (ID 0x4282) says "webm" rather than "matroska". */
    private static boolean isWebm(byte[] head) {
        int limit = Math.min(head.length, 64);
        for (int i = 0; i + 7 <= limit; i++) {
            if ((head[i] & 0xFF) == 0x42 && (head[i + 1] & 0xFF) == 0x82 && (head[i + 2] & 0xFF) == 0x84) {
                return Arrays.equals(head, i + 3, i + 7, WEBM, 0, 4);
            }
        }
        return false;
    }

    /**
     * Ogg is accepted as audio only: every beginning-of-stream page must open a Vorbis, Opus,
     * Speex or FLAC stream (a Theora or unknown stream makes it something else).
     */
    private static boolean oggAudioOnly(byte[] head) {
        int at = 0;
        boolean any = false;
        while (at + 27 <= head.length && ascii(head, at, 4).equals("OggS") && (head[at + 5] & 0x02) != 0) {
            int segments = head[at + 26] & 0xFF;
            int packet = at + 27 + segments;
            int size = 0;
            for (int s = 0; s < segments && at + 27 + s < head.length; s++) {
                size += head[at + 27 + s] & 0xFF;
            }
            if (packet + 8 > head.length) {
                return false;
            }
            String codec = ascii(head, packet, 8);
            if (!(codec.startsWith("\u0001vorbis") || codec.equals("OpusHead") || codec.equals("Speex   ")
                    || codec.startsWith("\u007fFLAC"))) {
                return false;
            }
            any = true;
            at = packet + size;
        }
        return any;
    }

    private static String ascii(byte[] bytes, int at, int length) {
        return at + length <= bytes.length ? new String(bytes, at, length, StandardCharsets.ISO_8859_1) : "";
    }

    private static int int32(byte[] b, int at) {
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
    }
}
