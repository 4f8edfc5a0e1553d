package org.hearth.site.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import org.hearth.shared.Coded;
import org.hearth.story.boundary.Stories;
import org.hearth.story.boundary.StoryQuery;
import org.hearth.story.entity.Story;
import org.hearth.story.entity.StoryStatus;
import org.hearth.story.entity.Topic;

/** A topic's page: the published stories about it. Topic labels live in the {@code browse} bundle. */
@Named("topicPage")
@RequestScoped
public class TopicPageBacking {

    static final int STORIES = 50;

    @Inject
    Stories stories;

    @Inject
    SitePage site;

    private Topic topic;
    private List<Story> published;

    public void load() {
        topic = Coded.find(Topic.class, SitePage.slug()).orElse(null);
        if (topic == null) {
            SitePage.fail(404);
        }
    }

    /** The topic's code, such as {@code labour-exploitation}. */
    public String getCode() {
        return topic.code();
    }

    /** Its published stories in the page's language first, then in any other language. */
    public List<Story> getStories() {
        if (published == null) {
            String lang = site.getLang();
            published = stories.published(new StoryQuery(StoryQuery.Order.PUBLISHED)
                    .status(StoryStatus.PUBLISHED).topic(topic), STORIES).stream()
                    .sorted(Comparator.comparing(story -> !story.lang().equals(lang)))
                    .toList();
        }
        return published;
    }
}
