package org.hearth.story.boundary;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hearth.audience.entity.Audience;
import org.hearth.campaign.entity.Campaign;
import org.hearth.platform.config.HearthSettings;
import org.hearth.shared.Coded;
import org.hearth.shared.MarkdownRenderer;
import org.hearth.story.entity.Attribution;
import org.hearth.story.entity.Story;

/** The JSON shapes of a story: public (published only) and studio (any state, with the Markdown source). */
public final class StoryJson {

    private StoryJson() {
    }

    public record AttributionJson(String type, String name) {
        static AttributionJson of(Attribution a) {
            return new AttributionJson(a.type().code(), a.name());
        }
    }

    public record ProjectRef(String slug, String name, String province) {
    }

    public record LanguageLink(String slug, String url) {
    }

    /** One published story, {@code GET /api/v1/stories/{slug}}. */
    public record Public(String slug, String lang, String title, String summary, String bodyHtml,
                         List<String> contentNotes, String kind, AttributionJson attribution, List<String> audiences,
                         List<String> topics, ProjectRef project, String campaign, Instant publishedAt, String url,
                         Map<String, LanguageLink> translations, List<?> media) {
    }

    /** A story in a public list: everything but the body. */
    public record PublicItem(String slug, String lang, String title, String summary, List<String> contentNotes,
                             String kind, AttributionJson attribution, List<String> audiences, List<String> topics,
                             ProjectRef project, String campaign, Instant publishedAt, String url) {
    }

    /** A story as staff see it, in any state. */
    public record Studio(String id, String slug, String organization, String project, String campaign, String lang,
                         String title, String summary, String body, List<String> audiences, List<String> topics,
                         List<String> contentNotes, String kind, AttributionJson attribution, String consent,
                         String status, int version, String url, String translationOf,
                         Map<String, String> translations, Instant publishedAt, Instant updatedAt,
                         String heroMedia) {
    }

    /** {@code media}: the public form of the media it shows ({@link org.hearth.media.boundary.MediaLibrary#publicItems}). */
    public static Public publicOf(Story s, HearthSettings settings, List<?> media,
                                  java.util.function.BiFunction<String, String, String> figures) {
        Map<String, LanguageLink> translations = new LinkedHashMap<>();
        s.otherLanguages().stream().filter(Story::isPublic).forEach(t ->
                translations.put(t.lang(), new LanguageLink(t.slug(), settings.publicUrl(t.lang(), "stories", t.slug()))));
        return new Public(s.slug(), s.lang(), s.title(), s.summary(), MarkdownRenderer.toHtml(s.body(), figures),
                codes(s.contentNotes()), s.kind().code(), AttributionJson.of(s.attribution()), audienceCodes(s),
                codes(s.topics()), project(s), campaign(s.campaign()), s.publishedAt(), publicUrl(s, settings),
                translations, List.copyOf(media));
    }

    public static PublicItem itemOf(Story s, HearthSettings settings) {
        return new PublicItem(s.slug(), s.lang(), s.title(), s.summary(), codes(s.contentNotes()), s.kind().code(),
                AttributionJson.of(s.attribution()), audienceCodes(s), codes(s.topics()), project(s),
                campaign(s.campaign()), s.publishedAt(), publicUrl(s, settings));
    }

    public static Studio studioOf(Story s, HearthSettings settings) {
        Map<String, String> translations = new LinkedHashMap<>();
        s.otherLanguages().forEach(t -> translations.put(t.lang(), t.publicId()));
        return new Studio(s.publicId(), s.slug(), s.organization().slug(), s.project().slug(), campaign(s.campaign()),
                s.lang(), s.title(), s.summary(), s.body(), audienceCodes(s), codes(s.topics()),
                codes(s.contentNotes()), s.kind().code(), AttributionJson.of(s.attribution()), s.consentRef(),
                s.status().code(), s.version(), s.isPublic() ? publicUrl(s, settings) : null,
                s.translationOf() == null ? null : s.translationOf().publicId(), translations, s.publishedAt(),
                s.updatedAt(), s.heroMedia());
    }

    static String publicUrl(Story s, HearthSettings settings) {
        return settings.publicUrl(s.lang(), "stories", s.slug());
    }

    private static ProjectRef project(Story s) {
        return new ProjectRef(s.project().slug(), s.project().name(), s.project().province().name());
    }

    private static String campaign(Campaign c) {
        return c == null ? null : c.slug();
    }

    private static List<String> audienceCodes(Story s) {
        return s.audiences().stream().map(Audience::code).toList();
    }

    private static List<String> codes(List<? extends Coded> values) {
        return values.stream().map(Coded::code).toList();
    }
}
