package org.hearth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.hearth.testsupport.HearthServer;
import org.junit.jupiter.api.Test;

/** The first public pages, server-rendered and stateless. */
class PublicPagesIT {

    final HearthServer server = HearthServer.embedded();

    @Test
    void theRootSendsReadersToTheirLanguage() {
        HttpResponse<String> french = server.get("/", "Accept-Language", "fr-CA,fr;q=0.9,en;q=0.5");
        assertEquals(302, french.statusCode());
        assertEquals("/fr/", french.headers().firstValue("Location").orElse("").replace(server.base().toString(), ""));
        HttpResponse<String> english = server.get("/", "Accept-Language", "en-CA");
        assertEquals("/en/", english.headers().firstValue("Location").orElse("").replace(server.base().toString(), ""));
        HttpResponse<String> other = server.get("/", "Accept-Language", "es");
        assertEquals("/en/", other.headers().firstValue("Location").orElse("").replace(server.base().toString(), ""));
    }

    @Test
    void homePagesAreInTheirLanguageAndListStoriesInIt() {
        HttpResponse<String> en = server.get("/en/");
        assertEquals(200, en.statusCode());
        assertTrue(en.body().matches("(?s).*<html[^>]* lang=\"en\".*"), "html lang");
        assertTrue(en.body().contains("Trauma-Informed Care in the Clinic"), "newest English story listed");
        assertFalse(en.body().contains("Une infirmière remarque les signes"), "French stories are on the French home");
        HttpResponse<String> fr = server.get("/fr/");
        assertEquals(200, fr.statusCode());
        assertTrue(fr.body().matches("(?s).*<html[^>]* lang=\"fr\".*"));
        assertTrue(fr.body().contains("Une infirmière remarque les signes"));
        assertTrue(fr.body().contains("Quitter cette page"));
    }

    @Test
    void aStoryPageShowsTheStoryWithItsNotesBeforeTheBody() {
        HttpResponse<String> page = server.get("/en/stories/a-nurse-notices-the-signs");
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("<h1>A Nurse Notices the Signs</h1>") || html.contains("A Nurse Notices the Signs"), "title");
        int notes = html.indexOf("class=\"content-notes\"");
        int body = html.indexOf("class=\"body\"");
        assertTrue(notes > 0 && notes < body, "content notes come before the body");
        assertTrue(html.contains("hreflang=\"fr\""), "links its French translation");
        assertTrue(html.contains("1-833-900-1010"), "the hotline is on the page");
        assertTrue(html.contains("href=\"tel:+18339001010\""), "as a phone link");
    }

    @Test
    void aProjectPageListsItsStories() {
        HttpResponse<String> page = server.get("/fr/projects/hochelaga-together");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Hochelaga solidaire"), "French name on the French page");
        assertTrue(page.body().contains("/fr/stories/une-infirmiere-remarque-les-signes"));
    }

    @Test
    void unknownPagesAre404InTheReadersLanguage() {
        HttpResponse<String> story = server.get("/fr/stories/no-such-story");
        assertEquals(404, story.statusCode());
        assertTrue(story.body().contains("Page introuvable"), story.body());
        assertTrue(story.body().contains("noindex"));
        HttpResponse<String> project = server.get("/en/projects/nowhere");
        assertEquals(404, project.statusCode());
        assertTrue(project.body().contains("Page not found"));
        assertEquals(404, server.get("/site/home.xhtml").statusCode(), "views are not addressable directly");
    }

    @Test
    void readersGetNoCookieAndStrictHeaders() {
        for (String path : new String[] {"/en/", "/fr/", "/en/stories/a-nurse-notices-the-signs", "/en/projects/parkdale-youth-voices",
                "/en/stories/missing", "/api/v1/stories"}) {
            HttpResponse<String> response = server.get(path);
            assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), path + " set a cookie");
            assertTrue(response.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"), path);
            assertEquals("no-referrer", response.headers().firstValue("Referrer-Policy").orElse(""), path);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals(List.of(), response.headers().allValues("Server"), path + " names the server");
            assertEquals(List.of(), response.headers().allValues("X-Powered-By"), path + " names what powers it");
        }
        assertFalse(server.get("/en/").body().contains("jsessionid"));
    }

    @Test
    void pagesCarryAnETagAndRevalidate() {
        for (String path : new String[] {"/en/", "/fr/stories/une-infirmiere-remarque-les-signes", "/en/projects/hochelaga-together"}) {
            HttpResponse<String> first = server.get(path);
            String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(path + " has no ETag"));
            assertEquals("public, no-cache", first.headers().firstValue("Cache-Control").orElse(""), path);
            HttpResponse<String> again = server.get(path, "If-None-Match", etag);
            assertEquals(304, again.statusCode(), path);
            assertEquals("", again.body());
        }
        assertEquals(404, server.get("/en/stories/not-here", "If-None-Match", "*").statusCode(), "errors are never 304");
    }

    @Test
    void theExitControlIsTheFirstLinkAndLeavesForTheConfiguredSite() {
        String html = server.get("/en/").body();
        int exit = html.indexOf("id=\"exit-this-page\"");
        assertTrue(exit > 0 && exit < html.indexOf("<a ", html.indexOf("<body")) + 40, "first link in the body");
        assertTrue(html.contains("href=\"" + HearthServer.EXIT_URL + "\""));
        assertTrue(html.contains(">Exit this page</a>"));
    }
}
