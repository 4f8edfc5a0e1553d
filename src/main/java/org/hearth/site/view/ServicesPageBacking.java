package org.hearth.site.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.hearth.service.boundary.Services;
import org.hearth.service.entity.ServiceCategory;
import org.hearth.service.entity.SupportService;
import org.hearth.shared.Coded;
import org.hearth.shared.Province;

/**
 * The service directory, {@code /{lang}/services?province=ON&category=legal}: filters are plain
 * links, so it works without JavaScript and every filtered view can be bookmarked or shared. A filter
 * the page does not know (an old link, a typo) is ignored rather than refused: a reader looking for
 * help should always get a list.
 */
@Named("servicesPage")
@RequestScoped
public class ServicesPageBacking {

    @Inject
    Services services;

    @Inject
    SitePage site;

    private Province province;
    private ServiceCategory category;
    private List<SupportService> found;

    /** A filter link: what it says, where it goes, and whether it is the one in use. */
    public record Filter(String label, String href, boolean current) {
    }

    public void load() {
        Map<String, String> query = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        province = Arrays.stream(Province.values()).filter(p -> p.name().equalsIgnoreCase(String.valueOf(query.get("province"))))
                .findFirst().orElse(null);
        category = Coded.find(ServiceCategory.class, String.valueOf(query.get("category"))).orElse(null);
        site.inProvince(province);
    }

    public List<SupportService> getServices() {
        if (found == null) {
            found = services.directory(province, category, site.getLang());
        }
        return found;
    }

    public Province getProvince() {
        return province;
    }

    public ServiceCategory getCategory() {
        return category;
    }

    /** "All of Canada", then the thirteen provinces and territories in the page's alphabetical order. */
    public List<Filter> getProvinceFilters() {
        String lang = site.getLang();
        Collator collator = Collator.getInstance(site.getLocale());
        List<Filter> filters = new java.util.ArrayList<>();
        filters.add(new Filter(text("services.allCanada"), href(null, category), province == null));
        Arrays.stream(Province.values()).sorted(Comparator.comparing((Province p) -> p.label(lang), collator))
                .forEach(p -> filters.add(new Filter(p.label(lang), href(p, category), p == province)));
        return filters;
    }

    /** "Every kind of help", then each category. */
    public List<Filter> getCategoryFilters() {
        String lang = site.getLang();
        List<Filter> filters = new java.util.ArrayList<>();
        filters.add(new Filter(text("services.allCategories"), href(province, null), category == null));
        Arrays.stream(ServiceCategory.values())
                .forEach(c -> filters.add(new Filter(c.label(lang), href(province, c), c == category)));
        return filters;
    }

    /** This same view in the other language. */
    public String getOtherLanguageHref() {
        return href(site.getOtherLang(), province, category);
    }

    private String href(Province p, ServiceCategory c) {
        return href(site.getLang(), p, c);
    }

    private static String href(String lang, Province p, ServiceCategory c) {
        StringBuilder href = new StringBuilder("/" + lang + "/services");
        String separator = "?";
        if (p != null) {
            href.append(separator).append("province=").append(p.name());
            separator = "&";
        }
        if (c != null) {
            href.append(separator).append("category=").append(c.code());
        }
        return href.toString();
    }

    private String text(String key) {
        return java.util.ResourceBundle.getBundle("i18n.services", site.getLocale()).getString(key);
    }
}
