package org.hearth.mediakit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.hearth.mediakit.control.Manifest;
import org.hearth.mediakit.entity.KitKind;
import org.junit.jupiter.api.Test;

/** The README of a kit's ZIP: every item, credit, licence, alt text, the terms, the hotline and the use-until dates. */
class ManifestTest {

    static final LocalDate SOON = LocalDate.of(2027, 12, 20);
    static final LocalDate LATER = LocalDate.of(2028, 3, 1);

    static List<Manifest.Entry> entries() {
        return List.of(
                new Manifest.Entry("images/01-poster.jpg", "Poster", "Design: Hearth", "CC BY 4.0", "A lantern on a path", null, LATER),
                new Manifest.Entry("images/02-photo.jpg", "Photo", "Photo: A. Person", "All rights reserved", "Hands", null, SOON),
                new Manifest.Entry("video/03-talk.mp4", "Talk", "Hearth", "CC BY", null, "Transcript: hello.", null),
                new Manifest.Entry("texts/04-key-messages.md", "Key messages", null, null, null, null, null));
    }

    @Test
    void theEnglishManifestNamesEveryFileAndTheEarliestUseUntilDate() {
        String readme = Manifest.write(new Manifest.Kit("en", "Youth kit", "For schools.", KitKind.CAMPAIGN, null, null,
                "Northern Lantern", null, null, null, "Share unchanged.", "https://example.org/en/media-kits/youth", entries()));
        for (String expected : List.of("Youth kit", "For schools.", "Campaign kit", "Made by: Northern Lantern", "Usage terms",
                "Share unchanged.", "images/01-poster.jpg", "Poster", "Design: Hearth", "CC BY 4.0", "A lantern on a path",
                "Photo: A. Person", "All rights reserved", "Transcript: hello.", "texts/04-key-messages.md",
                "2027-12-20 (December 20, 2027)", "2028-03-01", "1-833-900-1010", "https://example.org/en/media-kits/youth")) {
            assertTrue(readme.contains(expected), "lacks " + expected + ":\n" + readme);
        }
        int earliest = readme.indexOf("The earliest such date in this kit: 2027-12-20");
        assertTrue(earliest > 0 && earliest < readme.indexOf("Files\n"), "the kit's earliest date comes before the files");
        assertFalse(readme.contains("Adapted by"));
    }

    @Test
    void theFrenchManifestIsInFrenchAndSaysWhenNothingIsConsentBound() {
        String readme = Manifest.write(new Manifest.Kit("fr", "Trousse d’été à l’école", null, KitKind.TRAINING, "Débutant",
                "90 minutes", "Lanterne du Nord", "Partenaire de quartier", "Clinique du coin", "info@example.org", null, null,
                List.of(entries().get(3))));
        for (String expected : List.of("Trousse d’été à l’école", "Trousse de formation", "Niveau : Débutant", "Durée : 90 minutes",
                "Adaptée par : Partenaire de quartier", "Services locaux : Clinique du coin", "Conditions d’utilisation",
                "Aucun élément de cette trousse ne dépend du consentement", "1-833-900-1010")) {
            assertTrue(readme.contains(expected), "lacks " + expected + ":\n" + readme);
        }
        assertTrue(Manifest.day(SOON, Locale.CANADA_FRENCH).equals("2027-12-20 (20 décembre 2027)"));
    }
}
