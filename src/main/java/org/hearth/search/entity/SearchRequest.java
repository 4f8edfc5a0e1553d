package org.hearth.search.entity;

import java.util.Map;

/**
 * A search: the reader's words (simple query syntax: quotes, {@code -}, {@code |}, {@code *}),
 * an optional language and facet filters (all must match), and how many hits to return.
 */
public record SearchRequest(String text, String lang, Map<Facet, String> filters, int limit) {

    public SearchRequest {
        filters = Map.copyOf(filters);
    }
}
