package org.hearth.site.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hearth.testsupport.HearthServer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The live feeds and sitemap of the sample site, validated against the Atom 1.0 and sitemaps.org formats. */
class FeedFormatsIT {

    final HearthServer server = HearthServer.embedded();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/feeds/stories.atom", "/feeds/stories.atom?lang=fr", "/feeds/stories.atom?audience=youth",
            "/feeds/stories.atom?project=no-such-project"})
    void everyFeedIsValidAtom(String path) throws Exception {
        HttpResponse<String> feed = server.get(path);
        assertEquals(200, feed.statusCode(), feed.body());
        assertEquals(List.of(), FeedFormats.atomProblems(feed.body().getBytes(StandardCharsets.UTF_8)), path);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = "/sitemap.xml")
    void theSitemapIsAValidSitemapWithLanguageAlternates(String path) throws Exception {
        HttpResponse<String> sitemap = server.get(path);
        assertEquals(200, sitemap.statusCode());
        assertEquals(List.of(), FeedFormats.sitemapProblems(sitemap.body().getBytes(StandardCharsets.UTF_8)));
        assertTrue(sitemap.body().contains("hreflang=\"fr\"") && sitemap.body().contains("hreflang=\"en\""), "both languages named");
    }
}
