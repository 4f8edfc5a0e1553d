package org.hearth.site.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hearth.shared.MarkdownRenderer;
import org.hearth.shared.ResourceNotFoundException;
import org.hearth.story.boundary.ReviewLinks;
import org.hearth.story.entity.Story;

/** The storyteller's private review page: the exact version, a decision form, and withdrawal. */
@Named("reviewPage")
@RequestScoped
public class ReviewPageBacking {

    @Inject
    ReviewLinks links;

    @jakarta.inject.Inject
    org.hearth.media.boundary.MediaLibrary media;

    @jakarta.inject.Inject
    SitePage site;

    private Story story;

    public void load() {
        try {
            story = links.open(SitePage.slug());
        } catch (ResourceNotFoundException e) {
            SitePage.fail(404);
        }
    }

    public Story getStory() {
        return story;
    }

    public String getToken() {
        return SitePage.slug();
    }

    public String getBodyHtml() {
        // Nothing is served before publication: the storyteller reads what each image shows.
        return MarkdownRenderer.toHtml(story.body(), media.describedFigures("fr".equals(site.getLang()) ? "Image :" : "Image:"));
    }

    /** What the storyteller just did ({@code approved}, {@code rejected}, {@code withdrawn}), if anything. */
    public String getDone() {
        String done = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("done");
        return done == null || !done.matches("approved|rejected|withdrawn") ? null : done;
    }
}
