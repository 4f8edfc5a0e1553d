package org.hearth.site.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hearth.mediakit.boundary.KitJson;
import org.hearth.mediakit.boundary.MediaKits;
import org.hearth.mediakit.entity.MediaKit;
import org.hearth.platform.config.HearthSettings;
import org.hearth.site.boundary.SiteRouter;
import org.hearth.story.boundary.Stories;
import org.hearth.story.entity.Story;

/**
 * The cards partner sites frame: {@code /embed/stories/{slug}} and {@code /embed/media-kits/{slug}},
 * in the item's own language. They follow the public pages' rules: a withdrawn story answers 410,
 * anything unpublished 404, so a partner's page stops showing it the moment it comes down here.
 */
@Named("embedPage")
@RequestScoped
public class EmbedPageBacking {

    @Inject
    Stories stories;

    @Inject
    MediaKits kits;

    @Inject
    HearthSettings settings;

    private Story story;
    private KitJson.Public kit;

    public void loadStory() {
        Story found = stories.findBySlug(SitePage.slug()).orElse(null);
        if (found != null && found.isGone()) {
            SitePage.fail(410);
        } else if (found == null || !found.isPublic()) {
            SitePage.fail(404);
        } else {
            story = found;
            speak(story.lang());
        }
    }

    public void loadKit() {
        MediaKit found = kits.findBySlug(SitePage.slug()).filter(MediaKit::isPublic).orElse(null);
        if (found == null) {
            SitePage.fail(404);
            return;
        }
        kit = kits.publicOf(found);
        speak(found.lang());
    }

    public Story getStory() {
        return story;
    }

    public KitJson.Public getKit() {
        return kit;
    }

    /** The story's own page. */
    public String getUrl() {
        return settings.publicUrl("fr".equals(story.lang()) ? "fr" : "en", "stories", story.slug());
    }

    /** The card's words (hotline, links) in the item's language when the site has it, else English. */
    private static void speak(String lang) {
        FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                .put(SiteRouter.LANG, "fr".equals(lang) ? "fr" : "en");
    }
}
