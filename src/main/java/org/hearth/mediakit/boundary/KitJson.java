package org.hearth.mediakit.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hearth.media.boundary.MediaJson;
import org.hearth.mediakit.entity.KitItemInput;

/** The JSON forms of a kit: for staff (everything, with the steps they may take) and for the public. */
public final class KitJson {

    private KitJson() {
    }

    /** A translation, as both sides name the other. */
    public record Translation(String id, String slug, String lang, String title, String status, String url) {
    }

    public record Studio(String id, String organization, String slug, String lang, String kind, String title,
                         String summary, String campaign, List<String> audiences, String usageTerms,
                         List<String> customizable, String level, String duration, List<KitItemInput> items,
                         String status, List<String> actions, int version, String url, String downloadUrl,
                         String translationOf, Map<String, Translation> translations, Instant publishedAt,
                         Instant updatedAt, String project) {
    }

    /** One item as the public gets it; {@code usableUntil} is the earliest expiry of the consents it depends on. */
    public record PublicItem(String type, String title, String textKind, String bodyHtml, MediaJson.PublicItem media,
                             LocalDate usableUntil, String downloadUrl) {
    }

    public record Public(String slug, String lang, String kind, String title, String summary, String campaign,
                         List<String> audiences, String usageTerms, String usageTermsHtml, String level, String duration,
                         List<String> customizable, List<PublicItem> items, LocalDate usableUntil, String url,
                         String downloadUrl, Instant updatedAt, Map<String, Translation> translations, String project,
                         String protocolUrl, String embedUrl) {
    }

    /** A kit in the public list. */
    public record Summary(String slug, String lang, String kind, String title, String summary, String campaign,
                          List<String> audiences, String url, String downloadUrl, Instant updatedAt) {
    }

    public record Revision(int number, Instant at, String author, String details) {
    }
}
