package org.hearth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.testsupport.HearthServer;
import org.junit.jupiter.api.Test;

/** The browsing pages (audiences, campaigns, topics, projects, search) over the sample content, in both languages. */
class BrowsePagesIT {

    private static final Pattern H1 = Pattern.compile("<h1[ >]");

    final HearthServer server = HearthServer.embedded();

    @Test
    void anAudiencePageListsItsStoriesPageLanguageFirst() {
        String en = page("/en/audiences/youth", "en");
        assertTrue(en.contains("<h1>Youth</h1>"), "label in English");
        assertTrue(en.contains("Young people, and the friends"), "description in English");
        assertTrue(en.contains("<a href=\"/en/stories/someone-who-seemed-to-care\">It Started With Someone Who Seemed to Care</a>"));
        assertTrue(en.contains("<li class=\"card\" lang=\"en\" dir=\"ltr\">"), "cards carry their content language");
        assertFalse(en.contains("A Nurse Notices the Signs"), "a story for another audience is not listed");
        assertTrue(en.indexOf("/en/stories/someone-who-seemed-to-care") < en.indexOf("/fr/stories/quelqu-un-qui-semblait-tenir-a-moi"),
                "English stories first on the English page");
        assertTrue(en.contains("href=\"/fr/audiences/youth\""), "switches to the same page in French");

        String fr = page("/fr/audiences/youth", "fr");
        assertTrue(fr.contains("<h1>Jeunes</h1>"), "label in French");
        assertTrue(fr.contains("Les jeunes, ainsi que leurs amis"), "description in French");
        assertTrue(fr.contains("<li class=\"card\" lang=\"fr\" dir=\"ltr\">"));
        assertTrue(fr.indexOf("/fr/stories/quelqu-un-qui-semblait-tenir-a-moi") < fr.indexOf("/en/stories/someone-who-seemed-to-care"),
                "French stories first on the French page, English ones still listed, linked in their own language");
        assertTrue(fr.contains("href=\"/en/audiences/youth\""));
    }

    @Test
    void aCampaignPageShowsItsDatesAndStories() {
        String en = page("/en/campaigns/national-awareness-day-2027", "en");
        assertTrue(en.contains("<h1>National Human Trafficking Awareness Day 2027</h1>"));
        assertTrue(en.contains("datetime=\"2027-02-01\"") && en.contains("datetime=\"2027-02-28\""), "its dates");
        assertTrue(en.contains("Notice. Listen. Reach out."), "its description");
        assertTrue(en.contains("/en/stories/a-nurse-notices-the-signs\">A Nurse Notices the Signs</a>"));
        assertFalse(en.contains("A Caregiver Finds Her Voice"), "a story outside the campaign is not listed");

        String fr = page("/fr/campaigns/national-awareness-day-2027", "fr");
        assertTrue(fr.contains("<h1>Journée nationale de sensibilisation à la traite des personnes 2027</h1>"));
        assertTrue(fr.contains("Remarquer. Écouter. Tendre la main."));
        assertTrue(fr.contains("/fr/stories/une-infirmiere-remarque-les-signes"));
        assertTrue(fr.contains("href=\"/en/campaigns/national-awareness-day-2027\""));
    }

    @Test
    void aTopicPageListsTheStoriesAboutIt() {
        String en = page("/en/topics/forced-marriage", "en");
        assertTrue(en.contains("<h1>Forced marriage</h1>"));
        assertTrue(en.contains("A Marriage She Did Not Choose"));
        assertTrue(en.contains("/fr/stories/un-mariage-qu-elle-n-avait-pas-choisi"), "the French version, linked on the French site");
        assertFalse(en.contains("A Nurse Notices the Signs"), "a story on other topics is not listed");

        String fr = page("/fr/topics/supply-chains", "fr");
        assertTrue(fr.contains("<h1>Chaînes d'approvisionnement</h1>") || fr.contains("<h1>Chaînes d&#39;approvisionnement</h1>"));
        assertTrue(fr.contains("/en/stories/asking-hard-questions-about-our-supply-chain"));
        assertTrue(fr.contains("href=\"/en/topics/supply-chains\""));
    }

    @Test
    void theProjectsPageGroupsProjectsByProvince() {
        String en = page("/en/projects", "en");
        assertTrue(en.contains("<h2 id=\"province-BC\">British Columbia</h2>"));
        assertTrue(en.contains("<h2 id=\"province-QC\">Quebec</h2>"));
        assertTrue(en.contains("href=\"/en/projects/hochelaga-together\""));
        assertTrue(en.indexOf("British Columbia") < en.indexOf("Manitoba") && en.indexOf("Ontario") < en.indexOf("Quebec"),
                "provinces in alphabetical order");
        assertTrue(en.contains("href=\"/fr/projects\""));

        String fr = page("/fr/projects", "fr");
        assertTrue(fr.contains("Colombie-Britannique") && fr.contains("Québec"));
        assertTrue(fr.contains("<a href=\"/fr/projects/hochelaga-together\">Hochelaga solidaire</a>"));
    }

