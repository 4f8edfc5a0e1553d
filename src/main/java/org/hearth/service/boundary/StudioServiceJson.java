package org.hearth.service.boundary;

import static org.hearth.platform.rest.Bilingual.both;
import static org.hearth.platform.rest.Bilingual.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hearth.service.entity.ServiceDetails;
import org.hearth.service.entity.ServiceDetails.Accessibility;
import org.hearth.service.entity.SupportService;

/**
 * A service as the studio API shows and takes it: texts as {@code {"en", "fr"}} maps and codes as
 * codes, so what a GET returns can be sent back in a PUT. {@code needsVerification} is true when
 * nobody checked it in the last six months.
 */
public record StudioServiceJson(String slug, String organization, Map<String, String> names, String provider,
                                Map<String, String> summaries, List<String> categories, List<String> areas,
                                List<String> audiences, Map<String, String> languages, Map<String, String> hours,
                                Accessibility accessibility, String phone, String tel, String textUrl, String webUrl,
                                String address, String referral, String cost, Boolean traumaInformed,
                                Boolean traffickingSpecific, Boolean fictional, LocalDate lastVerified,
                                Boolean needsVerification, Integer version) {

    public static StudioServiceJson of(SupportService s, LocalDate today) {
        ServiceDetails d = s.details();
        return new StudioServiceJson(s.slug(), s.organization().slug(), both(d.nameEn(), d.nameFr()), d.provider(),
                both(d.summaryEn(), d.summaryFr()), d.categories(), d.areas(), d.audiences(),
                both(d.languagesEn(), d.languagesFr()), both(d.hoursEn(), d.hoursFr()), d.accessibility(), d.phone(),
                s.telUri(), d.textUrl(), d.webUrl(), d.address(), d.referral(), d.cost(), d.traumaInformed(),
                d.traffickingSpecific(), d.fictional(), d.lastVerified(), s.needsVerification(today), s.version());
    }

    ServiceDetails details() {
        return new ServiceDetails(in(names, "en"), in(names, "fr"), provider, in(summaries, "en"), in(summaries, "fr"),
                categories, areas, audiences, in(languages, "en"), in(languages, "fr"), in(hours, "en"), in(hours, "fr"),
                accessibility, phone, textUrl, webUrl, address, referral, cost, Boolean.TRUE.equals(traumaInformed),
                Boolean.TRUE.equals(traffickingSpecific), Boolean.TRUE.equals(fictional), lastVerified);
    }
}
