package org.hearth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.testsupport.HearthServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The help, staying-safe-online, accessibility and privacy pages, in English and French. */
class InformationPagesIT {

    private static final Pattern H1 = Pattern.compile("<h1[^>]*>(.*?)</h1>", Pattern.DOTALL);

    final HearthServer server = HearthServer.embedded();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "/en/help          | en | Get help",
            "/fr/help          | fr | Obtenir de l&#39;aide",
            "/en/safety        | en | Staying safe online",
            "/fr/safety        | fr | Rester en sécurité en ligne",
            "/en/accessibility | en | Accessibility statement",
            "/fr/accessibility | fr | Déclaration d&#39;accessibilité",
            "/en/privacy       | en | Privacy notice",
            "/fr/privacy       | fr | Avis de confidentialité"})
    void eachPageIsInItsLanguageWithItsHeadingAndNoCookie(String path, String lang, String heading) {
        HttpResponse<String> page = server.get(path);
        assertEquals(200, page.statusCode(), path + "\n" + page.body());
        String html = page.body();
        assertTrue(html.matches("(?s).*<html[^>]* lang=\"" + lang + "\".*"), path + ": html lang");
        Matcher h1 = H1.matcher(html);
        assertTrue(h1.find(), path + ": has an h1");
        assertEquals(unescape(heading), unescape(h1.group(1).trim()), path + ": h1");
        assertFalse(h1.find(), path + ": exactly one h1");
        assertTrue(page.headers().allValues("Set-Cookie").isEmpty(), path + " set a cookie");
        String other = "en".equals(lang) ? "fr" : "en";
        String route = path.substring(3);
        assertTrue(html.contains("href=\"/" + other + route + "\""), path + ": the language switch goes to the same page");
        assertFalse(html.contains("style=\""), path + ": no inline styles");
        assertFalse(html.contains("<img"), path + ": no images");
    }

    @Test
    void theHelpPageShowsTheHotlineAsAPhoneLinkInBothLanguages() {
        for (String path : new String[] {"/en/help", "/fr/help"}) {
            String html = server.get(path).body();
            assertTrue(html.contains("1-833-900-1010"), path + ": the hotline");
            assertTrue(html.contains("href=\"tel:+18339001010\""), path + ": as a tel: link");
            assertTrue(html.contains("911"), path + ": 911 for immediate danger");
            // Written one way only: with its leading 1 and ASCII hyphens.
            String withoutCanonical = html.replace("1-833-900-1010", "").replace("tel:+18339001010", "");
            assertFalse(withoutCanonical.matches("(?s).*833[^0-9]{0,3}900[^0-9]{0,3}1010.*"),
                    path + ": the hotline appears written another way");
        }
    }

    @Test
    void theSafetyPageSaysTheExitDoesNotEraseHistory() {
        assertTrue(server.get("/en/safety").body().contains("does NOT erase your browsing history"));
        assertTrue(server.get("/fr/safety").body().contains("N&#39;EFFACE PAS votre historique")
                || server.get("/fr/safety").body().contains("N'EFFACE PAS votre historique"));
    }

    private static String unescape(String html) {
        return html.replace("&#39;", "'").replace("&apos;", "'").replace("&amp;", "&");
    }
}
