package org.hearth.platform.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The studio's texts and messages for backing beans, in the language of the view: one place for
 * looking up {@code i18n.studio} and adding a message ({@link StudioPage} carries it across a redirect).
 */
public final class StudioText {

    public static final String BUNDLE = "i18n.studio";

    private StudioText() {
    }

    /** The text for {@code key} with {@code arguments} filled in; the key itself when it is missing. */
    public static String text(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, FacesContext.getCurrentInstance().getViewRoot().getLocale());
        if (!bundle.containsKey(key)) {
            return key;
        }
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
    }

    public static boolean has(String key) {
        return ResourceBundle.getBundle(BUNDLE, FacesContext.getCurrentInstance().getViewRoot().getLocale()).containsKey(key);
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, null, text(key, arguments));
    }

    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, null, text(key, arguments));
    }

    /** An error already in words (a rule's own message), tied to a field when {@code clientId} is set. */
    public static void errorAt(String clientId, String words) {
        add(FacesMessage.SEVERITY_ERROR, clientId, words);
    }

    /** A rule's refusal, in the view's language when its reasons can be said there. */
    public static void refused(org.hearth.shared.BusinessException refusal) {
        if (refusal instanceof org.hearth.shared.InvalidInputException invalid) {
            invalid.errors().forEach(e -> add(FacesMessage.SEVERITY_ERROR, null, words(e)));
            return;
        }
        String words = refusal instanceof org.hearth.shared.RuleViolationException rule
                ? rule.in(FacesContext.getCurrentInstance().getViewRoot().getLocale()) : refusal.getMessage();
        add(FacesMessage.SEVERITY_ERROR, null, words);
    }

    /**
     * Why the boundary refused a form: each invalid field by its label (looked up as
     * {@code labels + "." + field}), anything else as {@link #refused(org.hearth.shared.BusinessException)}.
     */
    public static void refused(org.hearth.shared.BusinessException refusal, String labels) {
        if (refusal instanceof org.hearth.shared.InvalidInputException invalid) {
            invalid.errors().forEach(e -> errorAt(null, fieldError(text(labels + "." + e.field()), e)));
        } else {
            refused(refusal);
        }
    }

    /** "Label: why", punctuated as the view's language does ("Titre : est obligatoire"). */
    public static String fieldError(String label, org.hearth.shared.InvalidInputException.FieldError error) {
        return text("error.field", label, words(error));
    }

    /** Why a field was refused, in the view's language when its reason can be said there. */
    public static String words(org.hearth.shared.InvalidInputException.FieldError error) {
        return error.in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** The language of the page being shown ({@code en} or {@code fr}). */
    public static String lang() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
    }

    private static void add(FacesMessage.Severity severity, String clientId, String words) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, words, null));
    }
}
