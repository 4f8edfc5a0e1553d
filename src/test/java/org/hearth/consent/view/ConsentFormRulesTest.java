package org.hearth.consent.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How the consent form reads the languages people tick and type, and where errors point. */
class ConsentFormRulesTest {

    @Test
    void tickedAndTypedLanguagesBecomeOneSetOfLowerCaseCodes() {
        assertEquals(Set.of("en", "fr", "iu", "ar"), ConsentFormBacking.languages(List.of("en", "fr"), " IU, ar;fr "));
        assertEquals(Set.of("en"), ConsentFormBacking.languages(List.of("en"), null));
        assertEquals(Set.of(), ConsentFormBacking.languages(List.of(), " , "));
    }

    @Test
    void theTermsErrorsPointAtTheFormsFields() {
        assertEquals("name", ConsentFormBacking.field("identification"));
        assertEquals("languageCodes", ConsentFormBacking.field("languages"));
        assertEquals("expiresOn", ConsentFormBacking.field("expiresOn"));
    }
}
