package org.hearth.site.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.hearth.audience.boundary.Audiences;
import org.hearth.audience.entity.Audience;
import org.hearth.campaign.boundary.Campaigns;
import org.hearth.campaign.entity.Campaign;
import org.hearth.project.boundary.Projects;
import org.hearth.project.entity.NeighbourhoodProject;
import org.hearth.search.boundary.Search;
import org.hearth.search.entity.Facet;
import org.hearth.search.entity.SearchRequest;
import org.hearth.search.entity.SearchResult;
import org.hearth.shared.Province;

/**
 * The search page: the reader's words ({@code q}) and facet filters from the query string, published
 * stories in every language, and the facet counts as links that narrow the search. An empty
 * {@code q} shows the form only. Everything travels in the URL; nothing is kept between requests.
 */
@Named("searchPage")
@RequestScoped
public class SearchPageBacking {

    /** As for {@code /api/v1/search}: long enough for any real question, short enough for a fuzzy retry. */
    static final int MAX_QUERY_LENGTH = 200;
    static final int MAX_FILTER_LENGTH = 100;
    static final int RESULTS = 50;

    @Inject
    Search search;

    @Inject
    Audiences audiences;

    @Inject
    Projects projects;

    @Inject
    Campaigns campaigns;

    @Inject
    SitePage site;

    /** How many services the page lists beside the stories. */
    static final int SERVICES = 10;

    @Inject
    org.hearth.service.boundary.Services services;

    private List<org.hearth.service.entity.SupportService> foundServices = List.of();
    private String query = "";
    private final Map<Facet, String> filters = new EnumMap<>(Facet.class);
    private SearchResult result;
    private List<ActiveFilter> activeFilters;
    private List<FacetGroup> facetGroups;
    private Map<String, String> audienceLabels;
    private ResourceBundle texts;

    /** A filter in force ({@code facet=value}), with the link that drops it. */
    public record ActiveFilter(String facet, String value, String label, String removeHref) {
    }

    /** One facet and the values it can be narrowed to. */
    public record FacetGroup(String facet, List<FacetValue> values) {
    }

    /** A facet value with its count over all matches, and the link that adds it as a filter. */
    public record FacetValue(String value, String label, int count, String href) {
    }

    public void load() {
        Map<String, String> parameters = parameters(FacesContext.getCurrentInstance().getExternalContext());
        String q = parameters.get("q");
        query = q == null ? "" : q.strip();
        if (query.length() > MAX_QUERY_LENGTH) {
            query = query.substring(0, MAX_QUERY_LENGTH).strip();
        }
        for (Facet facet : Facet.values()) {
            String value = parameters.get(facet.key());
            if (value != null && !value.isBlank() && value.length() <= MAX_FILTER_LENGTH) {
                value = value.strip();
                filters.put(facet, facet == Facet.PROVINCE ? value.toUpperCase() : value);
            }
        }
        if (!query.isEmpty()) {
            result = search.find(new SearchRequest(query, null, filters, RESULTS));
            foundServices = services.search(query, Province.find(filters.get(Facet.PROVINCE)).orElse(null), SERVICES);
        }
    }

    /** The directory's services that mention the words searched for. */
    public List<org.hearth.service.entity.SupportService> getServices() {
        return foundServices;
    }

    /** The words searched for, as the form shows them again. */
    public String getQuery() {
        return query;
    }

    /** Whether a search ran (the reader typed something). */
    public boolean isSearched() {
        return result != null;
    }

    public long getTotal() {
        return result == null ? 0 : result.total();
    }

    public List<SearchResult.Hit> getHits() {
        return result == null ? List.of() : result.hits();
    }

    /** Nothing matched exactly; these are matches within one typo. */
    public boolean isFuzzy() {
        return result != null && result.fuzzy() && result.total() > 0;
    }

    /** The words spelled as the stories spell them, or null. */
    public String getSuggestion() {
        return result == null ? null : result.suggestion();
    }

    public String getSuggestionHref() {
        return href(getSuggestion(), filters, site.getLang());
    }

