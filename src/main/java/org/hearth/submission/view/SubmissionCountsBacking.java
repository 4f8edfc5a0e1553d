package org.hearth.submission.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hearth.submission.boundary.Submissions;

/** The dashboard's "submissions waiting" column: how many wait for a moderator in the organization worked in. */
@Named("submissionCounts")
@RequestScoped
public class SubmissionCountsBacking {

    @Inject
    Submissions submissions;

    private String waiting;

    public String getWaiting() {
        if (waiting == null) {
            waiting = String.valueOf(submissions.waiting());
        }
        return waiting;
    }
}
