package org.hearth.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugTest {

    @Test
    void foldsAccentsAndJoinsWordsWithHyphens() {
        assertEquals("une-infirmiere-remarque-les-signes", Slug.from("Une infirmière remarque les signes"));
        assertEquals("ca-va-zoe-coeur", Slug.from("  Ça va, Zoë? Cœur!  "));
    }

    @Test
    void neverEmptyAndNeverTooLong() {
        assertEquals("untitled", Slug.from("!!!"));
        String slug = Slug.from("word ".repeat(60));
        assertTrue(slug.length() <= Slug.MAX_LENGTH);
        assertTrue(Slug.isValid(slug));
    }

    @Test
    void numberedAlternativesStayValid() {
        assertEquals("a-story-2", Slug.numbered("a-story", 2));
        assertTrue(Slug.isValid(Slug.numbered("x".repeat(Slug.MAX_LENGTH), 12)));
    }

    @Test
    void requireNamesTheFieldOfABadSlug() {
        assertEquals("a-story", Slug.require("a-story", "slug"));
        InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> Slug.require("A Story", "project"));
        assertEquals("project", e.errors().get(0).field());
    }

    @Test
    void rejectsUpperCaseDoubleHyphensAndEdges() {
        assertFalse(Slug.isValid("Story"));
        assertFalse(Slug.isValid("a--b"));
        assertFalse(Slug.isValid("-a"));
        assertFalse(Slug.isValid(null));
    }
}
