package org.hearth.platform.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.hearth.shared.BusinessException;
import org.hearth.shared.InvalidInputException;

/**
 * What the studio's edit pages share: texts from the studio bundle in the view's language,
 * messages that name the field they are about, the address a page was routed with, and the
 * redirect after a save (its message kept for the next page).
 */
public final class StudioPage {

    private StudioPage() {
    }

    public static String text(String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.studio", faces().getViewRoot().getLocale());
        String text = bundle.containsKey(key) ? bundle.getString(key) : key;
        return args.length == 0 ? text : MessageFormat.format(text, args);
    }

    public static void info(String key, Object... args) {
        faces().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
    }

    public static void error(String text) {
        faces().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /**
     * Shows why the boundary refused: each invalid field by its label (looked up as
     * {@code labels + "." + field}), anything else by its message.
     */
    public static void refused(BusinessException refused, String labels) {
        if (refused instanceof InvalidInputException invalid) {
            invalid.errors().forEach(e -> error(text(labels + "." + e.field()) + ": " + e.message()));
        } else {
            error(refused.getMessage());
        }
    }

    /** The key the router took from the address ({@code /studio/projects/{slug}}), or the form's own on a postback. */
    public static String key() {
        Object routed = external().getRequestMap().get(StudioRouter.REFERENCE_KEY);
        if (routed != null) {
            return routed.toString();
        }
        String posted = external().getRequestParameterMap().get("key");
        return posted == null || posted.isBlank() ? null : posted;
    }

    public static boolean isPostback() {
        return faces().isPostback();
    }

    /** Goes to {@code path} after a save, keeping the message for the page it shows. */
    public static void redirect(String path) {
        try {
            external().getFlash().setKeepMessages(true);
            external().redirect(external().getRequestContextPath() + path);
            faces().responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers 404 instead of the page. */
    public static void notFound() {
        try {
            external().responseSendError(404, null);
            faces().responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String lang() {
        return faces().getViewRoot().getLocale().getLanguage();
    }

    private static FacesContext faces() {
        return FacesContext.getCurrentInstance();
    }

    private static ExternalContext external() {
        return faces().getExternalContext();
    }
}
