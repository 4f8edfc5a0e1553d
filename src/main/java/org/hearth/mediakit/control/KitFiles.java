package org.hearth.mediakit.control;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.hearth.shared.Slug;

/**
 * The names of a kit's files in its ZIP: a folder by type ({@code images/}, {@code documents/},
 * {@code video/}, {@code audio/}, {@code texts/}), then the item's place and its title as a slug,
 * with the extension of what the file is. Names are unique within one ZIP.
 */
public final class KitFiles {

    private final Set<String> taken = new HashSet<>();

    /** The name for a media item of {@code mediaType}, at {@code position} (from 1). */
    public String media(int position, String title, String mediaType) {
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        String folder = type.startsWith("image/") ? "images" : type.startsWith("video/") ? "video"
                : type.startsWith("audio/") ? "audio" : "documents";
        return unique(folder, position, title, extension(type));
    }

    /** The name for a text item (Markdown) of kind {@code kindCode}. */
    public String text(int position, String title, String kindCode) {
        return unique("texts", position, title == null || title.isBlank() ? kindCode : title, "md");
    }

    static String extension(String mediaType) {
        return switch (mediaType) {
            case "image/jpeg" -> "jpg";
            case "image/png" -> "png";
            case "image/webp" -> "webp";
            case "image/gif" -> "gif";
            case "application/pdf" -> "pdf";
            case "video/mp4" -> "mp4";
            case "video/webm" -> "webm";
            case "audio/mpeg" -> "mp3";
            case "audio/mp4" -> "m4a";
            case "audio/ogg" -> "ogg";
            case "audio/wav", "audio/x-wav" -> "wav";
            default -> "bin";
        };
    }

    private String unique(String folder, int position, String title, String extension) {
        String base = Slug.from(title == null ? "item" : title);
        if (base == null || base.isBlank()) {
            base = "item";
        }
        if (base.length() > 60) {
            base = base.substring(0, 60).replaceAll("-+$", "");
        }
        String name = String.format("%s/%02d-%s.%s", folder, position, base, extension);
        for (int n = 2; !taken.add(name); n++) {
            name = String.format("%s/%02d-%s-%d.%s", folder, position, base, n, extension);
        }
        return name;
    }
}
