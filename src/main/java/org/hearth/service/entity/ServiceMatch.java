package org.hearth.service.entity;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hearth.shared.Province;

/**
 * Which services a page shows, and in what order. A story or project page shows the services of its
 * own province and municipality (the national lines are in the help block already) that are for
 * everyone or for one of its audiences, the municipality's own first. The directory shows every
 * service that works in a province, national ones included.
 */
public final class ServiceMatch {

    private ServiceMatch() {
    }

    /** Services local to a place, for these audiences (empty: any audience), best fit first, at most {@code limit}. */
    public static List<SupportService> localTo(List<SupportService> all, Province province, String municipality,
                                               Set<String> audiences, String lang, int limit) {
        return all.stream()
                .filter(s -> s.fit(province, municipality) >= Area.PROVINCE)
                .filter(s -> audiences.isEmpty() || s.servesAnyOf(audiences))
                .sorted(Comparator.comparingInt((SupportService s) -> -s.fit(province, municipality))
                        .thenComparing(s -> s.name(lang), collator(lang)))
                .limit(limit)
                .toList();
    }

    /** The directory for a province (or the whole country when null) and category (or all when null). */
    public static List<SupportService> directory(List<SupportService> all, Province province, ServiceCategory category, String lang) {
        return all.stream()
                .filter(s -> province == null || s.reaches(province))
                .filter(s -> category == null || s.offers(category))
                .sorted(Comparator.comparing(SupportService::isNational)
                        .thenComparing(s -> s.name(lang), collator(lang)))
                .toList();
    }

    /** The help lines of one province (not the national ones): what the help block adds on that province's pages. */
    public static List<SupportService> linesOf(List<SupportService> all, Province province, String lang) {
        return all.stream()
                .filter(s -> s.offers(ServiceCategory.HOTLINE) && s.phone() != null && s.fit(province, null) == Area.PROVINCE)
                .sorted(Comparator.comparing(s -> s.name(lang), collator(lang)))
                .toList();
    }

    private static Collator collator(String lang) {
        return Collator.getInstance(Locale.forLanguageTag(lang == null ? "en" : lang));
    }
}
