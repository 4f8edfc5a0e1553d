package org.hearth.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A rule's reasons are said in each reader's language, and in English where no words exist yet. */
class ReasonTest {

    @Test
    void aReasonIsWordedInTheReadersLanguageWithItsValues() {
        Reason audiences = Reason.of("consent-not-audiences", "the consent does not cover the audiences [youth]", "[youth]");
        assertEquals("the consent does not cover the audiences [youth]", audiences.in(Locale.ENGLISH));
        assertEquals("le consentement ne couvre pas les publics [youth]", audiences.in(Locale.CANADA_FRENCH));
    }

    @Test
    void anUnknownCodeFallsBackToItsEnglishWords() {
        assertEquals("something new", Reason.of("not-worded-yet", "something new").in(Locale.FRENCH));
    }

    @Test
    void aRefusalWithReasonsIsOneSentenceInEachLanguageAndItsMessageStaysEnglish() {
        RuleViolationException refusal = new RuleViolationException("consent-gate",
                "This story cannot be approved or published: the consent was withdrawn.",
                List.of(Reason.of("consent-withdrawn", "the consent was withdrawn"),
                        Reason.of("storyteller-not-approved", "the storyteller has not approved this version")));
        assertEquals("This story cannot be approved or published: the consent was withdrawn.", refusal.getMessage());
        assertEquals("Ce récit ne peut être ni approuvé ni publié : le consentement a été retiré; "
                + "la personne n'a pas approuvé cette version.", refusal.in(Locale.FRENCH));
        assertEquals("No reasons, no change", new RuleViolationException("x", "No reasons, no change").in(Locale.FRENCH));
    }

    @Test
    void aRefusedFieldIsExplainedInEachLanguageWhileTheApiKeepsItsEnglish() {
        InvalidInputException invalid = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> new org.hearth.story.entity.StoryContent(" ", "Summary", "x".repeat(200_001),
                        org.hearth.story.entity.StoryKind.GUIDANCE, null, null, null));
        InvalidInputException.FieldError title = invalid.errors().get(0);
        assertEquals("title", title.field());
        assertEquals("is required", title.message());
        assertEquals("est obligatoire", title.in(Locale.FRENCH));
        InvalidInputException.FieldError body = invalid.errors().get(1);
        assertEquals("est trop long (200001 caractères, au plus " + org.hearth.story.entity.Story.BODY_LENGTH + ")",
                body.in(Locale.FRENCH));
        assertEquals("something plain", new InvalidInputException.FieldError("x", "something plain").in(Locale.FRENCH),
                "an error without a reason keeps its words");
    }
}
