package org.hearth.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class TerminologyLoaderTest {

    @Test
    void theSeedListHoldsTheRequiredTerms() {
        List<String> terms = Texts.SEED.stream().map(TerminologyEntry::term).toList();

        for (String required : List.of("child prostitute", "teen prostitute", "teenage prostitute", "child prostitution",
                "illegal alien", "illegal migrant", "illegal immigrant", "modern-day slavery", "sex slave",
                "enfant prostituée", "prostituée mineure", "immigrant illégal", "esclavage moderne")) {
            assertTrue(terms.contains(required), required);
        }
    }

    @Test
    void variantsShareTheirEntrysAdvice() {
        List<TerminologyEntry> entries = TerminologyLoader.read(new StringReader("""
                - term: esclavage moderne
                  also: [esclavage des temps modernes]
                  headlineOnly: true
                  severity: info
                  suggestion: traite des personnes
                """));

        assertEquals(List.of(
                new TerminologyEntry("esclavage moderne", "traite des personnes", "", true, Severity.INFO),
                new TerminologyEntry("esclavage des temps modernes", "traite des personnes", "", true, Severity.INFO)),
                entries);
    }

    @Test
    void theSeedSaysWhichLanguageEachTermIsIn() {
        TerminologyEntry english = Texts.SEED.stream().filter(e -> e.term().equals("child prostitute")).findFirst().orElseThrow();
        TerminologyEntry french = Texts.SEED.stream().filter(e -> e.term().equals("enfants prostituées")).findFirst().orElseThrow();
        assertEquals("en", english.lang());
        assertEquals("fr", french.lang(), "variants share their entry's language");
        assertTrue(french.sameTermAs("ENFANTS PROSTITUÉES", "fr"));
        assertTrue(!french.sameTermAs("enfants prostituées", "en"), "the same words in another language's list are another term");
    }

    @Test
    void aLanguageIsACodeAndTextsHaveTheirColumnsLength() {
        assertThrows(IllegalArgumentException.class, () -> new TerminologyEntry("x", "y", "", false, Severity.WARNING, "French"));
        assertThrows(IllegalArgumentException.class, () -> new TerminologyEntry("x".repeat(201), "y", "", false, Severity.WARNING, "en"));
        assertEquals("fr", new TerminologyEntry("x", "y", null, false, null, " FR ").lang());
    }

    @Test
    void anEntryWithoutASuggestionIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TerminologyLoader.read(new StringReader("- term: runaway\n")));

        assertEquals("entry 1 has no suggestion", e.getMessage());
    }
}
