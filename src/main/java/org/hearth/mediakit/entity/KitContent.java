package org.hearth.mediakit.entity;

import java.util.List;
import java.util.Set;

/** What an editor writes of a kit, checked by {@link MediaKit} before it is stored. */
public record KitContent(KitKind kind, String title, String summary, Set<String> audiences, String usageTerms,
                         Set<CustomField> customizable, String campaign, String level, String duration,
                         List<KitItemInput> items) {
}