    /** This search on the other language's page. */
    public String getOtherLanguageHref() {
        return href(query, filters, site.getOtherLang());
    }

    /** The filters in force; the form carries them as hidden fields, so that new words keep them. */
    public List<ActiveFilter> getActiveFilters() {
        if (activeFilters != null) {
            return activeFilters;
        }
        List<ActiveFilter> active = new ArrayList<>();
        filters.forEach((facet, value) -> {
            Map<Facet, String> without = new EnumMap<>(filters);
            without.remove(facet);
            active.add(new ActiveFilter(facet.key(), value, label(facet, value), href(query, without, site.getLang())));
        });
        activeFilters = active;
        return active;
    }

    /** The facets that can still narrow this search, each value with its count; filters in force left out. */
    public List<FacetGroup> getFacets() {
        if (facetGroups != null) {
            return facetGroups;
        }
        if (result == null || result.total() == 0) {
            return List.of();
        }
        List<FacetGroup> groups = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            if (filters.containsKey(facet)) {
                continue;
            }
            List<FacetValue> values = new ArrayList<>();
            result.facets().getOrDefault(facet, Map.of()).forEach((value, count) -> {
                if (count > 0) {
                    Map<Facet, String> with = new EnumMap<>(filters);
                    with.put(facet, value);
                    values.add(new FacetValue(value, label(facet, value), count, href(query, with, site.getLang())));
                }
            });
            if (!values.isEmpty()) {
                groups.add(new FacetGroup(facet.key(), values));
            }
        }
        facetGroups = groups;
        return groups;
    }

    /** A facet value as readers know it: the audience's, project's or campaign's name, the topic's label. */
    private String label(Facet facet, String value) {
        String lang = site.getLang();
        return switch (facet) {
            case AUDIENCE -> audienceLabels().getOrDefault(value, value);
            case PROJECT -> projects.find(value).map((NeighbourhoodProject p) -> p.name(lang)).orElse(value);
            case CAMPAIGN -> campaigns.find(value).map((Campaign c) -> c.name(lang)).orElse(value);
            case PROVINCE -> provinceLabel(value, lang);
            case TOPIC -> text("topic." + value, value);
            case KIND -> text("kind." + value, value);
        };
    }

    private Map<String, String> audienceLabels() {
        if (audienceLabels == null) {
            audienceLabels = new LinkedHashMap<>();
            for (Audience audience : audiences.all()) {
                audienceLabels.put(audience.code(), audience.label(site.getLang()));
            }
        }
        return audienceLabels;
    }

    private static String provinceLabel(String code, String lang) {
        try {
            return Province.valueOf(code).label(lang);
        } catch (IllegalArgumentException unknown) {
            return code;
        }
    }

    private String text(String key, String fallback) {
        if (texts == null) {
            // No fallback to the JVM's default locale: an English page must never pick up the French file.
            texts = ResourceBundle.getBundle("i18n.browse", site.getLocale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        }
        try {
            return texts.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    /**
     * The query string's parameters, decoded as UTF-8 (as the form and every link here encode them).
     * The container decodes query strings as ISO-8859-1 unless the request says otherwise, which a
     * GET never does, so "infirmière" would arrive as "infirmiÃ¨re"; the router forwards every page,
     * so the original query string is the forward's. The first of repeated names wins.
     */
    static Map<String, String> parameters(ExternalContext context) {
        Object raw = context.getRequestMap().get(RequestDispatcher.FORWARD_QUERY_STRING);
        if (raw == null) {
            return context.getRequestParameterMap();
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : raw.toString().split("&")) {
            int equals = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                parameters.putIfAbsent(name, value);
            } catch (IllegalArgumentException malformed) {
                // A broken %-escape: leave that parameter out rather than fail the page.
            }
        }
        return parameters;
    }

    private static String href(String q, Map<Facet, String> filters, String lang) {
        StringBuilder href = new StringBuilder("/").append(lang).append("/search?q=").append(encode(q == null ? "" : q));
        filters.forEach((facet, value) -> href.append('&').append(facet.key()).append('=').append(encode(value)));
        return href.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
