package org.hearth.media.control;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hearth.media.entity.MediaKind;

/**
 * The types Hearth accepts, the names browsers and operating systems give them, and the file
 * extensions that go with each. Everything here compares canonical types (audio/wav, never
 * audio/x-wav), so aliases are forgiven while real disagreements are not.
 */
final class MediaTypes {

    static final String OCTET_STREAM = "application/octet-stream";

    private static final Map<String, MediaKind> ACCEPTED = Map.ofEntries(
            Map.entry("image/jpeg", MediaKind.IMAGE), Map.entry("image/png", MediaKind.IMAGE),
            Map.entry("image/webp", MediaKind.IMAGE), Map.entry("image/gif", MediaKind.IMAGE),
            Map.entry("video/mp4", MediaKind.VIDEO), Map.entry("video/webm", MediaKind.VIDEO),
            Map.entry("audio/mpeg", MediaKind.AUDIO), Map.entry("audio/mp4", MediaKind.AUDIO),
            Map.entry("audio/ogg", MediaKind.AUDIO), Map.entry("audio/wav", MediaKind.AUDIO),
            Map.entry("application/pdf", MediaKind.DOCUMENT));

    /** Other spellings of accepted types, as Tika, browsers and operating systems write them. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("image/jpg", "image/jpeg"), Map.entry("image/pjpeg", "image/jpeg"),
            Map.entry("image/x-png", "image/png"), Map.entry("image/x-webp", "image/webp"),
            Map.entry("video/x-m4v", "video/mp4"), Map.entry("audio/mp3", "audio/mpeg"),
            Map.entry("audio/x-mp3", "audio/mpeg"), Map.entry("audio/mpeg3", "audio/mpeg"),
            Map.entry("audio/x-mpeg", "audio/mpeg"), Map.entry("audio/x-mpeg-3", "audio/mpeg"),
            Map.entry("audio/m4a", "audio/mp4"), Map.entry("audio/x-m4a", "audio/mp4"),
            Map.entry("audio/vorbis", "audio/ogg"), Map.entry("audio/opus", "audio/ogg"),
            Map.entry("audio/x-ogg", "audio/ogg"), Map.entry("application/ogg", "audio/ogg"),
            Map.entry("audio/x-wav", "audio/wav"), Map.entry("audio/vnd.wave", "audio/wav"),
            Map.entry("audio/wave", "audio/wav"), Map.entry("audio/x-pn-wav", "audio/wav"),
            Map.entry("application/x-pdf", "application/pdf"));

    /**
     * Extensions each accepted type may carry. MP4 and M4A are one container (ISO base media):
     * a phone may name an audio-only recording .mp4, so the two forgive each other.
     */
    private static final Map<String, Set<String>> EXTENSIONS = Map.ofEntries(
            Map.entry("image/jpeg", Set.of("jpg", "jpeg", "jpe", "jfif", "pjpeg", "pjp")),
            Map.entry("image/png", Set.of("png")), Map.entry("image/webp", Set.of("webp")),
            Map.entry("image/gif", Set.of("gif")), Map.entry("video/mp4", Set.of("mp4", "m4v", "m4a")),
            Map.entry("video/webm", Set.of("webm")), Map.entry("audio/mpeg", Set.of("mp3", "mpga")),
            Map.entry("audio/mp4", Set.of("m4a", "mp4", "m4b")),
            Map.entry("audio/ogg", Set.of("ogg", "oga", "opus")), Map.entry("audio/wav", Set.of("wav", "wave")),
            Map.entry("application/pdf", Set.of("pdf")));

    private MediaTypes() {
    }

    /** The canonical lower-case form of a type without parameters ({@code audio/x-wav; x=y} → {@code audio/wav}). */
    static String canonical(String type) {
        String bare = type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return ALIASES.getOrDefault(bare, bare);
    }

    static Optional<MediaKind> kind(String canonicalType) {
        return Optional.ofNullable(ACCEPTED.get(canonicalType));
    }

    /** Whether a client's claimed type says something (browsers send octet-stream when they do not know). */
    static boolean isClaim(String claimedType) {
        return claimedType != null && !claimedType.isBlank() && !canonical(claimedType).equals(OCTET_STREAM);
    }

    /** Whether a claimed type agrees with the detected one; the MP4 family forgives itself. */
    static boolean agrees(String detected, String claimed) {
        String c = canonical(claimed);
        return c.equals(detected) || (isMp4Family(c) && isMp4Family(detected));
    }

    static boolean extensionFits(String detected, String extension) {
        return EXTENSIONS.getOrDefault(detected, Set.of()).contains(extension);
    }

    private static boolean isMp4Family(String type) {
        return type.equals("video/mp4") || type.equals("audio/mp4");
    }
}
