package org.hearth.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.sql.SQLRecoverableException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.hearth.platform.persistence.DatabaseOutage;
import org.junit.jupiter.api.Test;

class ErrorPageServletTest {

    /** A request that knows only its attributes and the browser's languages. */
    private static HttpServletRequest request(Map<String, Object> attributes, Locale... browser) {
        return (HttpServletRequest) Proxy.newProxyInstance(ErrorPageServletTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "getLocales" -> Collections.enumeration(List.of(browser));
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void thePageSpeaksTheLanguageOfItsAddressThenTheAskedOneThenTheBrowsers() {
        HttpServletRequest french = request(Map.of(), Locale.FRENCH);
        assertEquals("en", ErrorPageServlet.language("/en/help", null, french));
        assertEquals("fr", ErrorPageServlet.language("/fr/stories/x", null, request(Map.of(), Locale.ENGLISH)));
        assertEquals("fr", ErrorPageServlet.language("/studio/stories", "fr", request(Map.of(), Locale.ENGLISH)));
        assertEquals("fr", ErrorPageServlet.language("/studio/stories", null, request(Map.of(), Locale.GERMAN, Locale.FRENCH)));
        assertEquals("en", ErrorPageServlet.language("/studio/", "de", request(Map.of(), Locale.GERMAN)));
    }

    @Test
    void anOutageIsToldByTheSignInStepTheStatusOrWhatWasThrown() {
        assertTrue(ErrorPageServlet.outage(request(Map.of(DatabaseOutage.ATTRIBUTE, true)), null));
        assertTrue(ErrorPageServlet.outage(request(Map.of("jakarta.servlet.error.status_code", 503)), null));
        assertTrue(ErrorPageServlet.outage(request(Map.of()), new RuntimeException(new SQLRecoverableException("lost", "08S01"))));
        assertFalse(ErrorPageServlet.outage(request(Map.of("jakarta.servlet.error.status_code", 500)), new IllegalStateException("bug")));
    }

    @Test
    void thePageIsReadableInBothLanguagesAndCarriesTheExitControl() {
        for (Locale language : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            ResourceBundle words = ResourceBundle.getBundle("i18n.site", language);
            String page = ErrorPageHtml.render(words, language, "error.503", "https://exit.example/?a=1&b=\"2\"");
            assertTrue(page.contains("<html lang=\"" + language.getLanguage() + "\">"), page);
            assertTrue(page.contains("<h1>" + ErrorPageHtml.escape(words.getString("error.503.title")) + "</h1>"), page);
            assertTrue(page.contains("href=\"https://exit.example/?a=1&amp;b=&quot;2&quot;\""), "the exit address is escaped: " + page);
            assertTrue(ErrorPageHtml.render(words, language, "error.500", "/").contains(ErrorPageHtml.escape(words.getString("error.500.text"))));
        }
    }
}
