package org.hearth.story.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.hearth.account.boundary.Caller;
import org.hearth.audit.boundary.AuditLog;
import org.hearth.audit.entity.AuditEvent;
import org.hearth.story.boundary.Stories;
import org.hearth.story.boundary.StoryQuery;
import org.hearth.story.entity.Story;
import org.hearth.story.entity.StoryStatus;

/** The studio dashboard: what is waiting for the signed-in person and what happened lately. */
@Named("dashboard")
@RequestScoped
public class DashboardBacking {

    static final int SHOWN = 10;

    @Inject
    Stories stories;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    public String getName() {
        return caller.account().displayName();
    }

    public List<Story> getDrafts() {
        return inStatus(StoryStatus.DRAFT);
    }

    public List<Story> getInReview() {
        return inStatus(StoryStatus.IN_REVIEW);
    }

    public List<Story> getScheduled() {
        return inStatus(StoryStatus.SCHEDULED);
    }

    /** Recent events in the organization the person is working in. */
    public List<AuditEvent> getRecentActivity() {
        List<Long> organizations = caller.inView(role -> true).stream().map(o -> o.id()).toList();
        return audit.find(organizations, null, null, null, null, null, SHOWN);
    }

    private List<Story> inStatus(StoryStatus status) {
        return stories.forStaff(new StoryQuery(StoryQuery.Order.UPDATED).status(status), SHOWN);
    }
}
