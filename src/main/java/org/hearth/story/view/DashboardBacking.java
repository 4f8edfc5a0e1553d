package org.hearth.story.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.hearth.account.boundary.Caller;
import org.hearth.audit.boundary.AuditLog;
import org.hearth.audit.entity.AuditEvent;
import org.hearth.consent.boundary.Consents;
import org.hearth.consent.entity.ConsentRecord;
import org.hearth.story.boundary.Stories;
import org.hearth.story.boundary.StoryQuery;
import org.hearth.story.boundary.StoryWorkflow;
import org.hearth.story.entity.Story;
import org.hearth.story.entity.StoryStatus;

/** The studio dashboard: what is waiting for the signed-in person and what happened lately. */
@Named("dashboard")
@RequestScoped
public class DashboardBacking {

    static final int SHOWN = 10;
    static final int EXPIRY_HORIZON_DAYS = 30;

    private final java.util.Map<String, List<?>> lists = new java.util.HashMap<>();

    @Inject
    Stories stories;

    @Inject
    StoryWorkflow workflow;

    @Inject
    Consents consents;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    public String getName() {
        var account = caller.account();
        return account.displayName() == null ? account.email() : account.displayName();
    }

    /** My drafts, and my stories sent back for changes. */
    public List<Story> getDrafts() {
        return once("drafts", () -> {
            String me = caller.account().email();
            return java.util.stream.Stream.concat(
                    stories.forStaff(new StoryQuery(StoryQuery.Order.UPDATED).status(StoryStatus.CHANGES_REQUESTED).author(me), SHOWN).stream(),
                    stories.forStaff(new StoryQuery(StoryQuery.Order.UPDATED).status(StoryStatus.DRAFT).author(me), SHOWN).stream())
                    .limit(SHOWN).toList();
        });
    }

    public List<Story> getInReview() {
        return inStatus(StoryStatus.IN_REVIEW);
    }

    public List<Story> getScheduled() {
        return inStatus(StoryStatus.SCHEDULED);
    }

    /** Stories about a person, being written or under review, whose storyteller has not approved this text yet. */
    public List<Story> getStorytellerPending() {
        return once("storyteller", () -> java.util.stream.Stream.concat(inStatus(StoryStatus.IN_REVIEW).stream(),
                        inStatus(StoryStatus.DRAFT).stream())
                .filter(Story::needsConsent)
                .filter(s -> workflow.latestDecision(s).map(d -> !d.approves(s)).orElse(true))
                .limit(SHOWN).toList());
    }

    /** Consents (that the person may see) ending within 30 days: their stories come down then. */
    public List<ConsentRecord> getExpiringConsents() {
        var today = consents.today();
        return once("expiring", () -> consents.visible().stream()
                .filter(c -> c.withdrawnAt() == null && c.isValidOn(today)
                        && !c.expiresOn().isAfter(today.plusDays(EXPIRY_HORIZON_DAYS)))
                .limit(SHOWN).toList());
    }

    /** Recent events in the organization the person is working in. */
    public List<AuditEvent> getRecentActivity() {
        return once("activity", () -> audit.find(caller.inView(role -> true).stream().map(o -> o.id()).toList(),
                null, null, null, null, null, SHOWN));
    }

    private List<Story> inStatus(StoryStatus status) {
        return once(status.code(), () -> stories.forStaff(new StoryQuery(StoryQuery.Order.UPDATED).status(status), SHOWN));
    }

    /**
     * Each list read once per request: the page asks for it twice (is it empty? then its rows), and
     * the storyteller list reuses the review list. The dashboard changes nothing, so nothing goes stale.
     */
    @SuppressWarnings("unchecked")
    private <T> List<T> once(String what, java.util.function.Supplier<List<T>> read) {
        // Not computeIfAbsent: one list is read while reading another (storyteller reuses in-review).
        List<?> list = lists.get(what);
        if (list == null) {
            list = read.get();
            lists.put(what, list);
        }
        return (List<T>) list;
    }
}
