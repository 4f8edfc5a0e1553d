package org.hearth.audience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.hearth.audience.entity.Audience;
import org.hearth.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class AudienceTest {

    @Test
    void labelsAreRequiredInBothLanguagesAndNamedWhenMissing() {
        Audience educators = new Audience("educators", "Educators", "Personnel enseignant", 5);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> educators.relabel("Teachers", " "));
        assertEquals("labelFr", refused.errors().get(0).field());
        assertEquals("Personnel enseignant", educators.label("fr"), "unchanged");
        educators.relabel(" Teachers ", "Enseignants");
        assertEquals("Teachers", educators.label("en"));
        assertEquals("educators", educators.code(), "the code never changes");
    }

    @Test
    void codesAreLowerCaseWords() {
        assertThrows(InvalidInputException.class, () -> new Audience("Educators!", "Educators", "Personnel enseignant", 5));
    }

    @Test
    void blankDescriptionsAreNone() {
        Audience a = new Audience("educators", "Educators", "Personnel enseignant", 5);
        a.describe("For teachers.", " ");
        assertNull(a.storedDescription("fr"));
        assertEquals("For teachers.", a.description("fr"), "readers get the English one instead");
    }
}
