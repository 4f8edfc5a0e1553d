package org.hearth.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final CheckedText EVERYTHING = new CheckedText("Modern-day slavery", "",
            "Call 1-416-555-0199. 40% of victims are women. She was called a child prostitute.",
            "lived-experience", List.of(), 2);

    @Test
    void messagesComeInFrench() {
        List<Check> checks = new PrePublishChecks().run(EVERYTHING, Texts.SEED, Locale.CANADA_FRENCH);

        assertEquals(6, checks.size(), checks::toString);
        assertTrue(checks.stream().anyMatch(c -> c.message().startsWith("Numéro de téléphone possible dans le corps du texte")),
                checks::toString);
        assertTrue(checks.stream().anyMatch(c -> c.message().startsWith("2 images n’ont pas de texte de remplacement")),
                checks::toString);
    }

    @Test
    void englishStaysEnglishWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.CANADA_FRENCH);
            List<Check> checks = new PrePublishChecks().run(EVERYTHING, Texts.SEED);
            assertTrue(checks.stream().anyMatch(c -> c.message().startsWith("Possible phone number in the body")),
                    checks::toString);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void noMessageHasAnUnfilledPlaceholder() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            for (Check check : new PrePublishChecks().run(EVERYTHING, Texts.SEED, locale)) {
                assertFalse(check.message().matches(".*\\{\\d.*"), check.message());
            }
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertEquals(load("checks/messages.properties").stringPropertyNames(),
                load("checks/messages_fr.properties").stringPropertyNames());
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
