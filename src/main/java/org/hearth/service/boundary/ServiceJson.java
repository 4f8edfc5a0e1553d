package org.hearth.service.boundary;

import java.time.LocalDate;
import java.util.List;
import org.hearth.service.entity.ServiceDetails.Accessibility;
import org.hearth.service.entity.SupportService;

/**
 * A service as readers and integrators get it from {@code /api/v1/services}, with texts in one
 * language ({@code lang}). {@code tel} is the phone as a {@code tel:} URI; {@code fictional} marks
 * sample services nobody should call; {@code url} is its entry in the public directory.
 */
public record ServiceJson(String slug, String lang, String name, String provider, String summary,
                          List<Coded> categories, List<Coded> areas, List<String> audiences, String languages,
                          String hours, Accessibility accessibility, String phone, String tel, String textUrl,
                          String webUrl, String address, Coded referral, Coded cost, boolean traumaInformed,
                          boolean traffickingSpecific, boolean fictional, LocalDate lastVerified, String url) {

    /** A code with its label in the response's language. */
    public record Coded(String code, String label) {
    }

    public static ServiceJson of(SupportService s, String lang, String baseUrl) {
        return new ServiceJson(s.slug(), lang, s.name(lang), s.provider(), s.summary(lang),
                s.categoryList().stream().map(c -> new Coded(c.code(), c.label(lang))).toList(),
                s.areaList().stream().map(a -> new Coded(a.code(), a.label(lang))).toList(),
                s.audienceCodes(), s.languages(lang), s.hours(lang), s.accessibility(), s.phone(), s.telUri(),
                s.textUrl(), s.webUrl(), s.address(), new Coded(s.referral().code(), s.referral().label(lang)),
                new Coded(s.cost().code(), s.cost().label(lang)), s.traumaInformed(), s.traffickingSpecific(),
                s.fictional(), s.lastVerified(), baseUrl + "/" + lang + "/services#" + anchor(s));
    }

    /** The id of its card on the directory page. */
    public static String anchor(SupportService s) {
        return "service-" + s.slug();
    }
}
