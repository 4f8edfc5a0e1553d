package org.hearth.site.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hearth.help.boundary.HelpResources;
import org.hearth.help.entity.HelpResource;
import org.hearth.platform.config.HearthSettings;
import org.hearth.service.boundary.Services;
import org.hearth.service.entity.SupportService;
import org.hearth.shared.Province;
import org.hearth.site.boundary.PageValidators;
import org.hearth.site.boundary.SiteRouter;
import org.hearth.site.control.PageCache;
import org.hearth.site.control.PageInvalidation;
import org.hearth.story.entity.LanguageTag;

/** What every public page shares: its language, the exit destination and the help block. */
@Named("site")
@RequestScoped
public class SitePage {

    @Inject
    HearthSettings settings;

    @Inject
    HelpResources helpResources;

    @Inject
    Services services;

    private List<HelpResource> help;
    private Province province;
    private List<SupportService> provinceLines;
    private final Set<String> audiences = new TreeSet<>();

    /** The site language of this request, {@code en} or {@code fr}. */
    public String getLang() {
        var request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        Object lang = request.get(SiteRouter.LANG);
        if (lang == null) {
            // An error page for an address the router did not take: the language its path names.
            Object failed = request.get("jakarta.servlet.error.request_uri");
            lang = failed != null && failed.toString().startsWith("/fr/") ? "fr" : "en";
        }
        return "fr".equals(lang) ? "fr" : "en";
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(getLang());
    }

    /** The other site language, for the language switch. */
    public String getOtherLang() {
        return "fr".equals(getLang()) ? "en" : "fr";
    }

    public String getExitUrl() {
        return settings.exitUrl().toString();
    }

    public String getBaseUrl() {
        return settings.baseUrl();
    }

    /**
     * The supports for every reader (the hotline, 911), then those for the audiences this page is
     * about ({@link #about}).
     */
    public List<HelpResource> getHelp() {
        if (help == null) {
            help = helpResources.forAudiences(audiences);
        }
        return help;
    }

    /**
     * Says that this page is about these audiences: the help block adds their own supports, and the
     * cached page is tagged so that a change to those supports drops it.
     */
    public void about(Collection<String> audienceCodes) {
        audiences.addAll(audienceCodes);
        Map<String, Object> request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        @SuppressWarnings("unchecked")
        Set<String> tags = (Set<String>) request.get(PageValidators.TAGS);
        Set<String> more = new HashSet<>(tags == null ? Set.of(PageCache.LISTS) : tags);
        audienceCodes.forEach(code -> more.add(PageInvalidation.helpTag(code)));
        request.put(PageValidators.TAGS, more);
    }

    /** Says that this page is about a place in {@code province}: the help block adds that province's own lines. */
    public void inProvince(Province province) {
        this.province = province;
    }

    /** The help lines of this page's province (none on a page about no province). */
    public List<SupportService> getProvinceLines() {
        if (provinceLines == null) {
            provinceLines = province == null ? List.of() : services.linesOf(province, getLang());
        }
        return provinceLines;
    }

    public Province getProvince() {
        return province;
    }

    /** The writing direction of content in {@code lang}: {@code rtl} for Arabic, Persian, Urdu… */
    public String dir(String lang) {
        return lang != null && LanguageTag.isRightToLeft(lang) ? "rtl" : "ltr";
    }

    /** Answers the request with {@code status} (404, 410) and the matching error page instead of this view. */
    static void fail(int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    static String slug() {
        Object slug = FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(SiteRouter.SLUG);
        return slug == null ? "" : slug.toString();
    }
}
