package org.hearth.submission.control;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.hearth.submission.entity.FeedbackTemplate;

/**
 * The feedback templates shipped with Hearth, which apply until an organization saves its own:
 * the studio bundles' {@code submission.template.*} texts, read in English and in French exactly
 * (no fallback from one language to the other), so there is one place they are written.
 */
public final class StandardFeedbackTemplates {

    /** Their codes, in the order the moderator's menu lists them. */
    public static final List<String> CODES = List.of("thanks", "identifiable", "location", "topic");
    private static final String BUNDLE = "i18n.studio";
    private static final List<FeedbackTemplate> TEMPLATES = load();

    private StandardFeedbackTemplates() {
    }

    public static List<FeedbackTemplate> all() {
        return TEMPLATES;
    }

    private static List<FeedbackTemplate> load() {
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);
        ResourceBundle en = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, exact);
        ResourceBundle fr = ResourceBundle.getBundle(BUNDLE, Locale.FRENCH, exact);
        return CODES.stream().map(code -> new FeedbackTemplate(code, en.getString("submission.template." + code),
                fr.getString("submission.template." + code))).toList();
    }
}
