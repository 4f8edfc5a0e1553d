package org.hearth.site.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.hearth.service.boundary.Services;
import org.hearth.service.entity.ServiceDetails.Accessibility;
import org.hearth.service.entity.SupportService;

/** What a service card says in the page's language: its categories, its accessibility, its last check. */
@Named("serviceTexts")
@RequestScoped
public class ServiceTexts {

    @Inject
    SitePage site;

    @Inject
    Services services;

    public String categories(SupportService s) {
        return String.join(" · ", s.categoryList().stream().map(c -> c.label(site.getLang())).toList());
    }

    public String areas(SupportService s) {
        return String.join(" · ", s.areaList().stream().map(a -> a.label(site.getLang())).toList());
    }

    /** "Wheelchair accessible · TTY · Interpretation", or null when it offers none of them. */
    public String accessibility(SupportService s) {
        Accessibility a = s.accessibility();
        ResourceBundle texts = ResourceBundle.getBundle("i18n.services", site.getLocale());
        List<String> offered = new ArrayList<>();
        if (a.wheelchair()) {
            offered.add(texts.getString("services.wheelchair"));
        }
        if (a.tty()) {
            offered.add(texts.getString("services.tty"));
        }
        if (a.interpretation()) {
            offered.add(texts.getString("services.interpretation"));
        }
        return offered.isEmpty() ? null : String.join(" · ", offered);
    }

    public String verified(SupportService s) {
        return s.lastVerified() == null ? null
                : s.lastVerified().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(site.getLocale()));
    }

    /** Whether nobody has checked it in six months: the card says so, so a reader knows to double-check. */
    public boolean stale(SupportService s) {
        return s.needsVerification(services.today());
    }
}
