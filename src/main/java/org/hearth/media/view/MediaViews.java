package org.hearth.media.view;

import org.hearth.media.boundary.MediaJson;

import java.util.Locale;
import org.hearth.media.entity.MediaAsset;

/** How the studio's media pages show an asset: its staff preview addresses and its size in words. */
final class MediaViews {

    private MediaViews() {
    }

    /** A small picture of the asset: {@code w480}, else the whole image or a video's poster; null when there is none yet. */
    static String thumbnail(MediaAsset asset) {
        return MediaJson.thumbnail(asset);
    }

    /** The first of {@code names} the asset has, as a preview address; null when it has none. */
    static String first(MediaAsset asset, String... names) {
        return MediaJson.firstPreview(asset, names);
    }

    /** 812 KB, 3.4 MB: sizes as people read them (decimal units, as the upload limit is given). */
    static String size(long bytes, Locale locale) {
        if (bytes < 1_000) {
            return bytes + " B";
        }
        if (bytes < 1_000_000) {
            return String.format(locale, "%.0f kB", bytes / 1_000.0);
        }
        return String.format(locale, "%.1f MB", bytes / 1_000_000.0);
    }
}
