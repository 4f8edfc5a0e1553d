package org.hearth.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hearth.help.entity.HelpDetails;
import org.hearth.help.entity.HelpResource;
import org.hearth.organization.entity.Organization;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.Province;
import org.junit.jupiter.api.Test;

class HelpResourceTest {

    static final LocalDate TODAY = LocalDate.parse("2026-11-30");
    static final Organization ORG = new Organization("harbour", "Harbour", Province.ON, Instant.parse("2026-11-30T12:00:00Z"));

    static HelpDetails details(String phone, String textUrl, LocalDate verified) {
        return new HelpDetails("Canadian Human Trafficking Hotline", "Ligne d'urgence canadienne contre la traite des personnes",
                phone, "1-833-900-1010", textUrl, "24/7", "24 h sur 24", "English, French", "français, anglais",
                null, "  ", null, verified);
    }

    static HelpResource hotline(LocalDate verified) {
        HelpResource h = new HelpResource(ORG, "hotline", "Hotline", "Ligne", 0);
        h.revise(details("1-833-900-1010", "https://www.canadianhumantraffickinghotline.ca/chat", verified), TODAY);
        return h;
    }

    @Test
    void exactlySixMonthsAgoIsStillVerifiedAndOneDayMoreIsNot() {
        assertFalse(hotline(TODAY.minusMonths(6)).needsVerification(TODAY), "verified on 2026-05-30: still fine on 2026-11-30");
        assertTrue(hotline(TODAY.minusMonths(6).minusDays(1)).needsVerification(TODAY), "2026-05-29 is more than six months ago");
        assertFalse(hotline(TODAY).needsVerification(TODAY));
    }

    @Test
    void neverVerifiedNeedsVerification() {
        assertTrue(hotline(null).needsVerification(TODAY));
    }

    @Test
    void markingVerifiedTodayClearsTheWarning() {
        HelpResource h = hotline(LocalDate.parse("2024-01-15"));
        assertTrue(h.needsVerification(TODAY));
        h.markVerified(TODAY);
        assertEquals(TODAY, h.lastVerified());
        assertFalse(h.needsVerification(TODAY));
        assertFalse(h.needsVerification(TODAY.plusMonths(6)), "and stays cleared for six months");
    }

    @Test
    void everyBrokenFieldIsNamedAndNothingChanges() {
        HelpResource h = hotline(TODAY);
        HelpDetails broken = new HelpDetails(" ", null, "call us", "12", "javascript:alert(1)", null, null, null, null,
                null, null, null, TODAY.plusDays(1));
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> h.revise(broken, TODAY));
        List<String> fields = refused.errors().stream().map(InvalidInputException.FieldError::field).toList();
        assertEquals(List.of("nameEn", "nameFr", "phone", "tty", "textUrl", "lastVerified"), fields);
        assertEquals("1-833-900-1010", h.phone(), "all or nothing");
    }

    @Test
    void numbersAndAddressesInTheirUsualForms() {
        HelpResource h = hotline(TODAY);
        h.revise(details("(416) 555-0100", "sms:686868", TODAY), TODAY);
        assertEquals("sms:686868", h.textUrl());
        h.revise(details("911", null, TODAY), TODAY);
        assertEquals("tel:911", h.telUri());
        assertEquals("tel:18339001010", h.ttyUri());
        assertNull(h.textUrl());
        assertNull(h.notes("fr"), "blank texts are stored as nothing");
        assertThrows(InvalidInputException.class, () -> h.revise(details("911", "https://", TODAY), TODAY));
    }

    @Test
    void codesAreLowerCaseWordsAndNamesComeInBothLanguages() {
        assertThrows(InvalidInputException.class, () -> new HelpResource(ORG, "Hot Line", "Hotline", "Ligne", 0));
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> new HelpResource(ORG, "hotline", "Hotline", "", 0));
        assertEquals("nameFr", refused.errors().get(0).field());
    }
}
