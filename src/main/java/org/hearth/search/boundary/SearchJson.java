package org.hearth.search.boundary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hearth.search.entity.SearchResult;
import org.hearth.service.boundary.ServiceJson;

/** The JSON shape of {@code GET /api/v1/search}. */
public final class SearchJson {

    private SearchJson() {
    }

    /** {@code suggestion} is null unless nothing matched exactly and the items are matches within one typo. */
    public record Result(long total, List<Item> items, Map<String, Map<String, Integer>> facets, String suggestion,
                         List<ServiceJson> services) {
    }

    /** One published story found; {@code snippet} is HTML (escaped text, matched words in {@code <mark>}). */
    public record Item(String slug, String lang, String title, String snippet, String url) {
    }

    /** {@code services}: the directory's services that mention the words (in the province filter's province). */
    static Result of(SearchResult found, List<ServiceJson> services) {
        List<Item> items = found.hits().stream()
                .map(h -> new Item(h.slug(), h.lang(), h.title(), h.snippet(), h.url())).toList();
        Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
        found.facets().forEach((facet, counts) -> facets.put(facet.key(), counts));
        return new Result(found.total(), items, facets, found.suggestion(), services);
    }
}
