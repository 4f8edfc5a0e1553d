package org.hearth.submission.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.hearth.shared.ResourceNotFoundException;
import org.hearth.site.boundary.SiteRouter;
import org.hearth.submission.boundary.Submissions;
import org.hearth.submission.entity.Submission;

/**
 * A submitter's private status page ({@code /{lang}/submissions/{token}}): where their work is,
 * the moderator's feedback, help when their words suggest they may need it, and withdrawal.
 */
@Named("submissionPage")
@RequestScoped
public class SubmissionStatusBacking {

    @Inject
    Submissions submissions;

    private Submission submission;

    public void load() {
        try {
            submission = submissions.byToken(getToken());
        } catch (ResourceNotFoundException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            try {
                faces.getExternalContext().responseSendError(404, null);
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
            faces.responseComplete();
        }
    }

    public String getToken() {
        Object token = FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(SiteRouter.SLUG);
        return token == null ? "" : token.toString();
    }

    public Submission getSubmission() {
        return submission;
    }

    /** received, in-review, accepted, not-accepted or withdrawn. */
    public String getStatus() {
        return submission == null ? "" : submission.volunteerStatus();
    }

    public boolean isShowHelp() {
        return submission != null && submissions.showsHelp(submission);
    }

    public boolean isWithdrawable() {
        return submission != null && !"withdrawn".equals(getStatus());
    }

    /** What just happened ({@code received}, {@code withdrawn}, {@code confirm}), if anything. */
    public String getDone() {
        String done = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("done");
        return done == null || !done.matches("received|withdrawn|confirm") ? null : done;
    }
}