    @Test
    void unknownCodesAndSlugsAre404() {
        for (String path : new String[] {"/en/audiences/nobody", "/fr/audiences/nobody", "/en/topics/gardening",
                "/fr/topics/gardening", "/en/campaigns/no-such-campaign", "/fr/campaigns/no-such-campaign"}) {
            HttpResponse<String> response = server.get(path);
            assertEquals(404, response.statusCode(), path);
            assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), path + " set a cookie");
        }
        assertTrue(server.get("/fr/topics/gardening").body().contains("Page introuvable"), "in the reader's language");
    }

    @Test
    void searchFindsAndMarksTheWords() {
        String html = page("/en/search?q=nurse", "en");
        assertTrue(html.contains("role=\"search\""));
        assertTrue(html.contains("value=\"nurse\""), "the words stay in the box");
        assertTrue(html.contains("<a href=\"/en/stories/a-nurse-notices-the-signs\">A Nurse Notices the Signs</a>"));
        assertTrue(html.toLowerCase().contains("<mark>nurse</mark>"), "the matched word is marked");
        assertTrue(html.contains("2 stories found"), "the total");
        assertTrue(html.contains("href=\"/en/search?q=nurse&amp;audience=health\""), "facet counts narrow the search");
        assertTrue(html.contains("Health providers"), "facet values by their labels");
        assertTrue(html.contains("href=\"/fr/search?q=nurse\""), "the same search in French");

        String narrowed = page("/en/search?q=nurse&audience=indigenous", "en");
        assertTrue(narrowed.contains("1 story found"));
        assertTrue(narrowed.contains("Trauma-Informed Care in the Clinic"));
        assertFalse(narrowed.contains("A Nurse Notices the Signs"), "the filter applies");
        assertTrue(narrowed.contains("<input type=\"hidden\" name=\"audience\" value=\"indigenous\""), "new words keep the filter");
        assertTrue(narrowed.contains("href=\"/en/search?q=nurse\""), "the filter can be removed");
    }

    @Test
    void searchReadsAccentedWordsAndLinksEachStoryInItsLanguage() {
        String html = page("/fr/search?q=" + URLEncoder.encode("infirmière", StandardCharsets.UTF_8), "fr");
        assertTrue(html.contains("value=\"infirmière\""), "the words come back as typed");
        assertTrue(html.contains("<a href=\"/fr/stories/une-infirmiere-remarque-les-signes\">Une infirmière remarque les signes</a>"));
        assertTrue(html.contains("<li class=\"card\" lang=\"fr\" dir=\"ltr\">"));
    }

    @Test
    void searchSuggestsASpelling() {
        String html = page("/en/search?q=trafficing", "en");
        assertTrue(html.contains("Did you mean"), html);
        assertTrue(html.contains("href=\"/en/search?q=trafficking\">trafficking</a>"));
        String fr = page("/fr/search?q=trafficing", "fr");
        assertTrue(fr.contains("Vouliez-vous dire"));
    }

    @Test
    void anEmptySearchShowsOnlyTheForm() {
        for (String path : new String[] {"/en/search", "/en/search?q=", "/fr/search?q=%20%20"}) {
            String html = page(path, path.startsWith("/fr") ? "fr" : "en");
            assertTrue(html.contains("<form method=\"get\" action=\"" + path.substring(0, 3) + "/search\" role=\"search\""), path);
            assertTrue(html.matches("(?s).*<label for=\"q\">[^<]+</label>\\s*<input type=\"search\" id=\"q\" name=\"q\".*"), "labelled box");
            assertFalse(html.contains("id=\"results-heading\""), path + " shows no results section");
        }
        String nothing = page("/en/search?q=zzzzqqqxxx", "en");
        assertTrue(nothing.contains("No stories found"));
    }

    @Test
    void searchEscapesWhatTheReaderTyped() {
        String html = page("/en/search?q=" + URLEncoder.encode("<script>alert(1)</script>\"", StandardCharsets.UTF_8), "en");
        assertFalse(html.contains("<script>alert(1)"));
        assertTrue(html.contains("&lt;script&gt;"));
    }

    /** Fetches a page that must answer 200 in {@code lang}, with one h1 and no cookie. */
    private String page(String path, String lang) {
        HttpResponse<String> response = server.get(path);
        assertEquals(200, response.statusCode(), path);
        assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), path + " set a cookie");
        String html = response.body();
        assertTrue(html.matches("(?s).*<html[^>]* lang=\"" + lang + "\".*"), path + " html lang");
        Matcher h1 = H1.matcher(html);
        int count = 0;
        while (h1.find()) {
            count++;
        }
        assertEquals(1, count, path + " has one h1");
        return html;
    }
}
