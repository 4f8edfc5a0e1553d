package org.hearth.search.control;

import java.time.Instant;
import java.util.List;
import org.hearth.search.entity.Facet;

/**
 * What the index knows of one published story (one language), as plain values so the index can be
 * built and tested without JPA. The body is the Markdown source; the index keeps its text only.
 */
public record IndexedStory(String slug, String lang, String title, String summary, String body, String project,
                           String province, List<String> audiences, List<String> topics, String campaign,
                           String kind, Instant publishedAt, String url) {

    public IndexedStory {
        audiences = List.copyOf(audiences);
        topics = List.copyOf(topics);
    }

    /** What this story is filed under for {@code facet}: the values it is counted and filtered by. */
    List<String> valuesOf(Facet facet) {
        return switch (facet) {
            case AUDIENCE -> audiences;
            case PROJECT -> single(project);
            case TOPIC -> topics;
            case PROVINCE -> single(province);
            case CAMPAIGN -> single(campaign);
            case KIND -> single(kind);
        };
    }

    private static List<String> single(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value);
    }
}
