package org.hearth.site.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.hearth.story.boundary.Stories;
import org.hearth.platform.config.HearthSettings;
import org.hearth.shared.MarkdownRenderer;
import org.hearth.stats.boundary.ViewCounts;
import org.hearth.story.entity.LanguageTag;
import org.hearth.story.entity.Story;

/** A published story's page; anything unpublished answers 404 without saying whether it exists. */
@Named("storyPage")
@RequestScoped
public class StoryPageBacking {

    @Inject
    Stories stories;

    @Inject
    SitePage site;

    @Inject
    org.hearth.service.boundary.Services services;

    @Inject
    org.hearth.media.boundary.MediaLibrary media;

    private Story story;

    private java.util.Optional<org.hearth.media.boundary.MediaJson.PublicItem> hero;

    public void load() {
        Story found = stories.findBySlug(SitePage.slug()).orElse(null);
        if (found != null && found.isGone()) {
            SitePage.fail(410);
        } else if (found == null || !found.isPublic()) {
            SitePage.fail(404);
        } else {
            story = found;
            // This page shows the story and links its other languages: any of them changing evicts it.
            java.util.Set<String> tags = new java.util.HashSet<>();
            tags.add("story:" + story.slug());
            story.otherLanguages().forEach(other -> tags.add("story:" + other.slug()));
            jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                    .put(org.hearth.site.boundary.PageValidators.TAGS, tags);
            site.about(story.audiences().stream().map(a -> a.code()).toList());
            site.inProvince(story.project().province());
            // Counted by the page filter, for this render and for every later hit on the cached page.
            jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                    .put(org.hearth.site.boundary.PageValidators.VIEWED,
                            ViewCounts.story(story.publicId(), story.organization().id()));
        }
    }

    /** The services of the story's province and municipality that are for its audiences. */
    public List<org.hearth.service.entity.SupportService> getLocalServices() {
        return services.localTo(story.project().province(), story.project().municipality(),
                story.audiences().stream().map(a -> a.code()).collect(java.util.stream.Collectors.toSet()), site.getLang());
    }

    /** The story's address as a query parameter, for oEmbed discovery. */
    public String getEncodedUrl() {
        return java.net.URLEncoder.encode(url(story), java.nio.charset.StandardCharsets.UTF_8);
    }

    public Story getStory() {
        return story;
    }

    /** The story's hero image as the public may see it, or null (none, or no longer servable). */
    public org.hearth.media.boundary.MediaJson.PublicItem getHero() {
        if (hero == null) {
            hero = media.publicItems(story.mediaUses(), settings.baseUrl()).stream()
                    .filter(m -> m.role().equals("hero")).findFirst();
        }
        return hero.orElse(null);
    }

    public String getBodyHtml() {
        return MarkdownRenderer.toHtml(story.body(), media.publicFigures(settings.baseUrl(), java.util.Locale.forLanguageTag(story.lang())));
    }

    public String getDir() {
        return LanguageTag.isRightToLeft(story.lang()) ? "rtl" : "ltr";
    }

    @Inject
    HearthSettings settings;

    /** The absolute public address of a story. */
    public String url(Story story) {
        return settings.publicUrl(story.lang(), "stories", story.slug());
    }

    /** schema.org Article metadata, as JSON-LD (built with JSON-P, so the text is escaped for a script block). */
    public String getStructuredData() {
        jakarta.json.JsonObjectBuilder article = jakarta.json.Json.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "Article")
                .add("headline", story.title())
                .add("description", story.summary())
                .add("inLanguage", story.lang())
                .add("url", url(story))
                .add("datePublished", story.publishedAt().toString())
                .add("dateModified", story.updatedAt().toString())
                .add("publisher", jakarta.json.Json.createObjectBuilder().add("@type", "Organization")
                        .add("name", story.organization().name()));
        // "</" would end the script element early; JSON allows it escaped.
        return article.build().toString().replace("</", "<\\/");
    }

    /** The story's other published languages. */
    public List<Story> getTranslations() {
        return story.otherLanguages().stream().filter(Story::isPublic).toList();
    }
}
