package org.hearth.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hearth.consent.entity.Channel;
import org.hearth.consent.entity.CompensationStatus;
import org.hearth.consent.entity.ConsentRecord;
import org.hearth.consent.entity.ConsentTerms;
import org.hearth.consent.entity.Descriptor;
import org.hearth.consent.entity.FaceLevel;
import org.hearth.consent.entity.NameLevel;
import org.hearth.consent.entity.VoiceLevel;
import org.hearth.organization.entity.Organization;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.Province;
import org.hearth.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class ConsentRecordTest {

    static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-11-30");
    static final Organization ORG = new Organization("harbour", "Harbour", Province.ON, NOW);

    static ConsentTerms terms(boolean minor, NameLevel name, FaceLevel face, LocalDate expires) {
        return new ConsentTerms("storyteller-7", minor, "A. Worker", TODAY.minusDays(10), "en", null,
                EnumSet.of(Channel.WEBSITE, Channel.PRINT), name, face, VoiceLevel.NONE, Set.of("en", "fr"),
                Set.of("youth", "newcomers"), expires, null, Descriptor.SURVIVOR, CompensationStatus.PAID, null);
    }

    static ConsentRecord consent() {
        return new ConsentRecord(ORG, terms(false, NameLevel.PSEUDONYM, FaceLevel.OBSCURED, TODAY.plusYears(1)), NOW);
    }

    @Test
    void coversItsChannelLanguagesAndAudiencesOnly() {
        ConsentRecord consent = consent();
        assertEquals(List.of(), consent.coverageProblems("en", Set.of("youth"), TODAY));
        assertEquals(List.of(), consent.coverageProblems("fr-CA", Set.of("youth", "newcomers"), TODAY));
        assertEquals(1, consent.coverageProblems("es", Set.of("youth"), TODAY).size());
        assertTrue(consent.coverageProblems("en", Set.of("business"), TODAY).get(0).contains("business"));
    }

    @Test
    void anExpiryDateIsRequiredAndMustFollowTheDayItWasGiven() {
        InvalidInputException none = assertThrows(InvalidInputException.class,
                () -> terms(false, NameLevel.ANONYMOUS, FaceLevel.NONE, null));
        assertEquals("expiresOn", none.errors().get(0).field());
        assertThrows(InvalidInputException.class, () -> terms(false, NameLevel.ANONYMOUS, FaceLevel.NONE, TODAY.minusDays(20)));
    }

    @Test
    void itStopsCoveringAfterItsExpiryDay() {
        ConsentRecord consent = new ConsentRecord(ORG, terms(false, NameLevel.ANONYMOUS, FaceLevel.NONE, TODAY), NOW);
        assertTrue(consent.coverageProblems("en", Set.of(), TODAY).isEmpty(), "valid through its last day");
        assertFalse(consent.coverageProblems("en", Set.of(), TODAY.plusDays(1)).isEmpty());
        assertEquals("expired", consent.status(TODAY.plusDays(1)));
    }

    @Test
    void fullWithdrawalEndsEverythingAndCannotBeUndone() {
        ConsentRecord consent = consent();
        consent.withdraw(NOW);
        assertEquals("withdrawn", consent.status(TODAY));
        assertTrue(consent.coverageProblems("en", Set.of("youth"), TODAY).get(0).contains("withdrawn"));
        assertThrows(RuleViolationException.class,
                () -> consent.amend(terms(false, NameLevel.ANONYMOUS, FaceLevel.NONE, TODAY.plusYears(2)), NOW));
    }

    @Test
    void withdrawingTheWebsiteChannelTakesItOffTheSiteAndKeepsPrint() {
        ConsentRecord consent = consent();
        consent.withdrawChannels(List.of(Channel.WEBSITE), NOW);
        assertEquals("partially-withdrawn", consent.status(TODAY));
        assertTrue(consent.has(Channel.PRINT));
        assertEquals(List.of("the consent does not cover the website"), consent.coverageProblems("en", Set.of(), TODAY));
    }

    /** The codes a story's take-down is decided by ({@code Story.loseCoverage}): each state gives its own. */
    @Test
    void withdrawalExpiryAndLosingTheWebsiteEachSayTheirCode() {
        ConsentRecord withdrawn = consent();
        withdrawn.withdraw(NOW);
        assertEquals(List.of(ConsentRecord.WITHDRAWN), codes(withdrawn, TODAY));
        ConsentRecord expired = new ConsentRecord(ORG, terms(false, NameLevel.ANONYMOUS, FaceLevel.NONE, TODAY), NOW);
        assertEquals(List.of(ConsentRecord.EXPIRED), codes(expired, TODAY.plusDays(1)));
        ConsentRecord offTheWebsite = consent();
        offTheWebsite.withdrawChannels(List.of(Channel.WEBSITE), NOW);
        assertEquals(List.of(ConsentRecord.NOT_WEBSITE), codes(offTheWebsite, TODAY));
        assertEquals(List.of("consent-not-language", "consent-not-audiences"),
                consent().coverageReasons("es", Set.of("business"), TODAY).stream().map(r -> r.code()).toList());
    }

    static List<String> codes(ConsentRecord consent, LocalDate day) {
        return consent.coverageReasons("en", Set.of(), day).stream().map(r -> r.code()).toList();
    }

    @Test
    void theStorytellersChoiceOfNameHolds() {
        ConsentRecord anonymous = new ConsentRecord(ORG, terms(false, NameLevel.ANONYMOUS, FaceLevel.NONE, TODAY.plusYears(1)), NOW);
        assertFalse(anonymous.identificationProblems(false, false, true).isEmpty(), "a pseudonym byline for an anonymous storyteller");
        assertTrue(anonymous.identificationProblems(false, false, false).isEmpty());
        ConsentRecord pseudonym = consent();
        assertFalse(pseudonym.identificationProblems(false, true, true).isEmpty(), "first name without agreement");
    }

    @Test
    void aChildIdentifiedAsAVictimIsNeverNamedOrShownWhateverTheConsentSays() {
        ConsentRecord named = new ConsentRecord(ORG, terms(true, NameLevel.FIRST_NAME, FaceLevel.OBSCURED, TODAY.plusYears(1)), NOW);
        assertFalse(named.identificationProblems(false, false, true).isEmpty(), "a consent allowing a child's first name");
        ConsentRecord shown = new ConsentRecord(ORG, terms(true, NameLevel.PSEUDONYM, FaceLevel.SHOWN, TODAY.plusYears(1)), NOW);
        assertFalse(shown.identificationProblems(false, false, true).isEmpty(), "a face shown");
        ConsentRecord safe = new ConsentRecord(ORG, terms(true, NameLevel.PSEUDONYM, FaceLevel.OBSCURED, TODAY.plusYears(1)), NOW);
        assertTrue(safe.identificationProblems(false, false, true).isEmpty(), "a changed name, face obscured");
        assertFalse(safe.identificationProblems(false, true, true).isEmpty(), "a first-name byline");
    }

    @Test
    void channelKeysAreTheContractsJsonNames() {
        assertEquals("socialMedia", Channel.SOCIAL_MEDIA.code());
        assertEquals("mediaKits", Channel.MEDIA_KITS.code());
        assertEquals("website", Channel.WEBSITE.code());
    }
}
