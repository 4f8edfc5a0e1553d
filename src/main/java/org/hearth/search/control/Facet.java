package org.hearth.search.control;

import java.util.List;
import java.util.Locale;

/** The dimensions a search can be filtered and counted by; each name is also its query parameter and JSON key. */
public enum Facet {
    AUDIENCE, PROJECT, TOPIC, PROVINCE, CAMPAIGN, KIND;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    List<String> valuesOf(IndexedStory story) {
        return switch (this) {
            case AUDIENCE -> story.audiences();
            case PROJECT -> single(story.project());
            case TOPIC -> story.topics();
            case PROVINCE -> single(story.province());
            case CAMPAIGN -> single(story.campaign());
            case KIND -> single(story.kind());
        };
    }

    private static List<String> single(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value);
    }
}
