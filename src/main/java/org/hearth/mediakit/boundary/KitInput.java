package org.hearth.mediakit.boundary;

import java.util.List;
import org.hearth.mediakit.entity.KitItemInput;

/**
 * A kit as created or updated ({@code POST /api/v1/studio/media-kits}, {@code PUT …/{id}}): the
 * contract's shape, plus {@code level} and {@code duration} for training kits. A translation
 * ({@code POST …/{id}/translations}) takes {@code lang, title, summary, usageTerms, items} and keeps
 * the original's kind, audiences, campaign, project and what may be customized. {@code project}: the
 * neighbourhood project a (training) kit is for, whose local service protocol its page links.
 */
public record KitInput(String organization, String campaign, String lang, String kind, String title, String summary,
                       List<String> audiences, String usageTerms, List<String> customizable, String level,
                       String duration, List<KitItemInput> items, Integer version, String project) {
}
