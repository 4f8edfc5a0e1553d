package org.hearth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hearth.testsupport.HearthServer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The help block on pages about an audience: the hotline and 911 as on every page, plus the
 * supports the organization keeps for that audience, as phone links, in both languages.
 */
class HelpBlockIT {

    final HearthServer server = HearthServer.embedded();

    /** The help block's HTML (the aside before the page's content). */
    String helpBlock(String path) {
        var page = server.get(path);
        assertEquals(200, page.statusCode(), path);
        String html = page.body();
        int start = html.indexOf("<aside class=\"help\"");
        assertTrue(start >= 0, path + ": has the help block");
        return html.substring(start, html.indexOf("</aside>", start));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "/en/audiences/indigenous                     | Hope for Wellness Help Line                    | tel:+18552423310 | Kids Help Phone",
            "/fr/audiences/indigenous                     | Ligne d'écoute d'espoir pour le mieux-être | tel:+18552423310 | Jeunesse",
            "/en/audiences/youth                          | Kids Help Phone                                | tel:+18006686868 | Hope for Wellness",
            "/fr/audiences/youth                          | Jeunesse, J'écoute                         | tel:+18006686868 | Ligne d'écoute d'espoir",
            "/en/stories/a-job-offer-that-was-not-what-it-seemed | Hope for Wellness Help Line                    | tel:+18552423310 | Kids Help Phone",
            "/en/stories/noticing-the-signs-in-a-friend   | Kids Help Phone                                | tel:+18006686868 | Hope for Wellness"})
    void pagesAboutAnAudienceAddItsSupportsToTheHotlineAnd911(String path, String support, String tel, String otherAudience) {
        String help = helpBlock(path);
        assertTrue(help.contains("href=\"tel:+18339001010\">1-833-900-1010</a>"), path + ": the hotline, first\n" + help);
        assertTrue(help.contains("href=\"tel:911\""), path + ": 911");
        assertTrue(help.contains(support), path + ": " + support + "\n" + help);
        assertTrue(help.contains("href=\"" + tel + "\""), path + ": as a phone link");
        assertFalse(help.contains(otherAudience), path + ": not another audience's support");
        assertTrue(help.indexOf("1-833-900-1010") < help.indexOf(tel), path + ": the hotline comes before audience supports");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/en/", "/fr/help", "/en/projects", "/en/stories/a-nurse-notices-the-signs"})
    void otherPagesShowTheSupportsForEveryone(String path) {
        String help = helpBlock(path);
        assertTrue(help.contains("1-833-900-1010") && help.contains("href=\"tel:911\""), path);
        assertFalse(help.contains("Hope for Wellness") || help.contains("Kids Help Phone"), path + "\n" + help);
    }
}
