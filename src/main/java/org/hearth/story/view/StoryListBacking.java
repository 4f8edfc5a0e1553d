package org.hearth.story.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.hearth.shared.Coded;
import org.hearth.story.boundary.Stories;
import org.hearth.story.boundary.StoryQuery;
import org.hearth.story.entity.Story;
import org.hearth.story.entity.StoryStatus;

/** The studio's story list, newest change first, filtered by status ({@code ?status=draft}). */
@Named("storyList")
@RequestScoped
public class StoryListBacking {

    static final int PAGE = 100;

    @Inject
    Stories stories;

    public List<Story> getStories() {
        String status = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("status");
        StoryQuery query = new StoryQuery(StoryQuery.Order.UPDATED);
        Coded.find(StoryStatus.class, status == null ? "" : status).ifPresent(query::status);
        return stories.forStaff(query, PAGE);
    }

    public StoryStatus[] getStatuses() {
        return StoryStatus.values();
    }
}
