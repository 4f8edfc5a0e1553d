package org.hearth.service.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything about a service that staff edit, in one value: what the studio form, the API and the
 * content import all hand to {@link SupportService#revise}. Texts come in English and French; codes
 * are those of {@link ServiceCategory}, {@link Area}, {@link Referral}, {@link Cost} and the audiences.
 */
public record ServiceDetails(String nameEn, String nameFr, String provider, String summaryEn, String summaryFr,
                             List<String> categories, List<String> areas, List<String> audiences,
                             String languagesEn, String languagesFr, String hoursEn, String hoursFr,
                             Accessibility accessibility, String phone, String textUrl, String webUrl, String address,
                             String referral, String cost, boolean traumaInformed, boolean traffickingSpecific,
                             boolean fictional, LocalDate lastVerified) {

    /** What a service offers people with a disability or who need another language. */
    public record Accessibility(boolean wheelchair, boolean tty, boolean interpretation) {
    }
}
