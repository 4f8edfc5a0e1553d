package org.hearth.submission.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.hearth.consent.entity.Channel;
import org.hearth.media.boundary.MediaLibrary;
import org.hearth.site.boundary.SiteRouter;
import org.hearth.submission.boundary.Submissions;
import org.hearth.submission.entity.AgeBand;
import org.hearth.submission.entity.Submission;

/**
 * The public submission form ({@code /{lang}/submit}): a plain multipart form that works without
 * JavaScript and creates no session; it posts to {@code /api/v1/submissions/form}, which comes back
 * here with {@code ?problem=} codes when something must be fixed.
 */
@Named("submitPage")
@RequestScoped
public class SubmitPageBacking {

    @Inject
    MediaLibrary media;

    public String getLang() {
        Object lang = FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(SiteRouter.LANG);
        return "fr".equals(lang) ? "fr" : "en";
    }

    /** What to fix, in the page's language; unknown codes are left out. */
    public List<String> getProblems() {
        String problem = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("problem");
        if (problem == null || problem.isBlank()) {
            return List.of();
        }
        ResourceBundle texts = ResourceBundle.getBundle("i18n.site", Locale.forLanguageTag(getLang()),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        return Arrays.stream(problem.split(",")).filter(c -> c.matches("[a-z0-9-]{1,60}")).distinct().limit(12).map(code -> {
            try {
                return texts.getString("submit.problem." + code);
            } catch (MissingResourceException unknown) {
                return texts.getString("submit.problem.submission-invalid");
            }
        }).toList();
    }

    public List<String> getAgeBands() {
        return Arrays.stream(AgeBand.values()).map(AgeBand::code).toList();
    }

    public List<String> getChannels() {
        return Arrays.stream(Channel.values()).map(Channel::code).toList();
    }

    public int getMaxFiles() {
        return Submissions.MAX_FILES;
    }

    public long getMaxMegabytes() {
        return media.maxBytes() / 1_000_000;
    }

    public int getTitleLength() {
        return Submission.TITLE_LENGTH;
    }

    public int getDescriptionLength() {
        return Submission.DESCRIPTION_LENGTH;
    }

    public int getCreditLength() {
        return Submission.CREDIT_LENGTH;
    }
}
