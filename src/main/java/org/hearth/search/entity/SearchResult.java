package org.hearth.search.entity;

import java.util.List;
import java.util.Map;

/**
 * What a search found: the number of matches, the best {@code hits}, and for each {@link Facet} the
 * count of matches per value. {@code fuzzy} tells that nothing matched exactly and these are
 * matches within one typo; then {@code suggestion} may offer the text spelled as the stories spell it.
 */
public record SearchResult(long total, List<Hit> hits, Map<Facet, Map<String, Integer>> facets, boolean fuzzy,
                           String suggestion) {

    /** One hit; {@code snippet} is HTML: escaped text with the matched words in {@code <mark>}. */
    public record Hit(String slug, String lang, String title, String snippet, String url) {
    }
}
