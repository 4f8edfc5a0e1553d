package org.hearth.submission.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.hearth.media.entity.MediaAsset;
import org.hearth.platform.faces.StudioPage;
import org.hearth.platform.faces.StudioText;
import org.hearth.shared.BusinessException;
import org.hearth.shared.ResourceNotFoundException;
import org.hearth.submission.boundary.ModerationFeedback;
import org.hearth.submission.boundary.Submissions;
import org.hearth.submission.control.Flags;
import org.hearth.submission.entity.FeedbackTemplate;
import org.hearth.submission.entity.Submission;
import org.hearth.submission.entity.SubmissionStatus;

/**
 * {@code /studio/submissions/{id}}: one submission for its moderators — the youth's words, their
 * credit, age band and consent, every file's stripped preview, the flags — and the decision:
 * accept into a draft story or into the media library, reject with kind feedback (one of the
 * organization's templates in the submitter's language, put into the field to adjust, or the
 * moderator's own words), or escalate to the safeguarding lead.
 * Every rule lives in {@link Submissions} and {@link Submission}.
 */
@Named("submissionDetail")
@RequestScoped
public class SubmissionDetailBacking {

    /** How much of a template its menu entry shows. */
    private static final int LABEL_LENGTH = 90;

    @Inject
    Submissions submissions;

    @Inject
    ModerationFeedback templates;

    private String key;
    private Submission submission;
    private String feedback;
    private String template;
    private String note;

    /** Opens the submission (the submitter now reads "in review"); an unknown one answers 404. */
    public void load() {
        if (StudioPage.isPostback()) {
            return;
        }
        key = StudioPage.key();
        try {
            if (key == null) {
                throw new ResourceNotFoundException("submission", "(none)");
            }
            submission = submissions.open(key);
        } catch (ResourceNotFoundException e) {
            StudioPage.notFound();
        }
    }

    /**
     * The submission, read on first use: on a postback the decision forms are decoded before any
     * view action runs, so what they render on must be known by then.
     */
    public Submission getSubmission() {
        if (submission == null && getKey() != null) {
            try {
                submission = submissions.read(key);
            } catch (ResourceNotFoundException e) {
                key = null;
            }
        }
        return submission;
    }

    public String getKey() {
        if (key == null) {
            key = StudioPage.key();
        }
        return key;
    }

    public boolean isUndecided() {
        Submission submission = getSubmission();
        return submission != null && (submission.status() == SubmissionStatus.PENDING
                || submission.status() == SubmissionStatus.ESCALATED);
    }

    public boolean isEscalatable() {
        Submission submission = getSubmission();
        return submission != null && submission.status() == SubmissionStatus.PENDING;
    }

    public List<Flags.Flag> getFlags() {
        return getSubmission() == null ? List.of() : submissions.flags(submission);
    }

    public List<MediaAsset> getFiles() {
        return getSubmission() == null ? List.of() : submissions.files(submission);
    }

    /** A stripped rendition to show (never the original), or null while it is being made. */
    public String preview(MediaAsset asset) {
        for (String name : List.of("w480", "full", "poster")) {
            if (asset.withdrawnAt() == null && asset.rendition(name).isPresent()) {
                return "/api/v1/studio/media/" + asset.publicId() + "/preview/" + name;
            }
        }
        return null;
    }

    public String stream(MediaAsset asset) {
        return asset.withdrawnAt() == null && asset.rendition("stream").isPresent()
                ? "/api/v1/studio/media/" + asset.publicId() + "/preview/stream" : null;
    }

    /** The organization's feedback templates (its own, else those shipped with Hearth). */
    public List<FeedbackTemplate> getTemplates() {
        return getSubmission() == null ? List.of() : templates.templatesFor(submission);
    }

    /** A template's menu entry: the start of its words in the studio's language. */
    public String templateLabel(FeedbackTemplate template) {
        String words = template.text(StudioText.lang()).replaceAll("\\s+", " ");
        return words.length() <= LABEL_LENGTH ? words : words.substring(0, LABEL_LENGTH - 1).strip() + "…";
    }

    /**
     * Puts the chosen template's words, in the submitter's language, into the feedback field, for the
     * moderator to adjust before sending (a postback: it works without JavaScript).
     */
    public String useTemplate() {
        String words = templateText();
        if (words != null) {
            feedback = words;
        }
        return null;
    }

    public String acceptIntoStory() {
        decide(Submissions.Decision.ACCEPT, true, null, "submission.done.accepted");
        return null;
    }

    public String acceptIntoMedia() {
        decide(Submissions.Decision.ACCEPT, false, null, "submission.done.acceptedMedia");
        return null;
    }

    public String reject() {
        String words = feedback == null || feedback.isBlank() ? templateText() : feedback;
        decide(Submissions.Decision.REJECT, false, words, "submission.done.rejected");
        return null;
    }

    public String escalate() {
        decide(Submissions.Decision.ESCALATE, false, note, "submission.done.escalated");
        return null;
    }

    private void decide(Submissions.Decision decision, boolean intoStory, String words, String done) {
        try {
            Submission decided = submissions.decide(getKey(), decision, intoStory, words, null);
            StudioText.info(done);
            StudioPage.redirect(decided.storyId() != null && decision == Submissions.Decision.ACCEPT
                    ? "/studio/stories/" + decided.storyId() : "/studio/submissions/" + decided.publicId());
        } catch (BusinessException refused) {
            StudioText.refused(refused);
        }
    }

    /** The chosen template in the submitter's language: the feedback reaches them in the words of their form. */
    private String templateText() {
        if (template == null || template.isBlank() || getSubmission() == null) {
            return null;
        }
        return templates.wordsFor(submission, template).orElse(null);
    }

    public String getFeedback() { return feedback; }
    public void setFeedback(String feedback) { this.feedback = feedback; }
    public String getTemplate() { return template; }
    public void setTemplate(String template) { this.template = template; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
