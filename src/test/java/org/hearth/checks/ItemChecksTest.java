package org.hearth.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks on the item as a whole: content notes, alt text, readability. */
class ItemChecksTest {

    private static CheckedText item(String kind, List<String> notes, int imagesWithoutAlt) {
        return new CheckedText("A title", "A summary", "A short body.", kind, notes, imagesWithoutAlt);
    }

    @Test
    void livedExperienceWithoutContentNotesIsFlagged() {
        List<Check> checks = Texts.run(item("lived-experience", List.of(), 0), Check.MISSING_CONTENT_NOTES);

        assertEquals(1, checks.size());
        assertEquals(Severity.WARNING, checks.get(0).severity());
        assertNull(checks.get(0).field());
    }

    @Test
    void contentNotesSatisfyTheCheck() {
        assertEquals(List.of(), Texts.run(item("lived-experience", List.of("sexual-violence"), 0), Check.MISSING_CONTENT_NOTES));
    }

    @Test
    void otherKindsNeedNoContentNotes() {
        assertEquals(List.of(), Texts.run(item("guidance", List.of(), 0), Check.MISSING_CONTENT_NOTES));
        assertEquals(List.of(), Texts.run(item("composite", null, 0), Check.MISSING_CONTENT_NOTES));
    }

    @Test
    void imagesWithoutAltTextAreFlagged() {
        List<Check> one = Texts.run(item("guidance", List.of(), 1), Check.MISSING_ALT_TEXT);
        List<Check> three = Texts.run(item("guidance", List.of(), 3), Check.MISSING_ALT_TEXT);

        assertEquals("One image has no alt text. Describe each image for people who cannot see it.", one.get(0).message());
        assertTrue(three.get(0).message().startsWith("3 images have no alt text."), three.get(0).message());
        assertEquals(List.of(), Texts.run(item("guidance", List.of(), 0), Check.MISSING_ALT_TEXT));
    }

    @Test
    void aNegativeImageCountIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> item("guidance", List.of(), -1));
    }

    @Test
    void longSentencesGetAReadabilityHint() {
        String longSentence = "This sentence keeps going with one more clause and then another clause and yet another"
                + " clause because the writer did not stop to think about the reader who has to follow all of it. ";
        String shortSentence = "This one is short. ";

        List<Check> hints = Texts.run(Texts.body(longSentence.repeat(4)), Check.LONG_SENTENCES);

        assertEquals(1, hints.size());
        assertEquals(Severity.INFO, hints.get(0).severity());
        assertEquals("body", hints.get(0).field());
        assertTrue(hints.get(0).message().contains("average 34 words"), hints.get(0).message());
        assertEquals(List.of(), Texts.run(Texts.body(shortSentence.repeat(4)), Check.LONG_SENTENCES));
    }

    @Test
    void aCleanItemHasNoChecks() {
        CheckedText text = new CheckedText("How to spot labour trafficking", "Signs to look for at work.",
                "Workers may not hold their own passports. Call 1-833-900-1010 if you are worried.",
                "guidance", List.of(), 0);

        assertEquals(List.of(), Texts.run(text));
    }
}
