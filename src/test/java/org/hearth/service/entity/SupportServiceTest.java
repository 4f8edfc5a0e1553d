package org.hearth.service.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hearth.organization.entity.Organization;
import org.hearth.service.entity.ServiceDetails.Accessibility;
import org.hearth.shared.FieldChecks;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.Province;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The directory's rules: where a service works, whom it serves, its last check, and what it may never show. */
class SupportServiceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    static final Organization ORG = new Organization("harbour", "Harbour", Province.ON, Instant.parse("2026-01-01T00:00:00Z"));

    static ServiceDetails details(String name, List<String> categories, List<String> areas, List<String> audiences) {
        return new ServiceDetails(name, name + " (fr)", null, null, null, categories, areas, audiences, null, null, null,
                null, new Accessibility(false, false, false), "416-555-0100", null, null, null, "self", "free", false,
                false, true, TODAY.minusMonths(1));
    }

    static SupportService service(String slug, List<String> categories, List<String> areas, List<String> audiences) {
        return new SupportService(ORG, slug, details(slug, categories, areas, audiences), TODAY);
    }

    @ParameterizedTest(name = "{0} serves {1}/{2}: {3}")
    @CsvSource(nullValues = "-", value = {
            "national,     ON, Toronto,   0",
            "ON,           ON, Toronto,   1",
            "ON:Toronto,   ON, Toronto,   2",
            "ON:Toronto,   ON, Ottawa,   -1",
            "ON:Toronto,   ON, -,        -1",
            "ON,           QC, Montréal, -1",
            "QC:Montréal,  QC, montreal,  2",
            "QC:Montreal,  QC, MONTRÉAL,  2"})
    void anAreaFitsAPlaceByMunicipalityProvinceOrCountry(String area, Province province, String municipality, int fit) {
        assertEquals(fit, Area.parse(area).fit(province, municipality));
    }

    @ParameterizedTest
    @CsvSource({"ontario", "XX", "ON:", "''", "national:Toronto"})
    void anAreaThatIsNotOneIsRefusedOnItsField(String code) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> Area.parse(code));
        assertEquals("areas", refused.errors().get(0).field());
    }

    @Test
    void localServicesAreThoseOfTheProvinceAndMunicipalityForThePagesAudiencesTheMunicipalitysFirst() {
        SupportService hotline = service("hotline", List.of("hotline"), List.of("national"), List.of());
        SupportService province = service("a-province-line", List.of("hotline"), List.of("ON"), List.of());
        SupportService city = service("z-toronto-youth", List.of("youth"), List.of("ON:Toronto"), List.of("youth"));
        SupportService elsewhere = service("ottawa-clinic", List.of("health"), List.of("ON:Ottawa"), List.of());
        SupportService otherAudience = service("toronto-business", List.of("labour-rights"), List.of("ON:Toronto"), List.of("business"));
        SupportService quebec = service("quebec-line", List.of("hotline"), List.of("QC"), List.of());
        List<SupportService> all = List.of(hotline, province, city, elsewhere, otherAudience, quebec);

        assertEquals(List.of(city, province),
                ServiceMatch.localTo(all, Province.ON, "Toronto", Set.of("youth"), "en", 6));
        assertEquals(List.of(otherAudience, city, province),
                ServiceMatch.localTo(all, Province.ON, "Toronto", Set.of(), "en", 6), "a page about no audience: any audience");
        assertEquals(List.of(city), ServiceMatch.localTo(all, Province.ON, "Toronto", Set.of("youth"), "en", 1));
        assertEquals(List.of(quebec), ServiceMatch.localTo(all, Province.QC, "Montréal", Set.of("youth"), "en", 6));
    }

    @Test
    void theDirectoryOfAProvinceHasItsServicesThenTheNationalOnesAndFiltersByCategory() {
        SupportService hotline = service("hotline", List.of("hotline"), List.of("national"), List.of());
        SupportService legal = service("legal", List.of("legal", "immigration"), List.of("BC:Abbotsford"), List.of());
        SupportService manitoba = service("manitoba", List.of("legal"), List.of("MB"), List.of());
        List<SupportService> all = List.of(hotline, legal, manitoba);

        assertEquals(List.of(legal, hotline), ServiceMatch.directory(all, Province.BC, null, "en"));
        assertEquals(List.of(legal), ServiceMatch.directory(all, Province.BC, ServiceCategory.IMMIGRATION, "en"));
        assertEquals(List.of(legal, manitoba), ServiceMatch.directory(all, null, ServiceCategory.LEGAL, "en"));
    }

    @Test
    void aProvincesHelpBlockAddsItsOwnLinesNotNationalNorLocalOnes() {
        SupportService national = service("hotline", List.of("hotline"), List.of("national"), List.of());
        SupportService ontario = service("ontario-line", List.of("hotline", "victim-services"), List.of("ON"), List.of());
        SupportService toronto = service("toronto-line", List.of("hotline"), List.of("ON:Toronto"), List.of());
        SupportService clinic = service("clinic", List.of("health"), List.of("ON"), List.of());

        assertEquals(List.of(ontario), ServiceMatch.linesOf(List.of(national, ontario, toronto, clinic), Province.ON, "en"));
        assertEquals(List.of(), ServiceMatch.linesOf(List.of(national, ontario, toronto, clinic), Province.QC, "en"));
    }

    @Test
    void aShelterNeverHasAnAddressOtherServicesMay() {
        ServiceDetails shelter = withAddress(details("Safe house", List.of("shelter", "victim-services"), List.of("ON"), List.of()), "12 Elm St");
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> new SupportService(ORG, "safe-house", shelter, TODAY));
        assertEquals(List.of("address"), refused.errors().stream().map(InvalidInputException.FieldError::field).toList());

        SupportService clinic = new SupportService(ORG, "clinic",
                withAddress(details("Clinic", List.of("health"), List.of("ON"), List.of()), "12 Elm St"), TODAY);
        assertEquals("12 Elm St", clinic.address());
        SupportService safe = service("safe", List.of("health"), List.of("ON"), List.of());
        assertThrows(InvalidInputException.class, () -> safe.revise(withAddress(details("Safe", List.of("shelter"), List.of("ON"), List.of()), "1 Oak"), TODAY));
        assertEquals(List.of(ServiceCategory.HEALTH), safe.categoryList(), "a refused edit changes nothing");
    }

    @Test
    void aServiceNobodyCanReachIsRefusedAndEveryBrokenFieldIsNamedAtOnce() {
        ServiceDetails bad = new ServiceDetails(" ", null, null, null, null, List.of("shelter", "spa"), List.of(), List.of(),
                null, null, null, null, null, null, "ftp://x", "sms:123", null, "friends", "free", false, false, false,
                TODAY.plusDays(1));
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> new SupportService(ORG, "bad", bad, TODAY));
        assertEquals(Set.of("nameEn", "nameFr", "categories", "areas", "textUrl", "webUrl", "referral", "lastVerified"),
                Set.copyOf(refused.errors().stream().map(InvalidInputException.FieldError::field).toList()));

        ServiceDetails unreachable = new ServiceDetails("A", "B", null, null, null, List.of("legal"), List.of("ON"), List.of(),
                null, null, null, null, null, null, null, null, null, "self", "free", false, false, false, null);
        refused = assertThrows(InvalidInputException.class, () -> new SupportService(ORG, "unreachable", unreachable, TODAY));
        assertEquals("phone", refused.errors().get(0).field());
    }

    @Test
    void aServiceNobodyCheckedInSixMonthsIsFlaggedUntilSomeoneVerifiesIt() {
        SupportService service = service("s", List.of("legal"), List.of("ON"), List.of());
        assertFalse(service.needsVerification(TODAY));
        service.revise(withVerified(service.details(), TODAY.minusMonths(6)), TODAY);
        assertFalse(service.needsVerification(TODAY), "exactly six months ago still counts");
        service.revise(withVerified(service.details(), TODAY.minusMonths(6).minusDays(1)), TODAY);
        assertTrue(service.needsVerification(TODAY));
        service.markVerified(TODAY);
        assertFalse(service.needsVerification(TODAY));
        service.revise(withVerified(service.details(), null), TODAY);
        assertTrue(service.needsVerification(TODAY), "never checked");
    }

    @Test
    void searchFindsEveryWordInNamesProviderSummaryOrCategoryAccentsAside() {
        SupportService clinic = new SupportService(ORG, "clinic", new ServiceDetails("Hochelaga Health Clinic", "Clinique de santé d'Hochelaga",
                "CLSC", "Care with or without a health card", null, List.of("health"), List.of("QC:Montréal"), List.of(), null, null,
                null, null, null, "514-555-0100", null, null, null, "self", "free", false, false, true, TODAY), TODAY);
        assertTrue(clinic.mentions("clinique sante"));
        assertTrue(clinic.mentions("health card"));
        assertTrue(clinic.mentions("Soins"), "its category's French label");
        assertFalse(clinic.mentions("legal clinic"));
        assertFalse(clinic.mentions("  ?! "));
    }

    @Test
    void storedCodesComeBackAsTheyWereGivenAndDuplicatesOnce() {
        SupportService s = service("s", List.of("legal", " immigration", "legal"), List.of("on:toronto", "QC"), List.of("youth", "youth"));
        ServiceDetails d = s.details();
        assertEquals(List.of("legal", "immigration"), d.categories());
        assertEquals(List.of("ON:toronto", "QC"), d.areas());
        assertEquals(List.of("youth"), d.audiences());
        assertTrue(s.reaches(Province.QC) && s.reaches(Province.ON) && !s.reaches(Province.BC));
        assertTrue(s.servesAnyOf(Set.of("youth", "health")) && !s.servesAnyOf(Set.of("health")));
    }

    @ParameterizedTest
    @CsvSource({"1-833-900-1010, tel:+18339001010", "(416) 555-0123, tel:+14165550123", "911, tel:911", "+44 20 7946 0000, tel:442079460000"})
    void phonesBecomeTelLinksWithTheCountryCode(String phone, String tel) {
        assertEquals(tel, FieldChecks.telUri(phone));
    }

    private static ServiceDetails withAddress(ServiceDetails d, String address) {
        return new ServiceDetails(d.nameEn(), d.nameFr(), d.provider(), d.summaryEn(), d.summaryFr(), d.categories(), d.areas(),
                d.audiences(), d.languagesEn(), d.languagesFr(), d.hoursEn(), d.hoursFr(), d.accessibility(), d.phone(),
                d.textUrl(), d.webUrl(), address, d.referral(), d.cost(), d.traumaInformed(), d.traffickingSpecific(),
                d.fictional(), d.lastVerified());
    }

    private static ServiceDetails withVerified(ServiceDetails d, LocalDate day) {
        return new ServiceDetails(d.nameEn(), d.nameFr(), d.provider(), d.summaryEn(), d.summaryFr(), d.categories(), d.areas(),
                d.audiences(), d.languagesEn(), d.languagesFr(), d.hoursEn(), d.hoursFr(), d.accessibility(), d.phone(),
                d.textUrl(), d.webUrl(), d.address(), d.referral(), d.cost(), d.traumaInformed(), d.traffickingSpecific(),
                d.fictional(), day);
    }
}
