package org.hearth.submission.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.hearth.shared.Coded;
import org.hearth.submission.boundary.Submissions;
import org.hearth.submission.entity.Submission;
import org.hearth.submission.entity.SubmissionStatus;

/**
 * {@code /studio/submissions}: the moderation queue, pending first, newest first, a page at a
 * time, with how many flags each has; the other statuses one tab away (escalations for the
 * safeguarding lead only).
 */
@Named("submissionQueue")
@RequestScoped
public class SubmissionQueueBacking {

    static final int PAGE = 20;

    @Inject
    Submissions submissions;

    private List<Submission> found;

    /** One row: the submission and how many flags ask for attention. */
    public record Row(Submission submission, int flags) {
    }

    public String getStatus() {
        return status().code();
    }

    public List<String> getStatuses() {
        List<String> statuses = new ArrayList<>();
        for (SubmissionStatus s : SubmissionStatus.values()) {
            if (s != SubmissionStatus.ESCALATED || submissions.seesEscalations()) {
                statuses.add(s.code());
            }
        }
        return statuses;
    }

    public List<Row> getRows() {
        if (found == null) {
            found = submissions.queue(status(), before(), PAGE + 1);
        }
        return found.stream().limit(PAGE).map(s -> new Row(s, submissions.flags(s).size())).toList();
    }

    public boolean isOlder() {
        getRows();
        return found.size() > PAGE;
    }

    public String getOlderUrl() {
        return "/studio/submissions?status=" + getStatus() + "&before=" + found.get(PAGE - 1).id();
    }

    private static SubmissionStatus status() {
        String value = param("status");
        return value == null ? SubmissionStatus.PENDING : Coded.find(SubmissionStatus.class, value).orElse(SubmissionStatus.PENDING);
    }

    private static Long before() {
        String value = param("before");
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String param(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }
}
