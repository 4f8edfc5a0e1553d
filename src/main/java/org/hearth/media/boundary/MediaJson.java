package org.hearth.media.boundary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hearth.media.entity.MediaAsset;
import org.hearth.media.entity.MediaUse;

/** The JSON shapes of an asset: as staff see it, and as it appears in public content. */
public final class MediaJson {

    /** The renditions, from smallest to largest; {@code full} is the cleaned image at its own size. */
    public static final List<String> IMAGE_RENDITIONS = List.of("w480", "w960", "w1600", "full");

    /** The widest the {@code full} rendition is made. */
    public static final int FULL_MAX_WIDTH = 2400;

    private MediaJson() {
    }

    public record ImageryCheck(String by, java.time.Instant at) {
    }

    public record Use(String type, String id) {
    }

    /** An asset in the studio API, as the contract shapes it. */
    public record Studio(String id, String organization, String kind, String mediaType, String filename, long bytes,
                         String sha256, int width, int height, String status, String alt, boolean decorative,
                         String caption, String credit, String licence, String transcript, List<String> consents,
                         ImageryCheck imageryCheck, Map<String, String> renditions, List<Use> usedBy, int version) {
    }

    /** An asset in a published story or kit: every URL absolute. */
    public record PublicItem(String id, String role, String kind, String alt, String caption, String credit, int width,
                             int height, Map<String, String> renditions) {

        /**
         * A {@code srcset} of the image renditions: {@code wNNN} is NNN pixels wide, {@code full}
         * the image's own width up to {@value #FULL_MAX_WIDTH}.
         */
        public String srcset() {
            StringBuilder set = new StringBuilder();
            renditions.forEach((name, url) -> {
                int w = name.equals("full") ? Math.min(width, FULL_MAX_WIDTH)
                        : name.matches("w\\d+") ? Integer.parseInt(name.substring(1)) : 0;
                if (w > 0) {
                    set.append(set.isEmpty() ? "" : ", ").append(url).append(' ').append(w).append('w');
                }
            });
            return set.toString();
        }

        /** The URL for browsers that ignore {@code srcset}: the middle size when there is one. */
        public String src() {
            return renditions.getOrDefault("w960", renditions.getOrDefault("full",
                    renditions.values().stream().findFirst().orElse(null)));
        }
    }

    public static Studio studioOf(MediaAsset a, List<MediaUse> uses) {
        Map<String, String> renditions = new LinkedHashMap<>();
        if (a.isServable()) {
            a.renditions().forEach(r -> renditions.put(r.name(), renditionPath(a.publicId(), r.name())));
        }
        ImageryCheck check = a.imageryCheckedAt() == null ? null : new ImageryCheck(a.imageryCheckedBy(), a.imageryCheckedAt());
        return new Studio(a.publicId(), a.organization().slug(), a.kind().code(), a.mediaType(), a.filename(), a.bytes(),
                a.sha256(), a.width(), a.height(), a.status().code(), a.alt(), a.decorative(), a.caption(), a.credit(),
                a.licence(), a.transcript(), List.copyOf(a.consents()), check, renditions,
                uses.stream().map(u -> new Use(u.ownerType(), u.ownerId())).distinct().toList(), a.version());
    }

    static PublicItem publicItem(MediaAsset a, String role, String baseUrl) {
        Map<String, String> renditions = new LinkedHashMap<>();
        a.renditions().forEach(r -> renditions.put(r.name(), baseUrl + renditionPath(a.publicId(), r.name())));
        return new PublicItem(a.publicId(), role, a.kind().code(), a.decorative() ? "" : a.alt(), a.caption(), a.credit(),
                a.width(), a.height(), renditions);
    }

    /** The same shape pointing at the staff's private previews, for the studio. */
    static PublicItem previewItem(MediaAsset a, String role) {
        Map<String, String> renditions = new LinkedHashMap<>();
        a.renditions().forEach(r -> renditions.put(r.name(), "/api/v1/studio/media/" + a.publicId() + "/preview/" + r.name()));
        return new PublicItem(a.publicId(), role, a.kind().code(), a.decorative() ? "" : a.alt(), a.caption(), a.credit(),
                a.width(), a.height(), renditions);
    }

    /** The staff preview of {@code rendition} ({@code GET /api/v1/studio/media/{id}/preview/{rendition}}). */
    public static String previewPath(MediaAsset asset, String rendition) {
        return "/api/v1/studio/media/" + asset.publicId() + "/preview/" + rendition;
    }

    /** A small staff preview of the asset: {@code w480}, else the whole image or a video's poster; null when none yet. */
    public static String thumbnail(MediaAsset asset) {
        return firstPreview(asset, "w480", "full", "poster");
    }

    /** The staff preview of the first of {@code names} the asset has; null when it has none (or was withdrawn). */
    public static String firstPreview(MediaAsset asset, String... names) {
        if (asset == null || asset.withdrawnAt() != null) {
            return null;
        }
        for (String name : names) {
            if (asset.rendition(name).isPresent()) {
                return previewPath(asset, name);
            }
        }
        return null;
    }

    /** {@code /media/{id}/{rendition}}: the stable public path of a rendition. */
    public static String renditionPath(String id, String rendition) {
        return "/media/" + id + "/" + rendition;
    }
}
