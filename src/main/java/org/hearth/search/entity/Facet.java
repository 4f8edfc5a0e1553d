package org.hearth.search.entity;

import java.util.Locale;

/** The dimensions a search can be filtered and counted by; each name is also its query parameter and JSON key. */
public enum Facet {
    AUDIENCE, PROJECT, TOPIC, PROVINCE, CAMPAIGN, KIND;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
