package org.hearth.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hearth.shared.InvalidInputException;
import org.hearth.submission.control.StandardFeedbackTemplates;
import org.hearth.submission.entity.FeedbackTemplate;
import org.hearth.submission.entity.FeedbackTemplates;
import org.hearth.submission.entity.Submission;
import org.junit.jupiter.api.Test;

/** The rules of an organization's feedback templates, and the shipped ones they start from. */
class FeedbackTemplatesTest {

    static FeedbackTemplates.Draft draft(String code, String en, String fr) {
        return new FeedbackTemplates.Draft(code, en, fr);
    }

    static List<String> fields(InvalidInputException e) {
        return e.errors().stream().map(InvalidInputException.FieldError::field).toList();
    }

    @Test
    void aSavedListKeepsItsOrderTrimsTheWordsAndGivesNewTemplatesAFreeCode() {
        FeedbackTemplates set = new FeedbackTemplates(7L);
        set.replace(List.of(draft("thanks", "  Thank you!  ", "Merci !"), draft("", "Another", "Un autre"),
                draft("template-1", "Taken code", "Code pris"), draft(null, "Third", "Troisième")), "mod@example.org",
                Instant.parse("2026-12-01T10:00:00Z"));
        List<FeedbackTemplate> saved = set.templates();
        assertEquals(List.of("thanks", "template-2", "template-1", "template-3"),
                saved.stream().map(FeedbackTemplate::code).toList());
        assertEquals("Thank you!", saved.get(0).textEn());
        assertEquals("Merci !", saved.get(0).text("fr"));
        assertEquals("Thank you!", saved.get(0).text("en"));
        assertEquals("mod@example.org", set.changedBy());
    }

    @Test
    void everyTemplateNeedsBothLanguagesWithinTheFeedbackLength() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> FeedbackTemplates.checked(List.of(
                draft("a", "Fine", "Bien"), draft("b", "Only English", "  "), draft("c", null, "x".repeat(
                        Submission.FEEDBACK_LENGTH + 1)))));
        assertEquals(List.of("items[1].fr", "items[2].en", "items[2].fr"), fields(refused));
        assertEquals("feedback-template-too-long", refused.errors().get(2).reason().code());
        assertEquals("écrivez le modèle en anglais et en français", refused.errors().get(0).in(Locale.FRENCH));
        assertEquals("est trop long (au plus 2000 caractères)", refused.errors().get(2).in(Locale.FRENCH));
        assertEquals(1, FeedbackTemplates.checked(List.of(draft("a", "x".repeat(Submission.FEEDBACK_LENGTH), "y"))).size());
    }

    @Test
    void codesAreShortLowerCaseAndUnique() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> FeedbackTemplates.checked(List.of(
                draft("Thanks", "a", "a"), draft("ok", "b", "b"), draft("ok", "c", "c"), draft("x".repeat(41), "d", "d"))));
        assertEquals(List.of("items[0].code", "items[2].code", "items[3].code"), fields(refused));
        assertEquals("feedback-template-code-twice", refused.errors().get(1).reason().code());
    }

    @Test
    void aListIsRefusedWholeAndTheStoredOneStaysAsItWas() {
        FeedbackTemplates set = new FeedbackTemplates(7L);
        set.replace(List.of(draft("thanks", "Thanks", "Merci")), "a@example.org", Instant.EPOCH);
        assertThrows(InvalidInputException.class, () -> set.replace(List.of(draft("new", "New", "")), "b@example.org",
                Instant.EPOCH.plusSeconds(1)));
        assertEquals(List.of("thanks"), set.templates().stream().map(FeedbackTemplate::code).toList());
        assertEquals("a@example.org", set.changedBy());
    }

    @Test
    void aListHasAtMostTwentyTemplatesAndMayBeEmptied() {
        List<FeedbackTemplates.Draft> many = new ArrayList<>();
        for (int i = 0; i <= FeedbackTemplates.MAX_TEMPLATES; i++) {
            many.add(draft(null, "en " + i, "fr " + i));
        }
        assertEquals(List.of("items"), fields(assertThrows(InvalidInputException.class, () -> FeedbackTemplates.checked(many))));
        assertEquals(FeedbackTemplates.MAX_TEMPLATES, FeedbackTemplates.checked(many.subList(0, FeedbackTemplates.MAX_TEMPLATES)).size());
        FeedbackTemplates set = new FeedbackTemplates(7L);
        set.replace(List.of(), "a@example.org", Instant.EPOCH);
        assertTrue(set.templates().isEmpty(), "empty: the shipped templates apply again");
    }

    @Test
    void theShippedTemplatesAreTheStudioTextsInEachLanguage() {
        List<FeedbackTemplate> shipped = StandardFeedbackTemplates.all();
        assertEquals(StandardFeedbackTemplates.CODES, shipped.stream().map(FeedbackTemplate::code).toList());
        FeedbackTemplate thanks = shipped.get(0);
        assertTrue(thanks.textEn().startsWith("Thank you for sharing your work"), thanks.textEn());
        assertTrue(thanks.textFr().startsWith("Merci d’avoir partagé"), thanks.textFr());
        // They pass the rules a saved list must pass, so saving them unchanged always works.
        assertEquals(shipped, FeedbackTemplates.checked(shipped.stream().map(t -> draft(t.code(), t.textEn(), t.textFr())).toList()));
    }
}
