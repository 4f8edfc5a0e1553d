package org.hearth.account.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.hearth.account.boundary.Accounts;
import org.hearth.account.boundary.Caller;
import org.hearth.platform.faces.StudioPage;

/**
 * The studio's language: the one the signed-in person chose (kept on their account, so it follows
 * them to any device), else {@code ?lang=} on the sign-in page, else the browser's preference.
 */
@Named("studioLanguage")
@RequestScoped
public class StudioLanguage {

    static final List<String> SUPPORTED = List.of("en", "fr");

    @Inject
    Caller caller;

    @Inject
    Accounts accounts;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = Locale.forLanguageTag(choose(caller.find().flatMap(a -> a.language()).orElse(null),
                    external().getRequestParameterMap().get("lang"), (HttpServletRequest) external().getRequest()));
        }
        return locale;
    }

    /** The person's choice first, then the address's {@code lang}, then the first supported browser language. */
    static String choose(String chosen, String asked, HttpServletRequest request) {
        if (chosen != null && SUPPORTED.contains(chosen)) {
            return chosen;
        }
        if (asked != null && SUPPORTED.contains(asked)) {
            return asked;
        }
        var preferred = request.getLocales();
        while (preferred.hasMoreElements()) {
            String language = preferred.nextElement().getLanguage();
            if (SUPPORTED.contains(language)) {
                return language;
            }
        }
        return SUPPORTED.get(0);
    }

    /** The language a switch offers: the other one. */
    public String getOther() {
        return "fr".equals(getLocale().getLanguage()) ? "en" : "fr";
    }

    /** Keeps the studio in {@code code} for this person from now on, and shows the same page in it. */
    public String switchTo(String code) {
        accounts.chooseLanguage(caller.account().publicId(), code, SUPPORTED);
        ExternalContext external = external();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String back = request.getParameter("here");
        StudioPage.redirect(back != null && back.startsWith("/studio/") && !back.contains("//") ? back : "/studio/");
        return null;
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }
}
