package org.hearth.platform.faces;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Where a studio page is and goes: the key the address was routed with, whether this is a
 * postback, the redirect after a save (its messages kept for the next page), and 404 instead of
 * the page. Its texts and messages are {@link StudioText}'s.
 */
public final class StudioPage {

    private StudioPage() {
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

    /** A field of a plain HTML form, as posted (null when absent). */
    public static String param(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }

    /** Every value posted under {@code name}, in the form's order: one per row of a repeated field. */
    public static java.util.List<String> values(String name) {
        String[] values = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap().get(name);
        return values == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(java.util.Arrays.asList(values));
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

    private static FacesContext faces() {
        return FacesContext.getCurrentInstance();
    }

    private static ExternalContext external() {
        return faces().getExternalContext();
    }
}
