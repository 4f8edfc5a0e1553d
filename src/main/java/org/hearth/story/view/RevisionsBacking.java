package org.hearth.story.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.hearth.platform.faces.StudioRouter;
import org.hearth.platform.faces.StudioPage;
import org.hearth.platform.faces.StudioText;
import org.hearth.shared.BusinessException;
import org.hearth.shared.ResourceNotFoundException;
import org.hearth.story.boundary.Stories;
import org.hearth.story.boundary.StoryWorkflow;
import org.hearth.story.control.LineDiff;
import org.hearth.story.entity.Story;
import org.hearth.story.entity.StoryRevision;

/**
 * A story's history ({@code /studio/stories/{id}/revisions}): every save, a readable line diff
 * between two of them ({@code ?from=&to=}, by default the chosen one against the one before), and
 * restoring an old text, which is itself a new save.
 */
@Named("revisions")
@RequestScoped
public class RevisionsBacking {

    @Inject
    Stories stories;

    @Inject
    StoryWorkflow workflow;

    private Story story;
    private List<StoryRevision> all;

    public Story getStory() {
        if (story == null) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            Object routed = external.getRequestMap().get(StudioRouter.STORY_ID);
            String id = routed != null ? routed.toString() : external.getRequestParameterMap().get("storyId");
            try {
                story = id == null ? null : stories.read(id);
            } catch (ResourceNotFoundException e) {
                story = null;
            }
        }
        return story;
    }

    public List<StoryRevision> getAll() {
        if (all == null) {
            all = getStory() == null ? List.of() : workflow.revisions(story.publicId());
        }
        return all;
    }

    /** The newer side of the diff: {@code ?to=}, else the latest revision. */
    public Integer getTo() {
        Integer asked = number("to");
        return asked != null ? asked : getAll().isEmpty() ? null : getAll().get(0).number();
    }

    /** The older side: {@code ?from=}, else the revision before {@link #getTo()}. */
    public Integer getFrom() {
        Integer asked = number("from");
        if (asked != null) {
            return asked;
        }
        Integer to = getTo();
        return to == null || to <= 1 ? null : to - 1;
    }

    public List<LineDiff.Line> getTitleDiff() {
        return diff(StoryRevision::title);
    }

    public List<LineDiff.Line> getSummaryDiff() {
        return diff(StoryRevision::summary);
    }

    public List<LineDiff.Line> getBodyDiff() {
        return diff(StoryRevision::body);
    }

    public List<LineDiff.Line> getDetailsDiff() {
        return diff(StoryRevision::details);
    }

    private List<LineDiff.Line> diff(java.util.function.Function<StoryRevision, String> part) {
        if (getFrom() == null || getTo() == null) {
            return List.of();
        }
        try {
            return LineDiff.between(part.apply(workflow.revision(story.publicId(), getFrom())),
                    part.apply(workflow.revision(story.publicId(), getTo())));
        } catch (ResourceNotFoundException e) {
            return List.of();
        }
    }

    /** Puts revision {@code n}'s text back as a new save, from the version shown on the page. */
    public String restore(int number) {
        try {
            workflow.restore(getStory().publicId(), number, version());
            StudioText.info("revisions.restored", number);
            StudioPage.redirect("/studio/stories/" + story.publicId());
        } catch (BusinessException refused) {
            StudioText.refused(refused);
        }
        return null;
    }

    private Integer version() {
        String raw = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("storyVersion");
        return raw == null || !raw.matches("[0-9]{1,9}") ? null : Integer.valueOf(raw);
    }

    private static Integer number(String name) {
        String raw = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        return raw == null || !raw.matches("[0-9]{1,9}") ? null : Integer.valueOf(raw);
    }
}
