package org.hearth.site.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the writers produce is valid Atom 1.0 and a valid sitemap, and the validators are real:
 * documents that break the formats are refused.
 */
class FeedFormatsTest {

    static final Instant PUBLISHED = Instant.parse("2026-02-22T10:15:30Z");

    @Test
    void theAtomWritersFeedIsValidAtom() throws Exception {
        AtomWriter.Entry english = new AtomWriter.Entry("https://hearth.example/en/stories/one", "One & <two>",
                "https://hearth.example/en/stories/one", "en", "A summary.", "Amira", PUBLISHED,
                List.of(new AtomWriter.Category("youth", "https://hearth.example/en/audiences/", "Youth"),
                        new AtomWriter.Category("getting-help", null, null)));
        AtomWriter.Entry inuktitut = new AtomWriter.Entry("https://hearth.example/en/stories/untitled", "ᐃᓄᒃᑎᑐᑦ",
                "https://hearth.example/en/stories/untitled", "iu", null, "Anonymous", PUBLISHED, List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomWriter.write(new AtomWriter.Feed("https://hearth.example/feeds/stories.atom", "Hearth stories", null,
                "https://hearth.example/feeds/stories.atom", "https://hearth.example/", PUBLISHED,
                List.of(english, inuktitut)), out);
        assertEquals(List.of(), FeedFormats.atomProblems(out.toByteArray()));
    }

    @Test
    void aFeedWithoutIdOrWithAnUnknownAtomElementIsRefused() throws Exception {
        String noId = feed("", "<entry><id>urn:x</id><title>T</title><updated>2026-02-22T10:15:30Z</updated>"
                + "<author><name>A</name></author><link href=\"https://x.example/\"/></entry>");
        assertFalse(FeedFormats.atomProblems(bytes(noId)).isEmpty(), "atom:id is required");
        String unknown = feed("<id>urn:feed</id>", "<entry><id>urn:x</id><title>T</title><updated>2026-02-22T10:15:30Z</updated>"
                + "<author><name>A</name></author><link href=\"https://x.example/\"/><views>3</views></entry>");
        assertFalse(FeedFormats.atomProblems(bytes(unknown)).isEmpty(), "no made-up atom elements");
        String badDate = feed("<id>urn:feed</id>", "<entry><id>urn:x</id><title>T</title><updated>22/02/2026</updated>"
                + "<author><name>A</name></author><link href=\"https://x.example/\"/></entry>");
        assertFalse(FeedFormats.atomProblems(bytes(badDate)).isEmpty(), "dates are RFC 3339");
    }

    @Test
    void theRfcsRulesBeyondTheGrammarAreChecked() throws Exception {
        String noAuthor = feed("<id>urn:feed</id>", "<entry><id>urn:x</id><title>T</title><updated>2026-02-22T10:15:30Z</updated>"
                + "<link href=\"https://x.example/\"/></entry>");
        assertEquals(List.of("entry urn:x has no author and neither has the feed"), FeedFormats.atomProblems(bytes(noAuthor)));
        String noLink = feed("<id>urn:feed</id>", "<entry><id>urn:x</id><title>T</title><updated>2026-02-22T10:15:30Z</updated>"
                + "<author><name>A</name></author></entry>");
        assertEquals(List.of("entry urn:x has neither an alternate link nor content"), FeedFormats.atomProblems(bytes(noLink)));
    }

    @Test
    void theSitemapWritersOutputIsAValidSitemapWithLanguageAlternates() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, String> alternates = new LinkedHashMap<>();
        alternates.put("en", "https://hearth.example/en/stories/one");
        alternates.put("fr", "https://hearth.example/fr/stories/un");
        try (SitemapWriter sitemap = new SitemapWriter(out)) {
            sitemap.add(new SitemapWriter.Url("https://hearth.example/en/", null, Map.of()));
            sitemap.add(new SitemapWriter.Url("https://hearth.example/en/stories/one", PUBLISHED, alternates));
        }
        assertEquals(List.of(), FeedFormats.sitemapProblems(out.toByteArray()));
    }

    @Test
    void anInvalidSitemapIsRefused() throws Exception {
        String head = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">";
        assertFalse(FeedFormats.sitemapProblems(bytes(head + "<url><lastmod>2026-02-22</lastmod></url></urlset>")).isEmpty(),
                "loc is required");
        assertFalse(FeedFormats.sitemapProblems(bytes(head + "<url><loc>https://hearth.example/en/</loc>"
                + "<lastmod>yesterday</lastmod></url></urlset>")).isEmpty(), "lastmod is a W3C date");
        assertFalse(FeedFormats.sitemapProblems(bytes(head + "<url><loc>https://hearth.example/en/</loc>"
                + "<xhtml:link rel=\"alternate\" hreflang=\"fr\"/></url></urlset>")).isEmpty(), "an alternate names its page");
        assertTrue(FeedFormats.sitemapProblems(bytes(head + "<url><loc>https://hearth.example/en/</loc>"
                + "<lastmod>2026-02-22T10:15:30Z</lastmod></url></urlset>")).isEmpty());
    }

    private static String feed(String id, String entries) {
        return "<feed xmlns=\"http://www.w3.org/2005/Atom\">" + id + "<title>F</title><updated>2026-02-22T10:15:30Z</updated>"
                + entries + "</feed>";
    }

    private static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}
