package org.hearth.site.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.hearth.project.boundary.Projects;
import org.hearth.project.entity.NeighbourhoodProject;
import org.hearth.story.boundary.Stories;
import org.hearth.story.boundary.StoryQuery;
import org.hearth.story.entity.Story;
import org.hearth.story.entity.StoryStatus;

/** The home page: the newest published stories in the page's language, and the neighbourhood projects. */
@Named("home")
@RequestScoped
public class HomeBacking {

    static final int RECENT = 12;

    @Inject
    SitePage site;

    @Inject
    Stories stories;

    @Inject
    Projects projects;

    public List<Story> getRecentStories() {
        return stories.published(new StoryQuery(StoryQuery.Order.PUBLISHED)
                .status(StoryStatus.PUBLISHED).lang(site.getLang()), RECENT);
    }

    public List<NeighbourhoodProject> getProjects() {
        return projects.page(null, 100);
    }
}
