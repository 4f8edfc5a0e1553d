package org.hearth.site.feed;

import static org.hearth.site.feed.XmlDocuments.childText;
import static org.hearth.site.feed.XmlDocuments.elements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import org.hearth.testsupport.HearthServer;
import org.hearth.testsupport.Json;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The feed, sitemap and robots.txt over HTTP, checked against the content API on the sample content. */
class FeedsIT {

    final HearthServer server = HearthServer.embedded();

    @Test
    void theFeedListsTheNewestPublishedStoriesInEveryLanguage() throws Exception {
        HttpResponse<String> response = server.get("/feeds/stories.atom");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        assertEquals("no-cache", response.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(response.headers().firstValue("Set-Cookie").isEmpty(), "readers get no cookie");

        List<String> published = storyUrls("");
        assertEquals(published.subList(0, Math.min(StoriesFeedServlet.SIZE, published.size())), entryUrls(response));
    }

    @Test
    void theLanguageFilterKeepsOneLanguageAndRefusesWhatIsNotATag() throws Exception {
        HttpResponse<String> french = server.get("/feeds/stories.atom?lang=fr");
        assertEquals(storyUrls("&lang=fr"), entryUrls(french));
        for (Element entry : elements(feed(french), AtomWriter.NAMESPACE, "entry")) {
            assertEquals("fr", entry.getAttributeNS(XMLConstants.XML_NS_URI, "lang"));
        }
        assertEquals(400, server.get("/feeds/stories.atom?lang=%3Cscript%3E").statusCode());
    }

    @Test
    void anUnchangedFeedAnswers304() {
        String etag = server.get("/feeds/stories.atom").headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = server.get("/feeds/stories.atom", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertTrue(again.body().isEmpty());
    }

    @Test
    void theSitemapHasBothHomePagesAndEveryPublishedStory() throws Exception {
        HttpResponse<String> response = server.get("/sitemap.xml");
        assertEquals(200, response.statusCode(), response.body());
        Element urlset = XmlDocuments.parse(response.body().getBytes(StandardCharsets.UTF_8)).getDocumentElement();
        assertEquals(SitemapWriter.NAMESPACE, urlset.getNamespaceURI());
        List<String> locs = elements(urlset, SitemapWriter.NAMESPACE, "url").stream()
                .map(url -> childText(url, SitemapWriter.NAMESPACE, "loc")).toList();
        assertTrue(locs.contains(server.url("/en/")) && locs.contains(server.url("/fr/")), locs.toString());
        assertTrue(locs.contains(server.url("/en/services")) && locs.contains(server.url("/fr/services")), "the service directory");
        assertTrue(locs.containsAll(storyUrls("")), locs.toString());
        assertFalse(elements(urlset, SitemapWriter.XHTML, "link").isEmpty(), "translations name each other");
    }

    @Test
    void robotsKeepCrawlersOutOfTheStudio() {
        HttpResponse<String> response = server.get("/robots.txt");
        assertEquals(200, response.statusCode());
        List<String> lines = response.body().lines().toList();
        assertTrue(lines.contains("Disallow: /studio/"), response.body());
        assertTrue(lines.contains("Sitemap: " + server.url("/sitemap.xml")), response.body());
    }

    private List<String> storyUrls(String filter) {
        List<String> urls = new ArrayList<>();
        String cursor = null;
        do {
            HttpResponse<String> page = server.get("/api/v1/stories?limit=100" + filter
                    + (cursor == null ? "" : "&cursor=" + cursor));
            JsonObject body = Json.object(page.body());
            body.getJsonArray("items").getValuesAs(JsonObject.class).forEach(s -> urls.add(s.getString("url")));
            cursor = Json.isNull(body, "next") ? null : body.getString("next");
        } while (cursor != null);
        return urls;
    }

    private static Element feed(HttpResponse<String> response) throws Exception {
        assertEquals(200, response.statusCode(), response.body());
        return XmlDocuments.parse(response.body().getBytes(StandardCharsets.UTF_8)).getDocumentElement();
    }

    private static List<String> entryUrls(HttpResponse<String> response) throws Exception {
        return elements(feed(response), AtomWriter.NAMESPACE, "entry").stream()
                .map(entry -> elements(entry, AtomWriter.NAMESPACE, "link").get(0).getAttribute("href")).toList();
    }
}
