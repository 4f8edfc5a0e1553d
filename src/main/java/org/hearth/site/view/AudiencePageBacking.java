package org.hearth.site.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import org.hearth.audience.boundary.Audiences;
import org.hearth.audience.entity.Audience;
import org.hearth.story.boundary.Stories;
import org.hearth.story.boundary.StoryQuery;
import org.hearth.story.entity.Story;
import org.hearth.story.entity.StoryStatus;

/** An audience's page: who it is for, and the published stories adapted to it. */
@Named("audiencePage")
@RequestScoped
public class AudiencePageBacking {

    static final int STORIES = 50;

    @Inject
    Audiences audiences;

    @Inject
    Stories stories;

    @Inject
    SitePage site;

    private Audience audience;
    private List<Story> published;

    public void load() {
        String code = SitePage.slug();
        audience = audiences.all().stream().filter(a -> a.code().equals(code)).findFirst().orElse(null);
        if (audience == null) {
            SitePage.fail(404);
        } else {
            site.about(List.of(audience.code()));
        }
    }

    public Audience getAudience() {
        return audience;
    }

    /** Its published stories in the page's language first, then in any other language. */
    public List<Story> getStories() {
        if (published == null) {
            String lang = site.getLang();
            published = stories.published(new StoryQuery(StoryQuery.Order.PUBLISHED)
                    .status(StoryStatus.PUBLISHED).audience(audience.code()), STORIES).stream()
                    .sorted(Comparator.comparing(story -> !story.lang().equals(lang)))
                    .toList();
        }
        return published;
    }
}
