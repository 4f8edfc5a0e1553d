package org.hearth.search.boundary;

import java.util.List;
import org.hearth.platform.config.HearthSettings;
import org.hearth.service.boundary.ServiceJson;
import org.hearth.service.boundary.Services;
import org.hearth.shared.Province;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumMap;
import java.util.Map;
import org.hearth.platform.rest.Page;
import org.hearth.search.entity.Facet;
import org.hearth.search.entity.SearchRequest;
import org.hearth.shared.InvalidInputException;
import org.hearth.story.entity.LanguageTag;

/**
 * {@code /api/v1/search}: full-text search over published stories, for anyone. Filters combine;
 * facet counts are over all matches of the text and the filters.
 */
@Path("v1/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    /** Long enough for any real question; keeps a fuzzy retry from expanding without bound. */
    static final int MAX_QUERY_LENGTH = 200;

    /** How many services a search lists beside the stories. */
    static final int SERVICES = 10;

    @Inject
    Search search;

    @Inject
    Services services;

    @Inject
    HearthSettings settings;

    @GET
    public SearchJson.Result search(@QueryParam("q") String q, @QueryParam("lang") String lang,
                                    @QueryParam("project") String project, @QueryParam("audience") String audience,
                                    @QueryParam("campaign") String campaign, @QueryParam("topic") String topic,
                                    @QueryParam("province") String province, @QueryParam("kind") String kind,
                                    @QueryParam("limit") Integer limit) {
        if (q == null || q.isBlank()) {
            throw new InvalidInputException("q", "is required: the words to search for");
        }
        if (q.length() > MAX_QUERY_LENGTH) {
            throw new InvalidInputException("q", "must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        Map<Facet, String> filters = new EnumMap<>(Facet.class);
        filter(filters, Facet.PROJECT, project);
        filter(filters, Facet.AUDIENCE, audience);
        filter(filters, Facet.CAMPAIGN, campaign);
        filter(filters, Facet.TOPIC, topic);
        filter(filters, Facet.PROVINCE, province == null ? null : province.strip().toUpperCase());
        filter(filters, Facet.KIND, kind);
        String language = lang == null || lang.isBlank() ? null : LanguageTag.of(lang);
        int size = Page.limit(limit);
        Province where = filters.containsKey(Facet.PROVINCE) ? Province.find(filters.get(Facet.PROVINCE)).orElse(null) : null;
        String textLang = "fr".equals(language) ? "fr" : "en";
        List<ServiceJson> found = services.search(q.strip(), where, SERVICES).stream()
                .map(s -> ServiceJson.of(s, textLang, settings.baseUrl())).toList();
        return SearchJson.of(search.find(new SearchRequest(q.strip(), language, filters, size)), found);
    }

    private static void filter(Map<Facet, String> filters, Facet facet, String value) {
        if (value != null && !value.isBlank()) {
            filters.put(facet, value.strip());
        }
    }
}
