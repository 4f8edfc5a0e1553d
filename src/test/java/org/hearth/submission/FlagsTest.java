package org.hearth.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.hearth.checks.boundary.PersonalDetailScan;
import org.hearth.submission.control.DistressWords;
import org.hearth.submission.control.Flags;
import org.junit.jupiter.api.Test;

/** The moderator's flags: personal details, possible disclosures, guardian consent, files to describe and check. */
class FlagsTest {

    private static List<String> codes(List<Flags.Flag> flags) {
        return flags.stream().map(Flags.Flag::code).toList();
    }

    @Test
    void contactDetailsInTheTextAreFlaggedWithTheDetectorsWords() {
        List<String> found = PersonalDetailScan.find("Mural", "Call me at 416-555-0199 or write to sam.river@example.org.",
                Locale.ENGLISH);
        assertEquals(2, found.size(), found.toString());
        List<Flags.Flag> flags = Flags.of(found, false, false, true, new Flags.Files(0, 0, 0));
        assertEquals(List.of(Flags.PERSONAL_DETAILS), codes(flags));
        assertFalse(flags.get(0).message().contains("sam.river@example.org"), "the detail is masked");
    }

    @Test
    void theHelpLinesAreNotPersonalDetails() {
        assertTrue(PersonalDetailScan.find("", "The hotline is 1-833-900-1010.", Locale.ENGLISH).isEmpty());
    }

    @Test
    void distressWordsMatchWholeWordsInEitherLanguage() {
        DistressWords words = DistressWords.standard();
        assertTrue(words.foundIn("My uncle hurts me when I go home"));
        assertTrue(words.foundIn("Il me frappe tous les soirs"));
        assertTrue(words.foundIn("j’ai peur de rentrer"));
        assertFalse(words.foundIn("A mural about our street and the river"));
        assertFalse(words.foundIn("Abusers and abuses, helpmeet"), "whole words only");
    }

    @Test
    void aDisclosureComesFirstAndIncompleteGuardianConsentIsFlagged() {
        List<Flags.Flag> flags = Flags.of(List.of(), true, true, false, new Flags.Files(0, 0, 0));
        assertEquals(List.of(Flags.POSSIBLE_DISCLOSURE, Flags.GUARDIAN_CONSENT), codes(flags));
    }

    @Test
    void imagesAndVideoNeedDescriptionsAndTheSafeImageryChecklist() {
        assertEquals(List.of(Flags.NEEDS_ALT_TEXT, Flags.NEEDS_TRANSCRIPT, Flags.SAFE_IMAGERY),
                codes(Flags.of(List.of(), false, false, true, new Flags.Files(1, 1, 0))));
        assertEquals(List.of(Flags.NEEDS_TRANSCRIPT), codes(Flags.of(List.of(), false, false, true, new Flags.Files(0, 0, 1))));
    }
}
